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

export function createCallerAuthority(options: AuthOptions = {}): CallerAuthority {
  const authority = new TokenAuthority(options);
  return {
    authority,
    callerOf: (authorization) =>
      authority.isIssued(authorization) ? { kind: "client" } : { kind: "user" },
  };
}
