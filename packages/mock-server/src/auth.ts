import { errorResponse, type MockResponse } from "./errors.js";

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface AuthOptions {
  /**
   * Bearer tokens the API accepts, besides those issued by `POST /oauth/token`. When left
   * out, any well-formed bearer token is accepted; `[]` accepts issued tokens only.
   */
  accessTokens?: readonly string[];
  /**
   * Bearer tokens that act for a user: token -> user id. `GET /api/v2/users/me` answers for
   * that user (404 when the store has no live user with that id). They are accepted whatever
   * `accessTokens` says. Other user tokens act for the store's `me()`.
   */
  userTokens?: Readonly<Record<string, string>>;
  /** OAuth clients `POST /oauth/token` accepts. When left out, any client id and secret. */
  clients?: readonly ClientCredentials[];
  /** How long an issued token lives, in seconds. Default 86400. */
  tokenTtlSeconds?: number;
  /**
   * The clock issued tokens expire by, in milliseconds since the epoch. Default `Date.now`;
   * a test can pass its own to see tokens expire without waiting.
   */
  now?: () => number;
}

/**
 * Who a bearer token acts for. A token issued by `POST /oauth/token` (the client-credentials
 * grant) is an OAuth client's, with no user behind it. Any other accepted token acts for a
 * user: the one it is bound to (`auth.userTokens`, `issueUserToken`), else the store's `me()`.
 */
export type Caller = { kind: "client" } | { kind: "user"; userId?: string };

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

/** What starts the subject of a token issued to a user (after `mock-`). */
const USER_MARK = "u:";

const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

/** FNV-1a, 32 bits: enough to tell this authority's tokens from others, not a security MAC. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** Milliseconds as a non-negative safe integer (an expiry of NaN is already past). */
const wholeMillis = (ms: number): number =>
  Number.isNaN(ms) ? 0 : Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.floor(ms)));

/**
 * Checks bearer tokens and issues client-credentials tokens.
 *
 * Issued tokens carry their own serial number and expiry, signed with a key of this authority,
 * so the authority keeps nothing per token: issuing any number of tokens takes no memory, and
 * a token stays refused after it expired or was revoked for as long as the authority lives
 * (forgetting it would let it fall through to the accept-any default).
 */
export class TokenAuthority {
  readonly #options: AuthOptions;
  readonly #now: () => number;
  /** Signs this authority's tokens, so that those of another server are not taken for its own. */
  readonly #key = Array.from({ length: 4 }, () =>
    Math.floor(Math.random() * 2 ** 32).toString(16),
  ).join("");
  /** The serial number of the next token issued. */
  #serial = 0;
  /** Tokens with a lower serial number were revoked. */
  #revokedBefore = 0;

  constructor(options: AuthOptions = {}) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /**
   * How many issued tokens the authority holds in memory: none, whatever it issued or revoked
   * (its memory is constant; the tokens themselves say what it needs to know).
   */
  get size(): number {
    return 0;
  }

  /** The client is accepted when no clients are configured or it is one of them. */
  acceptsClient(credentials: ClientCredentials): boolean {
    const clients = this.#options.clients;
    if (!clients) return credentials.clientId !== "" && credentials.clientSecret !== "";
    return clients.some(
      (client) =>
        client.clientId === credentials.clientId &&
        client.clientSecret === credentials.clientSecret,
    );
  }

  issue(clientId: string): IssuedToken {
    return this.#sign(encodeURIComponent(clientId));
  }

  /**
   * Issues a token bound to a user, as the login host does for a person's grant
   * (authorization code, implicit): `/users/me` answers for that user. It expires and is
   * revoked like client tokens.
   */
  issueUserToken(userId: string): IssuedToken {
    // `encodeURIComponent` escapes ":", so no client's token starts with `mock-u:`.
    return this.#sign(`${USER_MARK}${encodeURIComponent(userId)}`);
  }

  #sign(subject: string): IssuedToken {
    const expiresIn = this.#options.tokenTtlSeconds ?? 86_400;
    const expiresAt = wholeMillis(this.#now() + expiresIn * 1000);
    const serial = this.#serial++;
    // `mock-<subject>-<serial>.<expiry>.<tag>`, numbers in base 36, the tag 16 hex digits.
    const payload = `mock-${subject}-${serial.toString(36)}.${expiresAt.toString(36)}`;
    return { accessToken: `${payload}.${this.#tag(payload)}`, expiresIn };
  }

  /** Revokes every issued token, as if they had expired (for token-refresh tests). */
  revokeIssuedTokens(): void {
    this.#revokedBefore = this.#serial;
  }

  /** Undefined when the request may go on, else the 401 to send. */
  check(authorization: string | undefined): MockResponse | undefined {
    const outcome = this.authenticate(authorization);
    return "denied" in outcome ? outcome.denied : undefined;
  }

  /**
   * The 401 to send, or who the bearer token of an accepted request acts for: an OAuth client (a
   * client-credentials token this authority issued) or a user, named when the token is bound to
   * one. The token's signature is checked once.
   */
  authenticate(authorization: string | undefined): { denied: MockResponse } | { caller: Caller } {
    if (authorization === undefined || authorization.trim() === "") {
      return denied(
        "authentication.required",
        "Authentication is required: send an Authorization: Bearer <token> header.",
      );
    }
    const token = BEARER.exec(authorization)?.[1];
    if (token === undefined) {
      return denied("bad.credentials", 'The Authorization header must be "Bearer <token>".');
    }
    const issued = this.#issued(token);
    if (issued !== undefined) {
      if (issued.serial < this.#revokedBefore || issued.expiresAt <= this.#now()) {
        return denied("bad.credentials", "The access token has expired.");
      }
      return {
        caller:
          issued.userId === undefined
            ? { kind: "client" }
            : { kind: "user", userId: issued.userId },
      };
    }
    const userId = this.#boundUser(token);
    if (userId !== undefined) return { caller: { kind: "user", userId } };
    const accepted = this.#options.accessTokens;
    if (accepted && !accepted.includes(token)) {
      return denied("bad.credentials", "The access token is not valid.");
    }
    return { caller: { kind: "user" } };
  }

  /** The user `auth.userTokens` binds the token to, else undefined. */
  #boundUser(token: string): string | undefined {
    const bound = this.#options.userTokens;
    return bound !== undefined && Object.hasOwn(bound, token) ? bound[token] : undefined;
  }

  #tag(payload: string): string {
    return fnv1a(`${this.#key}:${payload}`) + fnv1a(`${payload}:${this.#key}`);
  }

  /** The serial number, expiry and user (if any) of a token this authority issued. */
  #issued(token: string): { serial: number; expiresAt: number; userId?: string } | undefined {
    if (!token.startsWith("mock-")) return undefined;
    const tagAt = token.lastIndexOf(".");
    const payload = token.slice(0, tagAt);
    if (tagAt < 0 || token.slice(tagAt + 1) !== this.#tag(payload)) return undefined;
    // Signed, so made by issue(): `mock-<client>-<serial>.<expiry>`.
    const expiryAt = payload.lastIndexOf(".");
    const serialAt = payload.lastIndexOf("-", expiryAt);
    const serial = parseInt(payload.slice(serialAt + 1, expiryAt), 36);
    const expiresAt = parseInt(payload.slice(expiryAt + 1), 36);
    const subject = payload.slice("mock-".length, serialAt);
    if (!subject.startsWith(USER_MARK)) return { serial, expiresAt };
    return { serial, expiresAt, userId: decodeURIComponent(subject.slice(USER_MARK.length)) };
  }
}

const denied = (code: string, message: string): { denied: MockResponse } => ({
  denied: errorResponse(401, code, message, {
    headers: { "www-authenticate": 'Bearer realm="users-api-mock"' },
  }),
});
