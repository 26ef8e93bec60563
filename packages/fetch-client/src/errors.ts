import type { Issue } from "@users-api/validators";
import type { ErrorBody } from "@users-api/types";
import type { Redactor } from "./redact.js";
import { parseRetryAfter } from "./retry.js";
import { TIMED_OUT } from "./deadlines.js";

const MAX_TEXT_LENGTH = 4096;

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
// Names are prototype getters, not assignments in static blocks: a class with a static block
// counts as a side effect, so bundlers could not drop the error classes an app never meets.
export class UsersApiError extends Error {
  override get name(): string {
    return "UsersApiError";
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

  constructor({ message, ...fields }: UsersApiErrorInit, options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, fields);
  }

  /**
   * `JSON.stringify(error)` gives name, message and the error's own fields (never the `cause`,
   * which may hold platform objects).
   */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }

  /**
   * True when a PATCH was refused because its `version` is stale: a 409 `general.conflict`, or
   * the 400 whose message says the version "does not match the current version".
   */
  get isVersionConflict(): boolean {
    const { status, code } = this;
    if (status === 409) return code === undefined || code === "general.conflict";
    return status === 400 && /does not match the current version/i.test(this.message);
  }
}

/** The OAuth token endpoint refused or failed the client-credentials grant. */
export class UsersApiAuthError extends UsersApiError {
  override get name(): string {
    return "UsersApiAuthError";
  }
}

/**
 * The request got no response: connection refused or reset, DNS failure, and the like. A
 * {@link UsersApiError} with `status` 0.
 */
export class UsersApiNetworkError extends UsersApiError {
  override get name(): string {
    return "UsersApiNetworkError";
  }
  /** How many attempts were made. */
  declare readonly attempts: number;

  constructor(
    message: string,
    { cause, ...fields }: RequestInfo & { attempts: number; cause?: unknown; timeoutMs?: number },
  ) {
    super({ status: 0, message, ...fields }, { cause });
  }
}

/** An attempt took longer than `timeoutMs` (and no retry was left). */
export class UsersApiTimeoutError extends UsersApiNetworkError {
  override get name(): string {
    return "UsersApiTimeoutError";
  }
  declare readonly timeoutMs: number;
}

/** One way in which a response body breaks the spec (as `@users-api/validators` reports it). */
export type ResponseIssue = Issue;

/** With `validateResponses`, a success response whose body does not match the spec. */
export class UsersApiResponseValidationError extends UsersApiError {
  override get name(): string {
    return "UsersApiResponseValidationError";
  }
  /** The spec schema the body was checked against, e.g. `User`. */
  declare readonly schema: string;
  declare readonly issues: readonly ResponseIssue[];

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
    super({
      message:
        `Response body does not match ${fields.schema}` +
        (first ? `: ${first.path || "/"} ${first.message}${more}` : ""),
      ...fields,
    });
  }
}

/** True for a {@link UsersApiError} that reports a stale `version` on a PATCH. */
export function isVersionConflict(error: unknown): error is UsersApiError {
  return error instanceof UsersApiError && error.isVersionConflict;
}

export const correlationId = (response: Response): string | undefined =>
  response.headers.get("inin-correlation-id") ?? undefined;

function statusLine(response: Response): string {
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
}

/** The text of an HTML or plain body in one line, from a bounded prefix in linear time. */
function summarize(text: string): string {
  const plain = text
    .slice(0, 4 * MAX_MESSAGE_TEXT)
    .replace(/<[^<>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > MAX_MESSAGE_TEXT ? `${plain.slice(0, MAX_MESSAGE_TEXT)}…` : plain;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Builds the error for an error response. `payload` is the body as openapi-fetch returns it:
 * parsed JSON, the text when it is not JSON, or undefined (or "") when empty.
 */
export function errorFromResponse(
  response: Response,
  payload: unknown,
  redactor: Redactor,
  info: RequestInfo,
  ErrorClass: typeof UsersApiError = UsersApiError,
): UsersApiError {
  if (payload === "") payload = undefined;
  // A string is only read up to MAX_TEXT_LENGTH; anything else is copied without its secrets.
  const copy = typeof payload === "string" ? payload : redactor.json(payload);
  const body =
    copy && typeof copy === "object" && !Array.isArray(copy) ? (copy as ErrorBody) : undefined;
  const text =
    copy !== undefined && body === undefined
      ? redactor.text(typeof copy === "string" ? copy : JSON.stringify(copy), MAX_TEXT_LENGTH)
      : undefined;

  // ErrorBody first; `error`/`error_description` are what OAuth token endpoints send.
  const oauth = body as { error?: unknown; error_description?: unknown } | undefined;
  const fromBody =
    asString(body?.message) ?? asString(oauth?.error_description) ?? asString(oauth?.error);
  const message = redactor.text(
    fromBody ?? (text ? `${statusLine(response)}: ${summarize(text)}` : statusLine(response)),
    MAX_TEXT_LENGTH,
  );
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));

  return new ErrorClass({
    status: response.status,
    message,
    code: asString(body?.code) ?? asString(oauth?.error),
    contextId: asString(body?.contextId),
    correlationId: correlationId(response),
    body,
    text,
    retryAfter: retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000),
    method: info.method,
    url: info.url ?? (response.url || undefined),
  });
}

/** A success response that cannot be used (`problem` says why; the body is never quoted). */
export function responseError(response: Response, method: string, problem: string) {
  return new UsersApiError({
    status: response.status,
    message: `HTTP ${response.status}: ${problem}`,
    correlationId: correlationId(response),
    method,
    url: response.url || undefined,
  });
}

/** The error of a request that got no response after `attempts` attempts. */
export function networkError(
  { method, url }: Request,
  error: unknown,
  attempts: number,
  timeoutMs: number,
  redactor: Redactor,
): UsersApiNetworkError {
  const info = { method, url, attempts };
  const tries = `${attempts} attempt${attempts > 1 ? "s" : ""}`;
  if (error === TIMED_OUT) {
    return new UsersApiTimeoutError(
      redactor.text(`${method} ${url} timed out after ${timeoutMs} ms (${tries})`),
      { ...info, timeoutMs },
    );
  }
  const { cause } = (error ?? {}) as { cause?: unknown };
  const inner = (cause instanceof Error ? cause : error) as Error | undefined;
  const reason = inner?.message ?? String(inner);
  return new UsersApiNetworkError(redactor.text(`${method} ${url} failed: ${reason} (${tries})`), {
    ...info,
    cause: error,
  });
}
