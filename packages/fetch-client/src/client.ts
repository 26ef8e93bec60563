import type { paths } from "@users-api/types";
import createClient, {
  mergeHeaders,
  type Client,
  type HeadersOptions,
  type Middleware,
} from "openapi-fetch";
import { createTokenSource, type AuthOptions } from "./auth.js";
import { createRedactor } from "./redact.js";
import { loginUrlForApi } from "@users-api/spec/hosts";
import { defaultRegionHost, regionUrls, type RegionHost } from "./region.js";
import { resolveRetryPolicy, type RetryOptions } from "./retry.js";
import { direct, viaClient } from "./requester.js";
import { createTransport, type FetchLike } from "./transport.js";
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

/** The base URL for API calls and the token URL for the client-credentials grant. */
function endpoints(options: UsersClientOptions) {
  const region = regionUrls(options.region ?? defaultRegionHost);
  const baseUrl = options.baseUrl ?? region.apiUrl;
  const tokenUrl = () => {
    const loginUrl =
      options.region !== undefined || options.baseUrl === undefined
        ? region.loginUrl
        : loginUrlForApi(options.baseUrl);
    // Never send credentials to a guessed host: a custom baseUrl needs a region or a tokenUrl.
    if (!loginUrl) {
      throw new TypeError(
        "clientCredentials.tokenUrl (or region) is required when baseUrl is not https://api.{host}",
      );
    }
    return `${loginUrl}/oauth/token`;
  };
  return { baseUrl, tokenUrl };
}

/**
 * Creates a Users API client. Every request, raw or through `users`, goes through one fetch
 * wrapper that adds the bearer token, retries, the per-attempt timeout and abort signals.
 */
export function createUsersClient(options: UsersClientOptions = {}): UsersClient {
  const { baseUrl, tokenUrl } = endpoints(options);
  const redactor = createRedactor();
  const retry = resolveRetryPolicy(options.retry);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs >= 0)) throw new TypeError("timeoutMs must be a number >= 0");
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const transport = createTransport({
    fetch: fetchImpl,
    retry,
    timeoutMs,
    signal: options.signal,
    userAgent: options.userAgent,
    redactor,
  });
  // The token request goes through the same transport, without auth and retried like a GET.
  transport.tokens = createTokenSource(
    options,
    tokenUrl,
    (url, headers, body) =>
      transport.send("POST", url, headers, body, undefined, { auth: false, idempotent: true }),
    redactor,
  );

  const client = createClient<paths>({
    baseUrl,
    fetch: (request) => transport.fetch(request),
    // The API (and the vendor's SDKs) take array parameters comma-joined: expand=a,b.
    querySerializer: { array: { style: "form", explode: false } },
    ...(options.headers !== undefined && { headers: options.headers }),
  });

  // users.* skip openapi-fetch's per-call work while no middleware is registered; once there is
  // some, they go through openapi-fetch so that the middleware sees them too.
  const middleware: Middleware[] = [];
  const { use, eject } = client;
  client.use = (...added) => {
    try {
      use(...added);
    } finally {
      // Counted even if `use` threw halfway: the slow path is always correct.
      middleware.push(...added.filter(Boolean));
    }
  };
  client.eject = (...removed) => {
    eject(...removed);
    for (const m of removed) {
      const index = middleware.indexOf(m);
      if (index !== -1) middleware.splice(index, 1);
    }
  };
  const throughClient = viaClient(client);
  const defaultHeaders = Object.fromEntries(mergeHeaders(options.headers));
  const straight = direct(transport, baseUrl.replace(/\/+$/, ""), defaultHeaders);

  if (options.validateResponses) {
    client.use(responseValidation(redactor, options.validateResponses === "strict"));
  }

  const users = createUsersApi(
    () => (middleware.length ? throughClient : straight),
    redactor,
    retry,
  );
  return Object.assign(client, { users });
}
