// Loaded on demand by auth.ts. It imports nothing of the client at run time: what it needs is
// passed in (GrantTools), since code it shared with what loaded up front would be split off by a
// bundler into a chunk of its own, loaded up front as well.
import type { ClientCredentials, TokenRequestSender, TokenSource } from "./auth.js";
import type { errorFromResponse, UsersApiAuthError } from "./errors.js";
import type { Redactor } from "./redact.js";

/** What the grant uses of the client. */
export interface GrantTools {
  send: TokenRequestSender;
  redactor: Redactor;
  errorFromResponse: typeof errorFromResponse;
  AuthError: typeof UsersApiAuthError;
}

// A token is refreshed this long before it expires (or at 90 % of its life if that is shorter).
const EXPIRY_MARGIN_MS = 60_000;

function base64Utf8(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/** Fetches, caches and refreshes tokens with the client-credentials grant. */
export function clientCredentialsSource(
  credentials: ClientCredentials,
  tokenUrl: string,
  { send, redactor, errorFromResponse, AuthError }: GrantTools,
): TokenSource {
  // The vendor's login server takes the Basic credentials as plain `id:secret` in base64.
  const basic = base64Utf8(`${credentials.clientId}:${credentials.clientSecret}`);
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
      throw errorFromResponse(response, payload, redactor, info, AuthError);
    }
    const { access_token: token, expires_in: expiresIn } = (payload ?? {}) as {
      access_token?: unknown;
      expires_in?: unknown;
    };
    if (typeof token !== "string" || token === "") {
      throw new AuthError({
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
    get() {
      if (cached && Date.now() < cached.refreshAt) return cached.token;
      if (!pending) {
        pending = requestToken().finally(() => {
          pending = undefined;
        });
        // Callers that gave up (aborted) must not turn a failure into an unhandled rejection.
        pending.catch(() => {});
      }
      return pending;
    },
    refresh(refused) {
      if (cached?.token === refused) cached = undefined;
    },
  };
}
