import type { Issue } from "@users-api/validators";
import * as allValidators from "@users-api/validators";

export type { Issue };

export type ValidationResult<T> =
  { ok: true; value: T } | { ok: false; issues: readonly Issue[]; moreIssues?: number };

export type Validate<T> = (value: unknown) => ValidationResult<T>;

/**
 * The `validateX` functions the server checks requests with, by name (`validateUpdateUser`,
 * `validateSortOrder`, ...). At start-up the server looks up those the spec's operations need:
 * the schemas of their request bodies and of their query parameters. `@users-api/validators`
 * provides them all (the default).
 */
export type RequestValidators = { readonly [name: `validate${string}`]: Validate<unknown> };

export const defaultValidators: RequestValidators = allValidators as unknown as RequestValidators;

/** The validator of a component schema; throws when there is none, so a gap fails at start-up. */
export function validatorFor(validators: RequestValidators, schemaName: string): Validate<unknown> {
  const validate = validators[`validate${schemaName}`];
  if (typeof validate !== "function") {
    throw new Error(`No validator for the schema ${schemaName}: regenerate @users-api/validators`);
  }
  return validate;
}
