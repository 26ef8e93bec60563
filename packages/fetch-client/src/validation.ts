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
) => Promise<ResponseValidator | undefined> | undefined;

/**
 * Loads, on first use, which schema each success response is (generated from the spec's
 * operation table), so clients without validateResponses never do; each schema's validator is
 * loaded from @users-api/validators when a response of that schema first arrives, so a client
 * pays for the validators of the operations it calls, not for all of them.
 */
export async function loadValidators(): Promise<FindValidator> {
  const [{ successSchemas }, { loadValidator }] = await Promise.all([
    import("@users-api/spec/success-schemas"),
    import("@users-api/validators/lazy"),
  ]);
  const bySchema = new Map<string, Promise<ResponseValidator | undefined>>();
  return (method, status, path) => {
    const operation = (successSchemas as Record<string, Record<string, string>>)[
      `${method} ${path}`
    ];
    const schema = operation?.[status];
    if (schema === undefined) return undefined;
    let validator = bySchema.get(schema);
    if (!validator) {
      validator = loadValidator(schema).then(
        (validate) => validate && ({ schema, validate } as ResponseValidator),
      );
      bySchema.set(schema, validator);
    }
    return validator;
  };
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
      const validator = await (
        await (loaded ??= load())
      )(request.method, response.status, schemaPath);
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
