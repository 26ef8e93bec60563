import type { MiddlewareCallbackParams } from "openapi-fetch";
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

/** Why a success response does not match its schema. */
export interface ResponseMismatch {
  schema: string;
  issues: Issue[];
}

/** Checks one success response; see {@link createResponseCheck}. */
export type ResponseCheck = (
  context: MiddlewareCallbackParams & { response: Response },
) => Promise<ResponseMismatch | undefined>;

/**
 * Checks a JSON success response whose schema the spec names against the matching `validateX`
 * of @users-api/validators, and gives the issues (paths and messages redacted) when it does not
 * match. Unless `strict`, enum values the spec does not list are accepted in read models.
 * Loaded by validation.ts on the first response, so clients without validateResponses never
 * load it; it imports nothing of the client at run time (no code shared with the bundle that
 * loaded up front).
 */
export async function createResponseCheck(
  redactor: Redactor,
  strict: boolean,
): Promise<ResponseCheck> {
  const find = await loadValidators();
  return async ({ request, response, schemaPath }) => {
    const validator = await find(request.method, response.status, schemaPath);
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
    return {
      schema: validator.schema,
      // Paths name the keys of the body, which may be anything the server sends.
      issues: result.issues.map((issue) => ({
        ...issue,
        path: redactor.text(issue.path),
        message: redactor.text(issue.message),
      })),
    };
  };
}
