import { errorFromResponse, UsersApiAuthError } from "./errors.js";
import type { Redactor } from "./redact.js";
import { untilAborted, type Send } from "./retry.js";
import { discard } from "./timeout.js";

/** OAuth client-credentials grant (server-side only: never ship a client secret to a browser). */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** Token endpoint; default `https://login.{region host}/oauth/token`. */
  tokenUrl?: string | undefined;
}

export interface AuthOptions {
  /** A bearer token to send as is. */
  accessToken?: string | undefined;
  /** Called before every request; cache in it if fetching a token is expensive. */
  getAccessToken?: (() => string | Promise<string>) | undefined;
  /** Fetch, cache and refresh tokens with the client-credentials grant. */
  clientCredentials?: ClientCredentials | undefined;
}

/** Where the bearer token of each request comes from. */
export interface TokenSource {
  get(signal?: AbortSignal): string | Promise<string>;
  /**
   * Called with a token the API refused (401) before the source is asked again; the request is
   * re-sent once if that gives another token.
   */
  refresh?(refused: string): void;
}

/** Sends the token request (without bearer auth), retried like an idempotent request. */
export type TokenRequestSender = (request: Request) => Promise<Response>;

/**
 * Adds the bearer token to every request `send` sends, and sends it once more with a new token
 * after a 401 when the source can give one. Every token is remembered by the redactor.
 */
export function withAuth(send: Send, tokens: TokenSource | undefined, redactor: Redactor): Send {
  if (!tokens) return send;
  let added: string | undefined; // the last token given to the redactor (it keeps every one)
  let bearer = ""; // its header value, made once per token
  return async (request, signal) => {
    let refused: Response | undefined;
    let previous: string | undefined;
    for (;;) {
      const got = tokens.get(signal);
      const token = typeof got === "string" ? got : await got; // a string needs no tick
      if (token !== added) {
        redactor.add((added = token));
        bearer = `Bearer ${token}`;
      }
      // A refresh that gave back the same token cannot help: answer with the 401.
      if (refused && token === previous) return refused;
      request.headers.set("authorization", bearer);
      const response = await send(request, signal);
      if (refused) discard(refused);
      if (response.status !== 401 || refused) return response;
      tokens.refresh?.(token);
      previous = token;
      refused = response;
    }
  };
}

// A token is refreshed this long before it expires (or at 90 % of its life if that is shorter).
const EXPIRY_MARGIN_MS = 60_000;

export function createTokenSource(
  options: AuthOptions,
  defaultTokenUrl: () => string,
  send: TokenRequestSender,
  redactor: Redactor,
): TokenSource | undefined {
  const { accessToken, getAccessToken, clientCredentials } = options;
  const given = [accessToken, getAccessToken, clientCredentials].filter((x) => x !== undefined);
  if (given.length > 1) {
    throw new TypeError("Pass only one of accessToken, getAccessToken, clientCredentials");
  }
  if (accessToken !== undefined) return { get: () => accessToken };
  if (getAccessToken) {
    return { get: () => getAccessToken() }; // asked again after a 401
  }
  if (clientCredentials) {
    const tokenUrl = clientCredentials.tokenUrl ?? defaultTokenUrl();
    return clientCredentialsSource(clientCredentials, tokenUrl, send, redactor);
  }
  return undefined;
}

function base64Utf8(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function clientCredentialsSource(
  credentials: ClientCredentials,
  tokenUrl: string,
  send: TokenRequestSender,
  redactor: Redactor,
): TokenSource {
  // The vendor's login server takes the Basic credentials as plain `id:secret` in base64.
  const basic = base64Utf8(`${credentials.clientId}:${credentials.clientSecret}`);
  redactor.add(credentials.clientSecret);
  redactor.add(basic);

  let cached: { token: string; refreshAt: number } | undefined;
  // One token request at a time, shared by every caller that needs a token meanwhile.
  let pending: Promise<string> | undefined;

  async function requestToken(): Promise<string> {
    const response = await send(
      new Request(tokenUrl, {
        method: "POST",
        headers: {
          authorization: `Basic ${basic}`,
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
        },
        body: "grant_type=client_credentials",
      }),
    );
    const text = await response.text();
    let payload: unknown = text;
    try {
      payload = JSON.parse(text);
    } catch {
      // keep the text for the error
    }
    const info = { method: "POST", url: tokenUrl };
    if (!response.ok) {
      throw errorFromResponse(response, payload, redactor, info, UsersApiAuthError);
    }
    const { access_token: token, expires_in: expiresIn } = (payload ?? {}) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    if (typeof token !== "string" || token === "") {
      throw new UsersApiAuthError({
        status: response.status,
        message: "No access_token in the token response",
        ...info,
      });
    }
    redactor.add(token);
    // Without an expiry the token is kept until the API refuses it (Infinity stays Infinity).
    const lifetimeMs = typeof expiresIn === "number" && expiresIn > 0 ? expiresIn * 1000 : Infinity;
    cached = {
      token,
      refreshAt: Date.now() + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 10),
    };
    return token;
  }

  return {
    get(signal) {
      if (cached && Date.now() < cached.refreshAt) return cached.token;
      if (!pending) {
        pending = requestToken().finally(() => {
          pending = undefined;
        });
        // Callers that gave up (aborted) must not turn a failure into an unhandled rejection.
        pending.catch(() => {});
      }
      return untilAborted(pending, signal);
    },
    refresh(refused) {
      if (cached?.token === refused) cached = undefined;
    },
  };
}
