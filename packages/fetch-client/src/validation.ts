import type { Middleware } from "openapi-fetch";
import { correlationId, UsersApiResponseValidationError } from "./errors.js";
import type { Redactor } from "./redact.js";
import type { Issue, ValidationOptions } from "@users-api/validators";

export interface ResponseValidator {
  schema: string;
  validate(
    value: unknown,
    options: ValidationOptions,
  ): { ok: true } | { ok: false; issues: readonly Issue[] };
}

type FindValidator = (
  method: string,
  status: number,
  path: string,
) => ResponseValidator | undefined;

/**
 * Loads the spec's operation table and @users-api/validators on first use, so clients without
 * validateResponses never do, and maps each success response (method, status, the spec's path
 * template) to the `validateX` of the schema it names.
 */
export async function loadValidators(): Promise<FindValidator> {
  const [{ operationList }, validators] = await Promise.all([
    import("@users-api/spec/operations"),
    import("@users-api/validators"),
  ]);
  const table = new Map<string, ResponseValidator>();
  for (const { method, path, responses } of operationList) {
    for (const [status, { schema }] of Object.entries(responses)) {
      if (status[0] != "2") continue; // only success bodies are checked
      const validate = (validators as Record<string, unknown>)[`validate${schema}`];
      if (typeof validate == "function") {
        table.set(`${method} ${status} ${path}`, {
          schema: schema!,
          validate,
        } as ResponseValidator);
      }
    }
  }
  return (method, status, path) => table.get(`${method} ${status} ${path}`);
}

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
      if (!response.ok) return;
      const validator = (await (loaded ??= load()))(request.method, response.status, schemaPath);
      // A body that cannot be read is not checked: reading it again (openapi-fetch does next)
      // fails with the client's typed error.
      const text =
        validator &&
        (await response
          .clone()
          .text()
          .catch(() => undefined));
      if (!text) return;
      let result: ReturnType<ResponseValidator["validate"]>;
      try {
        result = validator.validate(JSON.parse(text), { enums: strict ? "closed" : "open" });
      } catch {
        result = { ok: false, issues: [{ path: "", message: "is not JSON", keyword: "type" }] };
      }
      if (result.ok) return;
      throw new UsersApiResponseValidationError({
        schema: validator.schema,
        // Paths name the keys of the body, which may be anything the server sends.
        issues: result.issues.map((issue) => ({
          ...issue,
          path: redactor.text(issue.path),
          message: redactor.text(issue.message),
        })),
        status: response.status,
        correlationId: correlationId(response),
        method: request.method,
        url: request.url,
      });
    },
  };
}
