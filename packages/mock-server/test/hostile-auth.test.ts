// Issued tokens must not cost memory per token, and must stay refused once expired or revoked,
// also when any other token is accepted. Time is a fake clock: no test here waits.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { TokenAuthority, type AuthOptions } from "../src/auth.js";
import { createMockServer } from "../src/index.js";
import { call } from "./helpers.js";

/** A clock that moves only when told to. */
function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

const bearer = (token: string) => `Bearer ${token}`;

function authority(options: AuthOptions = {}) {
  const clock = fakeClock();
  return { clock, auth: new TokenAuthority({ now: clock.now, ...options }) };
}

describe("TokenAuthority keeps nothing per issued token", () => {
  it("100,000 short-lived tokens later it holds no more than before", () => {
    const { clock, auth } = authority({ tokenTtlSeconds: 1 });
    expect(auth.size).toBe(0);
    let last = "";
    for (let i = 0; i < 100_000; i++) {
      last = auth.issue(`client-${i % 7}`).accessToken;
      clock.advance(10); // 100 tokens live at any time
    }
    expect(auth.size).toBe(0);
    // ...and still knows the last one (live) from one that expired long ago.
    expect(auth.check(bearer(last))).toBeUndefined();
    clock.advance(1_000);
    expect(auth.check(bearer(last))?.status).toBe(401);
  });

  it("issuing 100,000 tokens leaves the heap (after a full GC) less than 2 MB bigger", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const { clock, auth } = authority({ tokenTtlSeconds: 3600 });
    auth.issue("warm-up");
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100_000; i++) {
      auth.issue("app");
      clock.advance(1);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // A Map of the tokens (all live for an hour) would hold ~500 B each: about 50 MB.
    expect(grown).toBeLessThan(2 * 1024 * 1024);
    expect(auth.check(bearer(auth.issue("app").accessToken))).toBeUndefined(); // keeps it alive
  });

  it("an issued token is 401 once its ttl has passed, by the injected clock", () => {
    const { clock, auth } = authority({ tokenTtlSeconds: 60 });
    const { accessToken, expiresIn } = auth.issue("app");
    expect(expiresIn).toBe(60);
    clock.advance(59_999);
    expect(auth.check(bearer(accessToken))).toBeUndefined();
    clock.advance(1);
    const refused = auth.check(bearer(accessToken));
    expect(refused?.status).toBe(401);
    expect(refused?.body).toMatchObject({ code: "bad.credentials" });
  });

  it("tokenTtlSeconds 0 gives tokens that are expired at once", () => {
    const { auth } = authority({ tokenTtlSeconds: 0 });
    expect(auth.check(bearer(auth.issue("app").accessToken))?.status).toBe(401);
  });
});

describe("expired and revoked tokens stay refused with the accept-any default", () => {
  it("an expired token is refused long after its expiry, while made-up tokens pass", () => {
    const { clock, auth } = authority({ tokenTtlSeconds: 1 });
    const old = auth.issue("app").accessToken;
    for (let i = 0; i < 1_000; i++) {
      auth.issue("other");
      clock.advance(1_000);
    }
    expect(auth.check(bearer(old))?.status).toBe(401);
    expect(auth.check(bearer("made-up"))).toBeUndefined();
  });

  it("a revoked token is refused before and after its original expiry", () => {
    const { clock, auth } = authority({ tokenTtlSeconds: 10 });
    const revoked = auth.issue("app").accessToken;
    auth.revokeIssuedTokens();
    const fresh = auth.issue("app").accessToken;
    expect(auth.check(bearer(revoked))?.status).toBe(401);
    expect(auth.check(bearer(fresh))).toBeUndefined();
    clock.advance(3_600_000);
    for (let i = 0; i < 100; i++) auth.issue("app");
    expect(auth.check(bearer(revoked))?.status).toBe(401);
    expect(auth.size).toBe(0);
  });
});

describe("only this authority's tokens count as issued", () => {
  it("a token of another authority is not taken for an issued one", () => {
    const strict = authority({ accessTokens: [] });
    const other = authority({ accessTokens: [] });
    const foreign = other.auth.issue("app").accessToken;
    expect(other.auth.check(bearer(foreign))).toBeUndefined();
    expect(strict.auth.check(bearer(foreign))?.body).toMatchObject({ code: "bad.credentials" });
  });

  it("a token whose expiry or serial was edited is not valid", () => {
    const { auth } = authority({ accessTokens: [], tokenTtlSeconds: 1 });
    const token = auth.issue("app").accessToken;
    const [payload = "", tag = ""] = [
      token.slice(0, token.lastIndexOf(".")),
      token.slice(token.lastIndexOf(".") + 1),
    ];
    const later = payload.replace(/\.[0-9a-z]+$/, ".zzzzzzzzz");
    for (const forged of [`${later}.${tag}`, `${payload}0.${tag}`, `${payload}.${tag}0`]) {
      expect(auth.check(bearer(forged))?.status, forged).toBe(401);
    }
    expect(auth.check(bearer(token))).toBeUndefined();
  });

  it("client ids with dashes, dots and non-ASCII characters round-trip", () => {
    const { auth } = authority({ accessTokens: [] });
    for (const client of ["a-b-c", "a.b.c", "ünï-cødé", "-", "."]) {
      expect(auth.check(bearer(auth.issue(client).accessToken)), client).toBeUndefined();
    }
  });
});

describe("over HTTP, with auth.now", () => {
  it("POST /oauth/token issues a token that expires by the server's clock", async () => {
    const clock = fakeClock();
    const server = await createMockServer({
      seed: 1,
      auth: { now: clock.now, tokenTtlSeconds: 30 },
    });
    try {
      const response = await fetch(`${server.url}/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials&client_id=app&client_secret=s",
      });
      const token = String(((await response.json()) as Record<string, unknown>)["access_token"]);
      expect((await call(server, "GET", "/api/v2/users", { token })).status).toBe(200);
      clock.advance(30_000);
      const refused = await call(server, "GET", "/api/v2/users", { token });
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe("bad.credentials");
      // Accept-any still accepts tokens it did not issue.
      expect((await call(server, "GET", "/api/v2/users", { token: "mine" })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
