import type { Middleware } from "openapi-fetch";
import { correlationId, UsersApiResponseValidationError } from "./errors.js";
import type { Redactor } from "./redact.js";
import type { ResponseCheck } from "./response-check.js";

/**
 * The `validateResponses` middleware: throws {@link UsersApiResponseValidationError} naming the
 * first bad field of a success response. Up front it is only this: the checking code, the map
 * of success schemas and each schema's validator load on demand (response-check.ts), so a
 * client without validateResponses never downloads them.
 */
export function responseValidation(redactor: Redactor, strict: boolean): Middleware {
  let check: Promise<ResponseCheck> | undefined;
  return {
    async onResponse(context) {
      const { request, response } = context;
      if (!response.ok) return;
      check ??= import("./response-check.js").then((m) => m.createResponseCheck(redactor, strict));
      const mismatch = await (await check)(context);
      if (!mismatch) return;
      throw new UsersApiResponseValidationError({
        ...mismatch,
        status: response.status,
        correlationId: correlationId(response),
        method: request.method,
        url: request.url,
      });
    },
  };
}
