import type { paths } from "@users-api/types";
import createClient, { type Client, type HeadersOptions } from "openapi-fetch";
import { createTokenSource, withAuth, type AuthOptions } from "./auth.js";
import { networkError, responseError } from "./errors.js";
import { createRedactor } from "./redact.js";
import { loginUrlForApi } from "@users-api/spec/hosts";
import { defaultRegionHost, regionUrls, type RegionHost } from "./region.js";
import { resolveRetryPolicy, withRetry, type RetryOptions, type Send } from "./retry.js";
import { viaClient } from "./requester.js";
import { abortedOf } from "./signals.js";
import { adopt, timeoutAttempt, type FetchLike, type ReadFailure } from "./timeout.js";
import { createUsersApi, type UsersApi } from "./users.js";
import { responseValidation } from "./validation.js";

export interface UsersClientOptions extends AuthOptions {
  /**
   * The region's host, e.g. `"mypurecloud.ie"` or `regionHosts.eu_west_1`: the API is
   * `https://api.{host}`, tokens come from `https://login.{host}/oauth/token`.
   * Default `"mypurecloud.com"` (us_east_1).
   */
  region?: RegionHost | (string & {}) | undefined;
  /** The API's base URL; overrides the region's (the region still gives the login host). */
  baseUrl?: string | undefined;
  /** Retries of 429/502/503/504 and network errors (on by default); `false` turns them off. */
  retry?: RetryOptions | false | undefined;
  /** Time limit of each attempt, including reading the body (default 30 000 ms; 0 for none). */
  timeoutMs?: number | undefined;
  /** Aborts every request of this client (each call also takes its own `signal`). */
  signal?: AbortSignal | undefined;
  /** The fetch to use (default `globalThis.fetch`). */
  fetch?: FetchLike | undefined;
  /**
   * Check each JSON success response against the spec with @users-api/validators (loaded only
   * when this is on). A bad response throws `UsersApiResponseValidationError`. Default false.
   *
   * `true` is tolerant where the server speaks: an enum value of a read model that the spec
   * does not list (the API adds values between releases) is accepted, and everything else is
   * checked. `"strict"` refuses unlisted enum values too.
   */
  validateResponses?: boolean | "strict" | undefined;
  /** The `User-Agent` header (Node and other servers; browsers ignore or refuse it). */
  userAgent?: string | undefined;
  /** Headers sent with every request. */
  headers?: HeadersOptions | undefined;
}

/** The typed openapi-fetch client (`GET`, `POST`, `PATCH`, `DELETE`, `use`, ...) plus `users`. */
export type UsersClient = Client<paths> & { readonly users: UsersApi };

export const DEFAULT_TIMEOUT_MS = 30_000;

// A success must be JSON (openapi-fetch's default): say so without quoting the body.
const NOT_JSON = "the response body is not JSON";

/** The base URL for API calls and the token URL for the client-credentials grant. */
function endpoints(options: UsersClientOptions) {
  const region = regionUrls(options.region ?? defaultRegionHost);
  const baseUrl = options.baseUrl ?? region.apiUrl;
  if (!/^https?:\/\//i.test(baseUrl) || !URL.canParse(baseUrl)) {
    throw new TypeError("baseUrl must be an absolute http(s) URL");
  }
  const tokenUrl = () => {
    const loginUrl =
      options.region !== undefined || options.baseUrl === undefined
        ? region.loginUrl
        : loginUrlForApi(options.baseUrl);
    // Never send credentials to a guessed host: a custom baseUrl needs a region or a tokenUrl.
    if (!loginUrl) {
      throw new TypeError(
        "set region or clientCredentials.tokenUrl: baseUrl is not https://api.{host}",
      );
    }
    return `${loginUrl}/oauth/token`;
  };
  return { baseUrl, tokenUrl };
}

/**
 * The response with its body read and its length given. Only for a success of unknown length:
 * openapi-fetch parses such a body with its own `JSON.parse` instead of `response.json()`, where a
 * body that is not JSON could not be answered with a typed error.
 */
function withLength(response: Response, body: ArrayBuffer): Response {
  const { status, statusText } = response;
  const headers = new Headers(response.headers);
  headers.set("content-length", `${body.byteLength}`);
  headers.delete("transfer-encoding");
  const read = new Response(body, { status, statusText, headers });
  Object.defineProperty(read, "url", { value: response.url });
  return adopt(read, response);
}

/**
 * Creates a Users API client. Every request, raw or through `users`, goes through openapi-fetch
 * and one fetch made of small layers: bearer auth (auth.ts), retries (retry.ts) and a time limit
 * per attempt (timeout.ts), with the caller's and the client's abort signals.
 */
export function createUsersClient(options: UsersClientOptions = {}): UsersClient {
  const { baseUrl, tokenUrl } = endpoints(options);
  const redactor = createRedactor();
  const retry = resolveRetryPolicy(options.retry);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs >= 0)) throw new TypeError("timeoutMs must be a number >= 0");
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { userAgent, signal: clientSignal } = options;
  redactor.add(options.accessToken);

  const failRead: ReadFailure = (request, response, error, attempts, signals) => {
    const aborted = abortedOf(signals);
    if (aborted) return aborted.reason;
    if (error instanceof SyntaxError) {
      return responseError(response, request.method, NOT_JSON);
    }
    return networkError(request, error, attempts, timeoutMs, redactor);
  };
  const retrying = withRetry(
    timeoutAttempt(fetchImpl, timeoutMs, failRead),
    retry,
    (request, error, n) => networkError(request, error, n, timeoutMs, redactor),
  );
  const send: Send = (request, signals, idempotent) => {
    if (userAgent !== undefined) request.headers.set("user-agent", userAgent);
    return retrying(request, signals, idempotent);
  };
  const clientSignals = clientSignal ? [clientSignal] : [];
  // The token request goes through the same layers, without auth and retried like a GET.
  const tokens = createTokenSource(
    options,
    tokenUrl,
    (request) => send(request, clientSignals, true),
    redactor,
  );
  const authed = withAuth(send, tokens, redactor);

  const client = createClient<paths>({
    baseUrl,
    async fetch(request) {
      // users.* mark a request made without a caller's signal (requester.ts): its signal can
      // never abort, so no attempt needs to listen to it (an abort listener per request is a
      // measurable cost). Any other request's signal is followed.
      const signals = (request as { unsignalled?: boolean }).unsignalled
        ? clientSignals
        : [request.signal, ...clientSignals];
      const response = await authed(request, signals);
      return response.ok && response.body && !response.headers.has("content-length")
        ? withLength(response, await response.arrayBuffer())
        : response;
    },
    // The API (and the vendor's SDKs) take array parameters comma-joined: expand=a,b.
    querySerializer: { array: { style: "form", explode: false } },
    headers: options.headers!, // openapi-fetch skips undefined
  });

  if (options.validateResponses) {
    client.use(responseValidation(redactor, options.validateResponses === "strict"));
  }

  const users = createUsersApi(viaClient(client), redactor, retry, clientSignals);
  return Object.assign(client, { users });
}
