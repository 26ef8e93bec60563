import type { Detail, ErrorBody } from "@users-api/types";
import type { JsonPiece } from "./json-text.js";

/** A response the request handler produces, before any transport turns it into bytes. */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or undefined for no body. */
  body?: unknown;
  /**
   * The body as JSON text in pieces, when the handler made it already (from users' cached
   * views): transports send it as it is, and `body` is this text parsed.
   */
  json?: readonly JsonPiece[];
}

export function errorBody(
  status: number,
  code: string,
  message: string,
  details?: readonly Detail[],
): ErrorBody {
  const body: ErrorBody = { message, code, status };
  if (details && details.length > 0) body.details = [...details];
  return body;
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  options: { details?: readonly Detail[]; headers?: Record<string, string> } = {},
): MockResponse {
  return {
    status,
    headers: { ...options.headers },
    body: errorBody(status, code, message, options.details),
  };
}

export const notFound = (message: string): MockResponse => errorResponse(404, "not.found", message);

export const badRequest = (message: string, details?: readonly Detail[]): MockResponse =>
  errorResponse(400, "bad.request", message, details ? { details } : {});
