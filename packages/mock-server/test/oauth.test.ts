import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, type MockServer } from "../src/index.js";
import { call } from "./helpers.js";

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({
    seed: 2,
    auth: { accessTokens: [], clients: [{ clientId: "app", clientSecret: "s3cret" }] },
  });
});
afterAll(() => server.close());

const basic = (id: string, secret: string) => `Basic ${btoa(`${id}:${secret}`)}`;

async function requestToken(
  authorization: string,
  body = "grant_type=client_credentials",
  target: MockServer = server,
) {
  const response = await fetch(`${target.url}/oauth/token`, {
    method: "POST",
    headers: { authorization, "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /oauth/token (client credentials)", () => {
  it("issues a bearer token the API accepts", async () => {
    const { status, body } = await requestToken(basic("app", "s3cret"));
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: "bearer", expires_in: 86400 });
    const token = String(body["access_token"]);
    expect((await call(server, "GET", "/api/v2/users", { token })).status).toBe(200);
    expect((await call(server, "GET", "/api/v2/users", { token: "made-up" })).status).toBe(401);
  });

  it("accepts the credentials as form fields too", async () => {
    const response = await fetch(`${server.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials&client_id=app&client_secret=s3cret",
    });
    expect(response.status).toBe(200);
  });

  it("refuses a wrong secret (401 invalid_client) and another grant (400)", async () => {
    const wrong = await requestToken(basic("app", "nope"));
    expect(wrong.status).toBe(401);
    expect(wrong.body["error"]).toBe("invalid_client");
    const grant = await requestToken(basic("app", "s3cret"), "grant_type=password");
    expect(grant.status).toBe(400);
    expect(grant.body["error"]).toBe("unsupported_grant_type");
  });

  it("revoked tokens are refused with 401 bad.credentials", async () => {
    const token = String((await requestToken(basic("app", "s3cret"))).body["access_token"]);
    server.revokeIssuedTokens();
    const refused = await call(server, "GET", "/api/v2/users", { token });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe("bad.credentials");
  });

  it("revoked tokens are refused also with the default (accept-any) auth", async () => {
    const open = await createMockServer();
    try {
      const token = String(
        (await requestToken(basic("any", "client"), undefined, open)).body["access_token"],
      );
      expect((await call(open, "GET", "/api/v2/users", { token })).status).toBe(200);
      open.revokeIssuedTokens();
      const refused = await call(open, "GET", "/api/v2/users", { token });
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe("bad.credentials");
      expect((await call(open, "GET", "/api/v2/users", { token: "another" })).status).toBe(200);
    } finally {
      await open.close();
    }
  });

  it("expired tokens are refused", async () => {
    const shortLived = await createMockServer({ auth: { accessTokens: [], tokenTtlSeconds: 0 } });
    try {
      const token = String(
        (await requestToken(basic("any", "client"), undefined, shortLived)).body["access_token"],
      );
      expect((await call(shortLived, "GET", "/api/v2/users", { token })).status).toBe(401);
    } finally {
      await shortLived.close();
    }
  });
});
