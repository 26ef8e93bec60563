// Builds the public functions for one schema around its Ajv-generated validator. The
// generated modules in ./generated call these once per schema.
import type { CompiledValidator } from "./compiled-validator.js";
import { MAX_DEPTH, type DepthWalker } from "./depth-guard.js";
import type { ValidationResult } from "./issue.js";
import { tooDeepIssue, toIssues, toStandardIssues } from "./issues.js";
import { pathKeys } from "./json-pointer.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { ValidationError } from "./validation-error.js";

export type Validate<T> = (value: unknown) => ValidationResult<T>;
export type Guard<T> = (value: unknown) => value is T;
export type Assert<T> = (value: unknown) => asserts value is T;

export const VENDOR = "@users-api/validators";

export function createValidate<T>(
  compiled: CompiledValidator,
  walkDepth?: DepthWalker,
): Validate<T> {
  return (value) => {
    if (walkDepth !== undefined) {
      const tooDeep = walkDepth(value, MAX_DEPTH);
      if (tooDeep !== undefined) return { ok: false, issues: [tooDeepIssue(tooDeep, MAX_DEPTH)] };
    }
    if (compiled(value)) return { ok: true, value: value as T };
    return { ok: false, issues: toIssues(compiled.errors ?? [], value) };
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
