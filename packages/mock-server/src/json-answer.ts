import type { MockResponse } from "./errors.js";
import { joinPieces, jsonPieces, type JsonPiece } from "./json-text.js";

/**
 * A response whose body is given as JSON text. Its `body` is that text parsed, on first read
 * only: transports send the text, and only callers of the request handler read `body`.
 */
export function jsonResponse(
  status: number,
  headers: Record<string, string>,
  json: readonly JsonPiece[],
): MockResponse {
  let parsed: { value: unknown } | undefined;
  return {
    status,
    headers,
    json,
    get body(): unknown {
      parsed ??= { value: JSON.parse(joinPieces(json)) };
      return parsed.value;
    },
  };
}

/**
 * A 200 whose body is serialized now, users' cached views (`JsonText`) taken as they are
 * rather than built and serialized again. Throws what `JSON.stringify` would.
 */
export function okJson(value: unknown): MockResponse {
  const json = jsonPieces(value);
  if (json === undefined) throw new TypeError("The answer has no JSON text.");
  return jsonResponse(200, {}, json);
}
