import type { Detail } from "@users-api/types";
import { badRequest, type MockResponse } from "./errors.js";
import { componentSchema, resolveSchema, type SchemaNode } from "./spec.js";
import type { Issue } from "./validation.js";

const unescape = (segment: string): string => segment.replace(/~1/g, "/").replace(/~0/g, "~");
const escape = (segment: string): string => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** The subschema and the value at a JSON Pointer, following `properties` and `items`. */
function locate(
  schema: SchemaNode | undefined,
  value: unknown,
  pointer: string,
): { schema: SchemaNode | undefined; value: unknown } {
  let node = schema && resolveSchema(schema);
  let current = value;
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const segment = unescape(raw);
    current =
      current !== null && typeof current === "object"
        ? (current as Record<string, unknown>)[segment]
        : undefined;
    const next: SchemaNode | undefined =
      node?.type === "array"
        ? node.items
        : (node?.properties?.[segment] ??
          (typeof node?.additionalProperties === "object" ? node.additionalProperties : undefined));
    node = next && resolveSchema(next);
  }
  return { schema: node, value: current };
}

const asObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** Keywords whose issues sit at the parent object of the property they are about. */
const PROPERTY_KEYWORDS = new Set(["required", "additionalProperties", "readOnly"]);

/**
 * The fields an issue is about. Issues about a missing, unknown or read-only property sit at
 * the parent object, so the property names are worked out from the schema.
 */
function fieldsOf(schemaName: string, body: unknown, issue: Issue): string[] {
  if (!PROPERTY_KEYWORDS.has(issue.keyword)) return [issue.path];
  const { schema, value } = locate(componentSchema(schemaName), body, issue.path);
  const object = asObject(value);
  const properties = schema?.properties ?? {};
  const names =
    issue.keyword === "required"
      ? (schema?.required ?? []).filter((name) => !(name in object))
      : issue.keyword === "readOnly"
        ? Object.keys(object).filter((name) => properties[name]?.readOnly === true)
        : Object.keys(object).filter((name) => !(name in properties));
  return names.length > 0 ? names.map((name) => `${issue.path}/${escape(name)}`) : [issue.path];
}

const DATE_FORMATS = new Set(["date", "date-time"]);

function errorCodeOf(schemaName: string, body: unknown, issue: Issue): string {
  if (issue.keyword === "required") return "missing.value";
  if (issue.keyword === "additionalProperties") return "unknown.field";
  if (issue.keyword === "readOnly") return "read.only.field";
  const format = locate(componentSchema(schemaName), body, issue.path).schema?.format;
  return issue.keyword === "format" && DATE_FORMATS.has(format ?? "")
    ? "invalid.date"
    : "invalid.value";
}

const describe = (field: string, issue: Issue): string => {
  if (issue.keyword === "required") return `${field} is required`;
  if (issue.keyword === "additionalProperties") return `${field} is not a known field`;
  if (issue.keyword === "readOnly") return `${field} is read-only`;
  return `${field}: ${issue.message}`;
};

/** A 400 `ErrorBody` whose message and details name each invalid field of a request body. */
export function invalidBodyResponse(
  schemaName: string,
  body: unknown,
  issues: readonly Issue[],
): MockResponse {
  const details: Detail[] = [];
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    for (const field of fieldsOf(schemaName, body, issue)) {
      const key = `${field} ${issue.keyword}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fieldName = field === "" ? "/" : field;
      details.push({ fieldName, errorCode: errorCodeOf(schemaName, body, issue) });
      messages.push(describe(fieldName, issue));
    }
  }
  return badRequest(`The ${schemaName} body is invalid: ${messages.join("; ")}`, details);
}
