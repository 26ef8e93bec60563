// Turns Ajv's error objects into issues whose messages a person can act on.
import type { AjvError } from "./compiled-validator.js";
import type { Issue } from "./issue.js";
import {
  lastSegment,
  parentPointer,
  pathKeys,
  pointerLabel,
  quoteKey,
  valueAt,
} from "./json-pointer.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

const FORMAT_DESCRIPTIONS: Record<string, string> = {
  "date-time": 'a date-time with a time zone, such as "2024-01-31T09:30:00Z" (RFC 3339)',
  date: 'a calendar date such as "2024-01-31"',
  uri: 'an absolute URI such as "https://example.com/a"',
  "uri-reference": 'a URI or relative reference such as "/api/v2/users/1"',
  int32: "a whole number from -2147483648 to 2147483647 (int32)",
  int64: "a whole number (int64)",
  double: "a number",
};

function article(type: string): string {
  return type === "null" ? "null" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && Number.isInteger(value)) return "an integer";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return article(typeof value);
}

function quoteAll(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(", ") : "";
}

function inObject(root: unknown, pointer: string): string {
  return pointer === "" ? "" : ` in ${pointerLabel(root, pointer)}`;
}

/** The issue for one of Ajv's errors (see `worthReporting` for which are worth one). */
export function issueFor(error: AjvError, root: unknown): Issue {
  const { instancePath: path, keyword, params } = error;
  const label = pointerLabel(root, path);
  switch (keyword) {
    case "required":
      return {
        path,
        keyword,
        message: `missing required property ${quoteKey(String(params.missingProperty))}${inObject(root, path)}`,
      };
    case "additionalProperties":
      return {
        path,
        keyword,
        message: `unknown property ${quoteKey(String(params.additionalProperty))}${inObject(root, path)} (not allowed here)`,
      };
    case "false schema": {
      // The generator turns read-only properties of request bodies (at any depth) into `false`.
      const parent = parentPointer(path);
      return {
        path: parent,
        keyword: "readOnly",
        message: `property ${quoteKey(lastSegment(path))}${inObject(root, parent)} is read-only and cannot be sent`,
      };
    }
    case "type": {
      const types = Array.isArray(params.type) ? params.type : String(params.type).split(",");
      const expected = types.map((t) => article(String(t))).join(" or ");
      return {
        path,
        keyword,
        message: `${label} must be ${expected}, not ${kindOf(valueAt(root, path))}`,
      };
    }
    case "enum":
      return {
        path,
        keyword,
        message: `${label} must be one of ${quoteAll(params.allowedValues)}`,
      };
    case "const":
      return { path, keyword, message: `${label} must be ${JSON.stringify(params.allowedValue)}` };
    case "format": {
      const format = String(params.format);
      return {
        path,
        keyword,
        message: `${label} must be ${FORMAT_DESCRIPTIONS[format] ?? `a valid ${format}`}`,
      };
    }
    case "maxLength":
    case "minLength":
      return {
        path,
        keyword,
        message: `${label} must be at ${keyword === "maxLength" ? "most" : "least"} ${String(params.limit)} characters long`,
      };
    case "maxItems":
    case "minItems":
      return {
        path,
        keyword,
        message: `${label} must have at ${keyword === "maxItems" ? "most" : "least"} ${String(params.limit)} items`,
      };
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
      return {
        path,
        keyword,
        message: `${label} must be ${String(params.comparison)} ${String(params.limit)}`,
      };
    case "pattern":
      return {
        path,
        keyword,
        message: `${label} must match the pattern ${String(params.pattern)}`,
      };
    case "uniqueItems":
      return { path, keyword, message: `${label} must not contain duplicate items` };
    default:
      return { path, keyword, message: `${label} is not valid (${keyword})` };
  }
}

/**
 * Ajv's errors worth an issue. When a value has the wrong type, the other complaints about that
 * same value (its enum, its format) add nothing, so only the type issue is kept.
 */
export function worthReporting(errors: readonly AjvError[]): AjvError[] {
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  return errors.filter((e) => e.keyword === "type" || !wrongType.has(e.instancePath));
}

/**
 * Issues in Standard Schema form, for errors already passed through `worthReporting`. Form
 * libraries attach an issue to the field at its path, so a missing property's issue points at
 * that property rather than at the object that lacks it.
 */
export function toStandardIssues(
  errors: readonly AjvError[],
  root: unknown,
): StandardSchemaV1.Issue[] {
  return errors.map((error) => {
    const issue = issueFor(error, root);
    const path = pathKeys(root, issue.path);
    if (error.keyword === "required") path.push(String(error.params.missingProperty));
    return { message: issue.message, path };
  });
}

export function tooDeepIssue(path: string, maxDepth: number): Issue {
  return {
    path,
    keyword: "maxDepth",
    message: `value is nested more than ${maxDepth} levels deep here, so it was not checked`,
  };
}
