import type { Middleware } from "openapi-fetch";
import { UsersApiResponseValidationError, type ResponseIssue } from "./errors.js";
import { responseSchemas } from "./generated/response-schemas.js";
import type { Redactor } from "./redact.js";

type ValidationResult = { ok: true } | { ok: false; issues: ResponseIssue[] };
type Validators = Record<string, ((value: unknown) => ValidationResult) | undefined>;

/** Loads @users-api/validators on first use, so clients without validateResponses never do. */
export const loadValidators = async (): Promise<Validators> =>
  (await import("@users-api/validators")) as unknown as Validators;

/**
 * Middleware that checks every JSON success response whose schema the spec names against the
 * matching `validateX` of @users-api/validators, and throws
 * {@link UsersApiResponseValidationError} naming the first bad field.
 */
export function responseValidation(
  redactor: Redactor,
  load: () => Promise<Validators> = loadValidators,
): Middleware {
  let validators: Promise<Validators> | undefined;
  return {
    async onResponse({ request, response, schemaPath }) {
      const schema = responseSchemas[`${request.method} ${response.status} ${schemaPath}`];
      if (!schema) return;
      const text = await response.clone().text();
      if (text === "") return;
      const validate = (await (validators ??= load()))[`validate${schema}`];
      if (!validate) return;

      let value: unknown;
      const fail = (issues: ResponseIssue[]) =>
        new UsersApiResponseValidationError({
          schema,
          issues: issues.map((issue) => ({ ...issue, message: redactor.text(issue.message) })),
          status: response.status,
          correlationId: response.headers.get("inin-correlation-id") ?? undefined,
          method: request.method,
          url: request.url,
        });
      try {
        value = JSON.parse(text);
      } catch {
        throw fail([{ path: "", message: "is not JSON", keyword: "type" }]);
      }
      const result = validate(value);
      if (!result.ok) throw fail(result.issues);
    },
  };
}
