// Builds the public functions for one schema around its Ajv-generated validator. The
// generated modules in ./generated call these once per schema.
import type { CompiledValidator } from "./compiled-validator.js";
import { MAX_DEPTH, type DepthWalker } from "./depth-guard.js";
import type { Issue, ValidationOptions, ValidationResult } from "./issue.js";
import { tooDeepIssue, toIssues, toStandardIssues } from "./issues.js";
import { pathKeys, valueAt } from "./json-pointer.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { ValidationError } from "./validation-error.js";

export type Validate<T> = (value: unknown, options?: ValidationOptions) => ValidationResult<T>;
export type Guard<T> = (value: unknown) => value is T;
export type Assert<T> = (value: unknown) => asserts value is T;

export const VENDOR = "@users-api/validators";

/**
 * An enum issue about a string: an unknown value, which open enums accept (a value of the
 * wrong type has its own `type` issue).
 */
const isUnknownEnumValue = (issue: Issue, value: unknown): boolean =>
  issue.keyword === "enum" && typeof valueAt(value, issue.path) === "string";

/** `readModel`: whether `{ enums: "open" }` applies (not to request bodies). */
export function createValidate<T>(
  compiled: CompiledValidator,
  walkDepth?: DepthWalker,
  readModel = false,
): Validate<T> {
  return (value, options) => {
    if (walkDepth !== undefined) {
      const tooDeep = walkDepth(value, MAX_DEPTH);
      if (tooDeep !== undefined) return { ok: false, issues: [tooDeepIssue(tooDeep, MAX_DEPTH)] };
    }
    const open = readModel && options?.enums === "open";
    if (compiled(value))
      return open
        ? { ok: true, value: value as T, unknownEnumValues: [] }
        : { ok: true, value: value as T };
    const issues = toIssues(compiled.errors ?? [], value);
    if (!open) return { ok: false, issues };
    const unknownEnumValues = issues.filter((issue) => isUnknownEnumValue(issue, value));
    if (unknownEnumValues.length === issues.length) {
      return { ok: true, value: value as T, unknownEnumValues };
    }
    return { ok: false, issues: issues.filter((issue) => !isUnknownEnumValue(issue, value)) };
  };
}

export function createGuard<T>(compiled: CompiledValidator, walkDepth?: DepthWalker): Guard<T> {
  if (walkDepth === undefined) return (value): value is T => compiled(value);
  return (value): value is T => walkDepth(value, MAX_DEPTH) === undefined && compiled(value);
}

export function createAssert<T>(schemaName: string, validate: Validate<T>): Assert<T> {
  return (value) => {
    const result = validate(value);
    if (!result.ok) throw new ValidationError(result.issues, schemaName);
  };
}

export function createStandardSchema<T>(
  compiled: CompiledValidator,
  walkDepth?: DepthWalker,
): StandardSchemaV1<T> {
  return {
    "~standard": {
      version: 1,
      vendor: VENDOR,
      validate(value) {
        if (walkDepth !== undefined) {
          const tooDeep = walkDepth(value, MAX_DEPTH);
          if (tooDeep !== undefined) {
            const { message } = tooDeepIssue(tooDeep, MAX_DEPTH);
            return { issues: [{ message, path: pathKeys(value, tooDeep) }] };
          }
        }
        if (compiled(value)) return { value: value as T };
        return { issues: toStandardIssues(compiled.errors ?? [], value) };
      },
    },
  };
}
