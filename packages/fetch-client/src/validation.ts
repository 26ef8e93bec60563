import type { Middleware } from "openapi-fetch";
import { UsersApiResponseValidationError, type ResponseIssue } from "./errors.js";
import type { Redactor } from "./redact.js";
import type { ResponseValidator } from "./response-validators.js";

type FindValidator = (
  method: string,
  status: number,
  path: string,
) => ResponseValidator | undefined;

/**
 * Loads the operation table and @users-api/validators on first use, so clients without
 * validateResponses never do.
 */
export const loadValidators = async (): Promise<FindValidator> =>
  (await import("./response-validators.js")).responseValidator;

/**
 * Middleware that checks every JSON success response whose schema the spec names against the
 * matching `validateX` of @users-api/validators, and throws
 * {@link UsersApiResponseValidationError} naming the first bad field. Unless `strict`, enum
 * values the spec does not list are accepted in read models.
 */
export function responseValidation(
  redactor: Redactor,
  strict = false,
  load: () => Promise<FindValidator> = loadValidators,
): Middleware {
  let loaded: Promise<FindValidator> | undefined;
  return {
    async onResponse({ request, response, schemaPath }) {
      if (response.status < 200 || response.status > 299) return;
      const validator = (await (loaded ??= load()))(request.method, response.status, schemaPath);
      if (!validator) return;
      const text = await response.clone().text();
      if (text === "") return;

      let value: unknown;
      const fail = (issues: readonly ResponseIssue[]) =>
        new UsersApiResponseValidationError({
          schema: validator.schema,
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
      const result = validator.validate(value, { enums: strict ? "closed" : "open" });
      if (!result.ok) throw fail(result.issues);
    },
  };
}
