import { TokenAuthority, type AuthOptions } from "./auth.js";

/**
 * Who a request acts for. A token issued by `POST /oauth/token` (the client-credentials grant)
 * is an OAuth client's, with no user behind it; any other accepted bearer token acts for a
 * user (the store's `me()`).
 */
export type Caller = { kind: "client" } | { kind: "user" };

export interface CallerAuthority {
  authority: TokenAuthority;
  /** The caller of an `Authorization` header the authority accepted. */
  callerOf(authorization: string | undefined): Caller;
}

/**
 * A token authority that can also tell issued tokens from others, with nothing kept per token.
 *
 * Issued tokens expire by the authority's clock (`auth.now`); other accepted tokens never do.
 * So an accepted token that is refused when the clock reads +Infinity is one the authority
 * issued: a client-credentials token. The clock reads +Infinity only while `callerOf` asks.
 */
export function createCallerAuthority(options: AuthOptions = {}): CallerAuthority {
  const clock = options.now ?? Date.now;
  let probing = false;
  const authority = new TokenAuthority({
    ...options,
    now: () => (probing ? Number.POSITIVE_INFINITY : clock()),
  });
  return {
    authority,
    callerOf(authorization) {
      probing = true;
      try {
        return authority.check(authorization) === undefined ? { kind: "user" } : { kind: "client" };
      } finally {
        probing = false;
      }
    },
  };
}
