import { errorFromResponse, UsersApiAuthError } from "./errors.js";
import type { Redactor } from "./redact.js";
import type { Send } from "./retry.js";
import { untilAborted } from "./signals.js";
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
  /** A token, or a promise of one (the caller stops waiting for it when the call aborts). */
  get(): string | Promise<string>;
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
  return async (request, signals) => {
    let refused: Response | undefined;
    let previous: string | undefined;
    for (;;) {
      const got = tokens.get();
      // A string needs no tick; waiting for a token ends when the call aborts.
      const token = typeof got === "string" ? got : await untilAborted(got, signals);
      if (token !== added) {
        redactor.add((added = token));
        bearer = `Bearer ${token}`;
      }
      // A refresh that gave back the same token cannot help: answer with the 401.
      if (refused && token === previous) return refused;
      request.headers.set("authorization", bearer);
      const response = await send(request, signals);
      if (refused) discard(refused);
      if (response.status !== 401 || refused) return response;
      tokens.refresh?.(token);
      previous = token;
      refused = response;
    }
  };
}

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
    return lazyClientCredentials(clientCredentials, tokenUrl, send, redactor);
  }
  return undefined;
}

/**
 * The client-credentials grant, its code loaded with the first token (only server-side apps use
 * it). The secret is known to the redactor from the start; the Basic credentials made of it are
 * sent (and so known to it) only from there.
 */
function lazyClientCredentials(
  credentials: ClientCredentials,
  tokenUrl: string,
  send: TokenRequestSender,
  redactor: Redactor,
): TokenSource {
  redactor.add(credentials.clientSecret);
  let loading: Promise<unknown> | undefined;
  // Once loaded, the grant's own get and refresh take the place of these.
  const lazy: TokenSource = {
    get() {
      loading ??= import("./client-credentials.js").then(
        (grant) =>
          Object.assign(
            lazy,
            grant.clientCredentialsSource(credentials, tokenUrl, {
              send,
              redactor,
              errorFromResponse,
              AuthError: UsersApiAuthError,
            }),
          ),
        (error: unknown) => {
          loading = undefined; // tried again with the next call
          throw new UsersApiAuthError(
            {
              status: 0,
              message: "The client-credentials code did not load",
              url: tokenUrl,
            },
            { cause: error },
          );
        },
      );
      return loading.then(() => lazy.get());
    },
  };
  return lazy;
}
