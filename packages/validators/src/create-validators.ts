// Builds the public functions for one schema around its Ajv-generated validators. The
// generated modules in ./generated call these once per schema.
//
// Nothing escapes: a value that throws while it is read (a revoked Proxy, a throwing getter or
// trap) gives an `unreadable` issue, `isX` returns false, and `assertX` throws only
// `ValidationError`.
import type { CompiledValidator } from "./compiled-validator.js";
import { MAX_DEPTH, type DepthWalker } from "./depth-guard.js";
import type { Issue, ValidationOptions, ValidationResult } from "./issue.js";
import { issueFor, tooDeepIssue, toStandardIssues, worthReporting } from "./issues.js";
import { pathKeys, valueAt } from "./json-pointer.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { unreadableIssue, unreadableStandardIssue } from "./unreadable.js";
import { ValidationError } from "./validation-error.js";

export type Validate<T> = (value: unknown, options?: ValidationOptions) => ValidationResult<T>;
export type Guard<T> = (value: unknown) => value is T;
export type Assert<T> = (value: unknown) => asserts value is T;

export const VENDOR = "@users-api/validators";

/** How many issues `validateX` and `xSchema` list unless told otherwise; the rest are counted. */
export const DEFAULT_MAX_ISSUES = 100;

function maxIssuesOf(options: ValidationOptions | undefined): number {
  const max = options?.maxIssues;
  if (typeof max !== "number" || Number.isNaN(max)) return DEFAULT_MAX_ISSUES;
  return max === Infinity ? Infinity : Math.max(0, Math.floor(max));
}

/** `readModel`: whether `{ enums: "open" }` applies (a response can contain the schema). */
export function createValidate<T>(
  compiled: CompiledValidator,
  walkDepth?: DepthWalker,
  readModel = false,
): Validate<T> {
  function check(value: unknown, options: ValidationOptions | undefined): ValidationResult<T> {
    if (walkDepth !== undefined) {
      const tooDeep = walkDepth(value, MAX_DEPTH);
      if (tooDeep !== undefined) return { ok: false, issues: [tooDeepIssue(tooDeep, MAX_DEPTH)] };
    }
    const open = readModel && options?.enums === "open";
    if (compiled(value))
      return open
        ? { ok: true, value: value as T, unknownEnumValues: [] }
        : { ok: true, value: value as T };
    const maxIssues = maxIssuesOf(options);
    const errors = worthReporting(compiled.errors ?? []);
    if (!open)
      return failure(
        errors.slice(0, maxIssues).map((e) => issueFor(e, value)),
        errors.length,
      );
    // Open enums: an unknown enum value is a string where an enum is; it does not fail.
    const unknownEnumValues: Issue[] = [];
    const issues: Issue[] = [];
    let failing = 0;
    for (const error of errors) {
      const isEnumString =
        error.keyword === "enum" && typeof valueAt(value, error.instancePath) === "string";
      if (isEnumString) {
        if (unknownEnumValues.length < maxIssues) unknownEnumValues.push(issueFor(error, value));
      } else if (++failing <= maxIssues) issues.push(issueFor(error, value));
    }
    if (failing === 0) return { ok: true, value: value as T, unknownEnumValues };
    return failure(issues, failing);
  }

  return (value, options) => {
    try {
      return check(value, options);
    } catch {
      return { ok: false, issues: [unreadableIssue(value)] };
    }
  };
}

function failure<T>(issues: Issue[], total: number): ValidationResult<T> {
  return total > issues.length
    ? { ok: false, issues, moreIssues: total - issues.length }
    : { ok: false, issues };
}

/**
 * `compiled` is the fail-fast variant (`ajv/guards/`): it stops at the first error. It runs
 * before the depth walker, so that invalid input is turned down without measuring it; input
 * too deep for it to check overflows the stack, which is caught (false), and valid input is
 * then measured as `validateX` measures it, so both agree.
 */
export function createGuard<T>(compiled: CompiledValidator, walkDepth?: DepthWalker): Guard<T> {
  if (walkDepth === undefined)
    return (value): value is T => {
      try {
        return compiled(value);
      } catch {
        return false;
      }
    };
  return (value): value is T => {
    try {
      return compiled(value) && walkDepth(value, MAX_DEPTH) === undefined;
    } catch {
      return false;
    }
  };
}

export function createAssert<T>(schemaName: string, validate: Validate<T>): Assert<T> {
  return (value) => {
    const result = validate(value);
    if (!result.ok) throw new ValidationError(result.issues, schemaName, result.moreIssues);
  };
}

export function createStandardSchema<T>(
  compiled: CompiledValidator,
  walkDepth?: DepthWalker,
): StandardSchemaV1<T> {
  function check(value: unknown): StandardSchemaV1.Result<T> {
    if (walkDepth !== undefined) {
      const tooDeep = walkDepth(value, MAX_DEPTH);
      if (tooDeep !== undefined) {
        const { message } = tooDeepIssue(tooDeep, MAX_DEPTH);
        return { issues: [{ message, path: pathKeys(value, tooDeep) }] };
      }
    }
    if (compiled(value)) return { value: value as T };
    const errors = worthReporting(compiled.errors ?? []);
    const issues = toStandardIssues(errors.slice(0, DEFAULT_MAX_ISSUES), value);
    const more = errors.length - issues.length;
    if (more > 0) issues.push({ message: `and ${more} more issue${more === 1 ? "" : "s"}` });
    return { issues };
  }

  return {
    "~standard": {
      version: 1,
      vendor: VENDOR,
      validate(value) {
        try {
          return check(value);
        } catch {
          return { issues: [unreadableStandardIssue(value)] };
        }
      },
    },
  };
}
