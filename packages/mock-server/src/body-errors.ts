import document from "@users-api/spec";
import { objectProperties, type OpenApiDocument } from "@users-api/spec/walk";
import type { Detail } from "@users-api/types";
import { badRequest, type MockResponse } from "./errors.js";
import { componentSchema, resolveSchema, type SchemaNode } from "./spec.js";
import type { Issue } from "./validation.js";

/** At most this many details (and messages) in one 400; the message says how many more. */
export const MAX_DETAILS = 100;

const unescape = (segment: string): string => segment.replace(/~1/g, "/").replace(/~0/g, "~");
const escape = (segment: string): string => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** An own property only: `constructor`, `__proto__` and the like are data, not inherited. */
const own = <T>(object: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;

interface Shape {
  properties: Readonly<Record<string, SchemaNode>>;
  required: readonly string[];
}

const shapes = new WeakMap<SchemaNode, Shape>();

/** An object schema's properties and required names, with those it takes through `allOf`. */
function shapeOf(node: SchemaNode): Shape {
  let shape = shapes.get(node);
  if (shape === undefined) {
    shape = objectProperties(document as unknown as OpenApiDocument, node);
    shapes.set(node, shape);
  }
  return shape;
}

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
        ? own(current as Record<string, unknown>, segment)
        : undefined;
    const next: SchemaNode | undefined =
      node?.type === "array"
        ? node.items
        : (own(node && shapeOf(node).properties, segment) ??
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
 * the parent object, so the property names are worked out from the schema (once per object
 * and keyword: the caller skips the other issues of the same object and keyword).
 */
function fieldsOf(schemaName: string, body: unknown, issue: Issue): string[] {
  if (!PROPERTY_KEYWORDS.has(issue.keyword)) return [issue.path];
  const { schema, value } = locate(componentSchema(schemaName), body, issue.path);
  const object = asObject(value);
  const { properties, required } = schema ? shapeOf(schema) : { properties: {}, required: [] };
  const readOnly = (name: string): boolean => {
    const property = own(properties, name);
    return (
      property !== undefined &&
      (property.readOnly === true || resolveSchema(property).readOnly === true)
    );
  };
  const names =
    issue.keyword === "required"
      ? required.filter((name) => !Object.hasOwn(object, name))
      : issue.keyword === "readOnly"
        ? Object.keys(object).filter(readOnly)
        : Object.keys(object).filter((name) => !Object.hasOwn(properties, name));
  return names.length > 0 ? names.map((name) => `${issue.path}/${escape(name)}`) : [issue.path];
}

const DATE_FORMATS = new Set(["date", "date-time"]);

function errorCodeOf(schemaName: string, body: unknown, issue: Issue): string {
  if (issue.keyword === "required") return "missing.value";
  if (issue.keyword === "additionalProperties") return "unknown.field";
  if (issue.keyword === "readOnly") return "read.only.field";
  if (issue.keyword !== "format") return "invalid.value";
  const format = locate(componentSchema(schemaName), body, issue.path).schema?.format;
  return DATE_FORMATS.has(format ?? "") ? "invalid.date" : "invalid.value";
}

const describe = (field: string, issue: Issue): string => {
  if (issue.keyword === "required") return `${field} is required`;
  if (issue.keyword === "additionalProperties") return `${field} is not a known field`;
  if (issue.keyword === "readOnly") return `${field} is read-only`;
  return `${field}: ${issue.message}`;
};

/**
 * A 400 `ErrorBody` whose message and details name each invalid field of a request body: the
 * first {@link MAX_DETAILS} of them, and how many more there were. Linear in the issues (and
 * the size of the objects they point into): a body with 40,000 bad items must not stall the
 * server nor produce a 5 MB answer.
 */
export function invalidBodyResponse(
  schemaName: string,
  body: unknown,
  issues: readonly Issue[],
  /** Issues the validator counted but did not list (it lists a bounded number). */
  moreIssues = 0,
): MockResponse {
  const details: Detail[] = [];
  const messages: string[] = [];
  // Every `field keyword` reported or counted, and every `keyword path` of the issues whose
  // fields come from their parent object (all of that object's issues give the same fields).
  const seen = new Set<string>();
  const expanded = new Set<string>();
  let more = 0;
  for (const issue of issues) {
    if (PROPERTY_KEYWORDS.has(issue.keyword)) {
      const group = `${issue.keyword} ${issue.path}`;
      if (expanded.has(group)) continue;
      expanded.add(group);
    }
    for (const field of fieldsOf(schemaName, body, issue)) {
      const key = `${field} ${issue.keyword}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (details.length >= MAX_DETAILS) {
        more += 1;
        continue;
      }
      const fieldName = field === "" ? "/" : field;
      details.push({ fieldName, errorCode: errorCodeOf(schemaName, body, issue) });
      messages.push(describe(fieldName, issue));
    }
  }
  more += moreIssues;
  if (more > 0) messages.push(`and ${more.toLocaleString("en-US")} more`);
  return badRequest(`The ${schemaName} body is invalid: ${messages.join("; ")}`, details);
}
