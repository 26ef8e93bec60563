import { errorResponse, type MockResponse } from "./errors.js";
import { createPrng } from "./prng.js";

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
  /** OAuth clients `POST /oauth/token` accepts. When left out, any client id and secret. */
  clients?: readonly ClientCredentials[];
  /** How long an issued token lives, in seconds. Default 86400. */
  tokenTtlSeconds?: number;
}

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

/** Checks bearer tokens and issues client-credentials tokens. */
export class TokenAuthority {
  readonly #options: AuthOptions;
  readonly #issued = new Map<string, number>();
  readonly #prng = createPrng(0x70ce7);

  constructor(options: AuthOptions = {}) {
    this.#options = options;
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
    const expiresIn = this.#options.tokenTtlSeconds ?? 86_400;
    const accessToken = `mock-${encodeURIComponent(clientId)}-${this.#prng.uuid()}`;
    this.#issued.set(accessToken, Date.now() + expiresIn * 1000);
    return { accessToken, expiresIn };
  }

  /** Revokes every issued token, as if they had expired (for token-refresh tests). */
  revokeIssuedTokens(): void {
    // Keep them, expired: a forgotten token would fall through to the accept-any default.
    for (const token of this.#issued.keys()) this.#issued.set(token, 0);
  }

  /** Undefined when the request may go on, else the 401 to send. */
  check(authorization: string | undefined): MockResponse | undefined {
    if (authorization === undefined || authorization.trim() === "") {
      return unauthorized(
        "authentication.required",
        "Authentication is required: send an Authorization: Bearer <token> header.",
      );
    }
    const token = BEARER.exec(authorization)?.[1];
    if (token === undefined) {
      return unauthorized("bad.credentials", 'The Authorization header must be "Bearer <token>".');
    }
    const expiry = this.#issued.get(token);
    if (expiry !== undefined) {
      return expiry > Date.now()
        ? undefined
        : unauthorized("bad.credentials", "The access token has expired.");
    }
    const accepted = this.#options.accessTokens;
    if (accepted && !accepted.includes(token)) {
      return unauthorized("bad.credentials", "The access token is not valid.");
    }
    return undefined;
  }
}

const unauthorized = (code: string, message: string): MockResponse =>
  errorResponse(401, code, message, {
    headers: { "www-authenticate": 'Bearer realm="users-api-mock"' },
  });
