/** One reason a value failed validation. */
export interface Issue {
  /**
   * JSON Pointer (RFC 6901) to the offending value, e.g. `/addresses/1/mediaType`; `""` is the
   * value itself. For a missing, unknown or read-only property it points at the object that
   * should (not) have it.
   */
  path: string;
  /** A sentence for people, e.g. `state must be one of "active", "inactive", "deleted"`. */
  message: string;
  /**
   * The JSON Schema keyword that failed (`type`, `required`, `enum`, `format`,
   * `additionalProperties`, `readOnly`, ...), `maxDepth` when the value nests too deeply to be
   * checked, or `unreadable` when reading it threw (a revoked Proxy, a throwing getter or
   * trap; `path` is where, or `""` when that is not known).
   */
  keyword: string;
}

/**
 * What `validateX` returns. With `{ enums: "open" }` on a read model, `unknownEnumValues` lists
 * the enum values the spec does not know (keyword `enum`), which did not fail the validation.
 * At most `maxIssues` issues (default 100) are listed; `moreIssues` counts the others.
 */
export type ValidationResult<T> =
  | { ok: true; value: T; unknownEnumValues?: Issue[] }
  | { ok: false; issues: Issue[]; moreIssues?: number };

/** Options of `validateX`. */
export interface ValidationOptions {
  /**
   * `"closed"` (the default): an enum value the spec does not list is an issue.
   * `"open"`: in a read model (a schema a response can contain), such a value is accepted and
   * reported in `unknownEnumValues`, because the API adds enum values between releases; its
   * type is still checked. Schemas that are only ever sent stay closed: what you send must be
   * in the spec.
   */
  enums?: "closed" | "open";
  /**
   * How many issues to list (default 100; `Infinity` for all). Issues past it are not turned
   * into messages, only counted in `moreIssues`. Also bounds `unknownEnumValues`.
   */
  maxIssues?: number;
}
