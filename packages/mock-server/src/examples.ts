import { schemaRef } from "@users-api/spec/walk";
import { objectShape, resolveSchema, schemaName, type SchemaNode } from "./spec.js";

const STRING_FORMATS: Record<string, string> = {
  "date-time": "2025-01-01T00:00:00.000Z",
  date: "2025-01-01",
  time: "00:00:00Z",
  uri: "https://example.com/",
  "uri-reference": "/api/v2/example",
  email: "user@example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/** How many `$ref`s deep optional properties are still filled in. */
const OPTIONAL_DEPTH = 2;

function firstType(schema: SchemaNode): string | undefined {
  const type = schema.type;
  if (typeof type === "string") return type;
  return type?.find((t) => t !== "null");
}

/**
 * A deterministic value for a schema: its example, its first enum value, or one built from its
 * type. Returns undefined for a `$ref` cycle (the property is then left out).
 */
function build(schema: SchemaNode, stack: readonly string[]): unknown {
  const name = schemaName(schema);
  if (name !== undefined && stack.includes(name)) return undefined;
  const path = name === undefined ? stack : [...stack, name];
  const resolved = resolveSchema(schema);
  if (resolved.example !== undefined) return structuredClone(resolved.example);
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.enum) return resolved.enum[0];
  const type =
    firstType(resolved) ?? (resolved.properties || resolved.allOf ? "object" : undefined);
  switch (type) {
    case "object": {
      const shape =
        name === undefined
          ? { properties: resolved.properties ?? {}, required: resolved.required ?? [] }
          : objectShape(name);
      const properties = shape.properties;
      const required = new Set(shape.required);
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(properties)) {
        if (!required.has(key) && path.length > OPTIONAL_DEPTH) continue;
        if (property.writeOnly) continue;
        const built = build(property, path);
        if (built !== undefined) value[key] = built;
      }
      return value;
    }
    case "array": {
      const item = resolved.items ? build(resolved.items, path) : undefined;
      return item === undefined ? [] : [item];
    }
    case "string": {
      const text = STRING_FORMATS[resolved.format ?? ""] ?? "string";
      return text.padEnd(resolved.minLength ?? 0, "x");
    }
    case "integer":
    case "number":
      return Math.min(resolved.minimum ?? 0, resolved.maximum ?? Number.MAX_SAFE_INTEGER);
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return {};
  }
}

/** A deterministic value of a component schema, built from the spec. */
export const exampleOf = (name: string): unknown => build({ $ref: schemaRef(name) }, []);

/** A deterministic value of any schema node (a `$ref` or an inline schema). */
export const exampleFor = (schema: SchemaNode): unknown => build(schema, []);
