import { schemaRef } from "@users-api/spec/walk";
import { propertiesOf, resolveSchema, schemaName, type SchemaNode } from "./spec.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function strip(schema: SchemaNode, value: unknown, removed: string[], at: string): void {
  const name = schemaName(schema);
  const resolved = resolveSchema(schema);
  if (Array.isArray(value)) {
    if (resolved.items)
      value.forEach((item, i) => strip(resolved.items!, item, removed, `${at}/${i}`));
    return;
  }
  if (!isObject(value)) return;
  const properties = name === undefined ? (resolved.properties ?? {}) : propertiesOf(name);
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(properties, key)) continue;
    const property = properties[key]!;
    const pointer = `${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (property.readOnly || resolveSchema(property).readOnly) {
      delete value[key];
      removed.push(pointer);
    } else {
      strip(property, value[key], removed, pointer);
    }
  }
}

/**
 * Removes, in place, every property of a request body that the spec marks `readOnly` at any
 * depth (`id`, `selfUri`, `addresses[].display`, ...), as the real API ignores them, and
 * returns their JSON Pointers. The body's depth must have been bounded before.
 */
export function stripReadOnly(bodySchema: string, body: unknown): string[] {
  const removed: string[] = [];
  strip({ $ref: schemaRef(bodySchema) }, body, removed, "");
  return removed;
}
