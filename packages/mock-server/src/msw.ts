import { loginUrlForApi } from "@users-api/spec/hosts";
import { http, HttpResponse, type HttpHandler } from "msw";
import type { AuthOptions, IssuedToken } from "./auth.js";
import type { MockResponse } from "./errors.js";
import type { FaultOptions } from "./faults.js";
import { joinPieces } from "./json-text.js";
import type { MockRequest } from "./request.js";
import { createRequestHandler } from "./routes/handler.js";
import type { UserStore } from "./store.js";
import type { RequestValidators } from "./validation.js";

export interface MswHandlersOptions {
  /** The API origin requests go to. Default `https://api.mypurecloud.com`. */
  baseUrl?: string;
  /**
   * The OAuth token URL to answer. Default: the login host that pairs with `baseUrl`
   * (`https://login.{region}/oauth/token` for `https://api.{region}`), else `${baseUrl}/oauth/token`.
   */
  tokenUrl?: string;
  /** How many deterministic users a new store starts with. Default 0. */
  seed?: number;
  /** Serve this store (for example one shared with a node:http mock server). */
  store?: UserStore;
  faults?: FaultOptions;
  auth?: AuthOptions;
  validators?: RequestValidators;
  /**
   * Refuse read-only properties in request bodies (400 `read.only.field`) instead of ignoring
   * them as the real API does. Default false.
   */
  strict?: boolean;
}

/** msw handlers plus the store behind them and the fault switch. */
export type MswHandlers = HttpHandler[] & {
  store: UserStore;
  setFaults(faults: FaultOptions): void;
  /** Issues an access token bound to a user: `GET /api/v2/users/me` answers for that user. */
  issueUserToken(userId: string): IssuedToken;
};

function defaultTokenUrl(baseUrl: string): string {
  return `${loginUrlForApi(baseUrl) ?? new URL(baseUrl).origin}/oauth/token`;
}

/** `prefix` is the path of the API base URL (e.g. `/proxy`), which the routes do not include. */
async function toMockRequest(request: Request, prefix = ""): Promise<MockRequest> {
  const url = new URL(request.url);
  if (prefix && url.pathname.startsWith(prefix)) url.pathname = url.pathname.slice(prefix.length);
  return {
    method: request.method,
    url: url.href,
    headers: request.headers,
    body: request.method === "GET" || request.method === "HEAD" ? undefined : await request.text(),
  };
}

function toHttpResponse(response: MockResponse) {
  const text =
    response.json !== undefined
      ? joinPieces(response.json)
      : response.body === undefined
        ? null
        : JSON.stringify(response.body);
  return new HttpResponse(text, {
    status: response.status,
    headers: response.headers,
  });
}

/**
 * msw 2 request handlers that serve the mock Users API in-process (Node or a browser), from
 * the same store logic as `createMockServer`. Use with `setupServer(...handlers)` or
 * `setupWorker(...handlers)`.
 */
export function createMswHandlers(options: MswHandlersOptions = {}): MswHandlers {
  const baseUrl = (options.baseUrl ?? "https://api.mypurecloud.com").replace(/\/+$/, "");
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  const tokenUrl = options.tokenUrl ?? defaultTokenUrl(baseUrl);
  const handler = createRequestHandler({
    seed: options.seed ?? 0,
    ...(options.store ? { store: options.store } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.validators ? { validators: options.validators } : {}),
    ...(options.strict !== undefined ? { strict: options.strict } : {}),
  });
  const handlers: HttpHandler[] = [
    http.post(tokenUrl, async ({ request }) =>
      toHttpResponse(await handler.handleTokenRequest(await toMockRequest(request))),
    ),
    http.all(`${baseUrl}/*`, async ({ request }) =>
      toHttpResponse(await handler.handle(await toMockRequest(request, basePath))),
    ),
  ];
  return Object.assign(handlers, {
    store: handler.store,
    setFaults: (faults: FaultOptions) => handler.setFaults(faults),
    issueUserToken: (userId: string) => handler.issueUserToken(userId),
  });
}
