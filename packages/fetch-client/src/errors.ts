import type { Issue } from "@users-api/validators";
import type { ErrorBody } from "@users-api/types";
import type { Redactor } from "./redact.js";
import { parseRetryAfter } from "./retry.js";

const MAX_TEXT_LENGTH = 4096;

/**
 * `JSON.stringify(error)` gives name, message and the error's own fields (never the `cause`,
 * which may hold platform objects).
 */
function toJSON(this: Error): Record<string, unknown> {
  return { name: this.name, message: this.message, ...(this as object) };
}
const MAX_MESSAGE_TEXT = 200;

/** Where an error response came from, for the error's `method`/`url`. */
export interface RequestInfo {
  method?: string | undefined;
  url?: string | undefined;
}

export interface UsersApiErrorInit extends RequestInfo {
  status: number;
  message: string;
  code?: string | undefined;
  contextId?: string | undefined;
  correlationId?: string | undefined;
  body?: ErrorBody | undefined;
  text?: string | undefined;
  retryAfter?: number | undefined;
}

/**
 * The API answered with an error status. `message`, `code` and `contextId` come from the
 * response's `ErrorBody` when it has one; non-JSON and empty bodies still give a useful message.
 * Never carries the access token or client secret.
 */
export class UsersApiError extends Error {
  static {
    this.prototype.name = "UsersApiError";
    Object.defineProperty(this.prototype, "toJSON", { value: toJSON });
  }
  /** The HTTP status. */
  declare readonly status: number;
  /** The `ErrorBody.code`, such as `general.conflict` or `not.found`. */
  declare readonly code: string | undefined;
  /** The `ErrorBody.contextId`: quote it to support. */
  declare readonly contextId: string | undefined;
  /** The `inin-correlation-id` response header. */
  declare readonly correlationId: string | undefined;
  /** The parsed JSON error body, when the response had one. */
  declare readonly body: ErrorBody | undefined;
  /** The raw body (at most 4 kB) when it was not JSON. */
  declare readonly text: string | undefined;
  /** The `Retry-After` header in seconds, when the response had one. */
  declare readonly retryAfter: number | undefined;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;

  constructor({ message, ...fields }: UsersApiErrorInit) {
    super(message);
    Object.assign(this, fields);
  }

  /**
   * True when a PATCH was refused because its `version` is stale: a 409 `general.conflict`, or
   * the 400 whose message says the version "does not match the current version".
   */
  get isVersionConflict(): boolean {
    return isVersionConflictResponse(this.status, this.code, this.message);
  }
}

/** The OAuth token endpoint refused or failed the client-credentials grant. */
export class UsersApiAuthError extends UsersApiError {
  static {
    this.prototype.name = "UsersApiAuthError";
  }
}

/** The request got no response: connection refused or reset, DNS failure, and the like. */
export class UsersApiNetworkError extends Error {
  static {
    this.prototype.name = "UsersApiNetworkError";
    Object.defineProperty(this.prototype, "toJSON", { value: toJSON });
  }
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;
  /** How many attempts were made. */
  declare readonly attempts: number;

  constructor(
    message: string,
    { cause, ...fields }: RequestInfo & { attempts: number; cause?: unknown },
  ) {
    super(message, { cause });
    Object.assign(this, fields);
  }
}

/** An attempt took longer than `timeoutMs` (and no retry was left). */
export class UsersApiTimeoutError extends UsersApiNetworkError {
  static {
    this.prototype.name = "UsersApiTimeoutError";
  }
  declare readonly timeoutMs: number;

  constructor(message: string, info: RequestInfo & { attempts: number; timeoutMs: number }) {
    super(message, info);
  }
}

/** One way in which a response body breaks the spec (as `@users-api/validators` reports it). */
export type ResponseIssue = Issue;

/** With `validateResponses`, a success response whose body does not match the spec. */
export class UsersApiResponseValidationError extends Error {
  static {
    this.prototype.name = "UsersApiResponseValidationError";
    Object.defineProperty(this.prototype, "toJSON", { value: toJSON });
  }
  /** The spec schema the body was checked against, e.g. `User`. */
  declare readonly schema: string;
  declare readonly issues: readonly ResponseIssue[];
  declare readonly status: number;
  declare readonly correlationId: string | undefined;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;

  constructor(fields: {
    schema: string;
    issues: readonly ResponseIssue[];
    status: number;
    correlationId?: string | undefined;
    method?: string | undefined;
    url?: string | undefined;
  }) {
    const [first] = fields.issues;
    const more = fields.issues.length > 1 ? ` (and ${fields.issues.length - 1} more)` : "";
    super(
      `Response body does not match ${fields.schema}` +
        (first ? `: ${first.path || "/"} ${first.message}${more}` : ""),
    );
    Object.assign(this, fields);
  }
}

function isVersionConflictResponse(status: number, code?: string, message?: string): boolean {
  if (status === 409) return code === undefined || code === "general.conflict";
  return status === 400 && /does not match the current version/i.test(message ?? "");
}

/** True for a {@link UsersApiError} that reports a stale `version` on a PATCH. */
export function isVersionConflict(error: unknown): error is UsersApiError {
  return error instanceof UsersApiError && error.isVersionConflict;
}

function statusLine(response: Response): string {
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
}

function summarize(text: string): string {
  const plain = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > MAX_MESSAGE_TEXT ? `${plain.slice(0, MAX_MESSAGE_TEXT)}…` : plain;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Builds the error for an error response. `payload` is the body as openapi-fetch returns it:
 * parsed JSON, the text when it is not JSON, or undefined when empty.
 */
export function errorFromResponse(
  response: Response,
  payload: unknown,
  redactor: Redactor,
  info: RequestInfo = {},
  ErrorClass: typeof UsersApiError = UsersApiError,
): UsersApiError {
  if (typeof payload === "string") {
    try {
      payload = payload.trim() === "" ? undefined : JSON.parse(payload);
    } catch {
      // not JSON: keep the text
    }
  }
  const body =
    payload && typeof payload === "object" && !Array.isArray(payload)
      ? redactor.json(payload as ErrorBody & Record<string, unknown>)
      : undefined;
  const text =
    payload !== undefined && body === undefined
      ? redactor.text(String(typeof payload === "string" ? payload : JSON.stringify(payload)))
      : undefined;

  // ErrorBody first; `error`/`error_description` are what OAuth token endpoints send.
  const oauth = body as { error?: unknown; error_description?: unknown } | undefined;
  const fromBody =
    asString(body?.message) ?? asString(oauth?.error_description) ?? asString(oauth?.error);
  const message = redactor.text(
    fromBody ?? (text ? `${statusLine(response)}: ${summarize(text)}` : statusLine(response)),
  );
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));

  return new ErrorClass({
    status: response.status,
    message,
    code: asString(body?.code) ?? asString(oauth?.error),
    contextId: asString(body?.contextId),
    correlationId: response.headers.get("inin-correlation-id") ?? undefined,
    body,
    text: text && text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text,
    retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    method: info.method,
    url: info.url ?? (response.url || undefined),
  });
}
