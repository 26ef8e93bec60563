import { errorFromResponse, UsersApiAuthError } from "./errors.js";
import type { Redactor } from "./redact.js";
import { untilAborted } from "./retry.js";
import type { TokenRequestSender, TokenSource } from "./auth.js";

// A token is refreshed this long before it expires (or at 90 % of its life if that is shorter).
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Fetches, caches and refreshes tokens with the client-credentials grant; `basic` is the
 * `id:secret` pair in base64, already known to the redactor.
 */
export function clientCredentialsSource(
  basic: string,
  tokenUrl: string,
  send: TokenRequestSender,
  redactor: Redactor,
): TokenSource {
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
