import { errorFromResponse, UsersApiAuthError } from "./errors.js";
import type { Redactor } from "./redact.js";
import type { Reply } from "./transport.js";

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
   * Called with a token the API refused (401). Present when asking again can give another
   * token, so the request is re-sent once.
   */
  refresh?(refused: string): void;
}

/** POSTs to the token endpoint, without bearer auth and retried like an idempotent request. */
export type TokenRequestSender = (
  url: string,
  headers: Record<string, string>,
  body: string,
) => Promise<Reply>;

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
    throw new TypeError("Pass only one of accessToken, getAccessToken and clientCredentials");
  }
  if (accessToken !== undefined) {
    redactor.addSecret(accessToken);
    return { get: () => accessToken };
  }
  if (getAccessToken) {
    return {
      async get() {
        const token = await getAccessToken();
        redactor.addToken(token);
        return token;
      },
      refresh() {
        // getAccessToken is asked again on the re-send.
      },
    };
  }
  if (clientCredentials) {
    const tokenUrl = clientCredentials.tokenUrl ?? defaultTokenUrl();
    return clientCredentialsSource(clientCredentials, tokenUrl, send, redactor);
  }
  return undefined;
}

function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Resolves like `promise`, but rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function clientCredentialsSource(
  credentials: ClientCredentials,
  tokenUrl: string,
  send: TokenRequestSender,
  redactor: Redactor,
): TokenSource {
  // The vendor's login server takes the Basic credentials as plain `id:secret` in base64.
  const basic = base64Utf8(`${credentials.clientId}:${credentials.clientSecret}`);
  redactor.addSecret(credentials.clientSecret);
  redactor.addSecret(basic);

  let cached: { token: string; refreshAt: number } | undefined;
  // One token request at a time, shared by every caller that needs a token meanwhile.
  let pending: Promise<string> | undefined;

  async function requestToken(): Promise<string> {
    const { response, body } = await send(
      tokenUrl,
      {
        authorization: `Basic ${basic}`,
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
      },
      "grant_type=client_credentials",
    );
    const text = new TextDecoder().decode(body);
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
        message: "The token response has no access_token",
        ...info,
      });
    }
    redactor.addToken(token);
    const lifetimeMs =
      typeof expiresIn === "number" && expiresIn > 0 ? expiresIn * 1000 : undefined;
    cached = {
      token,
      refreshAt:
        lifetimeMs === undefined
          ? Number.POSITIVE_INFINITY
          : Date.now() + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 10),
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
