import type { Issue } from "./issue.js";

const ISSUES_IN_MESSAGE = 5;

/** Thrown by `assertX` when a value is not a valid `X`; `.issues` says why. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  readonly issues: Issue[];

  /** `moreIssues`: how many issues there were beyond `issues` (see `maxIssues`). */
  constructor(issues: Issue[], schemaName?: string, moreIssues = 0) {
    const listed = issues.slice(0, ISSUES_IN_MESSAGE).map((issue) => issue.message);
    const more = issues.length - listed.length + moreIssues;
    super(
      `${schemaName ?? "value"} is invalid: ${listed.join("; ")}` +
        (more > 0 ? ` (and ${more} more issue${more === 1 ? "" : "s"})` : ""),
    );
    this.issues = issues;
  }
}
