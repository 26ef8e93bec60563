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
   * `additionalProperties`, `readOnly`, ...), or `maxDepth` when the value nests too deeply
   * to be checked.
   */
  keyword: string;
}

/** What `validateX` returns. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
