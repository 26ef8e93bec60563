import { describe, expect, it, vi } from "vitest";
import { createUsersClient, regionHosts, UsersApiAuthError } from "../src/index.js";
import { user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { startServer, type RecordedRequest, type TestServer } from "./helpers/server.js";

const fast = { baseDelayMs: 10, maxDelayMs: 50 };
const TOKEN_PATH = "/oauth/token";
const credentials = { clientId: "client-id-1", clientSecret: "s3cr3t-client-secret" };

/** A token endpoint that hands out token-1, token-2, ... */
function serveTokens(server: TestServer, expiresIn = 86_399, delayMs = 0) {
  server.route("POST", TOKEN_PATH, (_request, index) => ({
    delayMs,
    json: { access_token: `token-${index + 1}`, token_type: "bearer", expires_in: expiresIn },
  }));
}

const bearer = (request: RecordedRequest | undefined) => request?.headers.authorization;

describe("static and callback tokens", () => {
  it("sends accessToken as a bearer token", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({ baseUrl: server.url, accessToken: "static-token" });
    await client.users.get(USER_ID);
    expect(bearer(server.requests[0])).toBe("Bearer static-token");
  });

  it("asks getAccessToken before every request, and again once after a 401", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() }, { status: 401 }, { json: user() });
    let calls = 0;
    const client = createUsersClient({
      baseUrl: server.url,
      getAccessToken: async () => `cb-token-${++calls}`,
    });
    await client.users.get(USER_ID);
    await client.users.get(USER_ID);
    expect(server.requests.map(bearer)).toEqual([
      "Bearer cb-token-1",
      "Bearer cb-token-2",
      "Bearer cb-token-3",
    ]);
  });

  it("does not re-send after a 401 when getAccessToken gives the same token", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 401 });
    const client = createUsersClient({ baseUrl: server.url, getAccessToken: () => "same-token" });
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({ status: 401 });
    expect(server.requests).toHaveLength(1);
  });

  it("stops waiting for getAccessToken's token as soon as the call is aborted, and sends nothing", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      getAccessToken: () => new Promise<string>(() => {}), // never settles
    });
    const controller = new AbortController();
    const call = client.users.get(USER_ID, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(0);
  });

  it("sends no Authorization header without auth options", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() });
    await createUsersClient({ baseUrl: server.url }).users.get(USER_ID);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("refuses more than one way to authenticate", () => {
    expect(() => createUsersClient({ accessToken: "a", getAccessToken: () => "b" })).toThrow(
      /only one/,
    );
  });
});

describe("client credentials", () => {
  it("posts the grant with Basic credentials and uses the token it gets", async () => {
    const server = await startServer();
    serveTokens(server);
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
      userAgent: "users-api-tests/1.0",
    });
    await client.users.get(USER_ID);
    const [tokenRequest, apiRequest] = server.requests;
    expect(tokenRequest?.method).toBe("POST");
    expect(tokenRequest?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(tokenRequest?.body).toBe("grant_type=client_credentials");
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString(
      "base64",
    );
    expect(tokenRequest?.headers.authorization).toBe(`Basic ${basic}`);
    expect(tokenRequest?.headers["user-agent"]).toBe("users-api-tests/1.0");
    expect(bearer(apiRequest)).toBe("Bearer token-1");
    expect(apiRequest?.headers["user-agent"]).toBe("users-api-tests/1.0");
  });

  it("caches the token across calls", async () => {
    const server = await startServer();
    serveTokens(server);
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
    });
    for (let i = 0; i < 5; i++) await client.users.get(USER_ID);
    expect(server.requestsTo("POST", TOKEN_PATH)).toHaveLength(1);
    expect(server.requestsTo("GET", USER_PATH).map(bearer)).toEqual(
      Array(5).fill("Bearer token-1"),
    );
  });

  it("shares one token request among 20 concurrent calls", async () => {
    const server = await startServer();
    serveTokens(server, 3600, 50);
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
    });
    await Promise.all(Array.from({ length: 20 }, () => client.users.get(USER_ID)));
    expect(server.requestsTo("POST", TOKEN_PATH)).toHaveLength(1);
    const gets = server.requestsTo("GET", USER_PATH);
    expect(gets).toHaveLength(20);
    expect(new Set(gets.map(bearer))).toEqual(new Set(["Bearer token-1"]));
  });

  it("gets a new token shortly before the old one expires", async () => {
    // Date stands still until the test moves it: the token's age is what the test says.
    vi.useFakeTimers({ toFake: ["Date"] });
    const server = await startServer();
    // A 1 s token is refreshed at 90 % of its life.
    serveTokens(server, 1);
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
    });
    try {
      await client.users.get(USER_ID);
      vi.advanceTimersByTime(850);
      await client.users.get(USER_ID);
      vi.advanceTimersByTime(100);
      await client.users.get(USER_ID);
    } finally {
      vi.useRealTimers();
    }
    expect(server.requestsTo("GET", USER_PATH).map(bearer)).toEqual([
      "Bearer token-1",
      "Bearer token-1",
      "Bearer token-2",
    ]);
    expect(server.requestsTo("POST", TOKEN_PATH)).toHaveLength(2);
  });

  it("on a 401 fetches a new token once and re-sends the request", async () => {
    const server = await startServer();
    serveTokens(server);
    server.route("GET", USER_PATH, { status: 401 }, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
    });
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
    expect(server.requestsTo("POST", TOKEN_PATH)).toHaveLength(2);
    expect(server.requestsTo("GET", USER_PATH).map(bearer)).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("refreshes only once per call: a second 401 is the caller's error", async () => {
    const server = await startServer();
    serveTokens(server);
    server.route("GET", USER_PATH, {
      status: 401,
      json: { status: 401, code: "bad.credentials", message: "Invalid login credentials." },
    });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
    });
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({
      status: 401,
      code: "bad.credentials",
    });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(2);
    expect(server.requestsTo("POST", TOKEN_PATH)).toHaveLength(2);
  });

  it("shares one refresh among concurrent calls that got a 401 with the same token", async () => {
    const server = await startServer();
    serveTokens(server, 3600, 30);
    server.route("GET", USER_PATH, (request) =>
      request.headers.authorization === "Bearer token-1" ? { status: 401 } : { json: user() },
    );
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
    });
    await client.users.get(USER_ID);
    expect(server.requestsTo("POST", TOKEN_PATH)).toHaveLength(2);
    await Promise.all(Array.from({ length: 5 }, () => client.users.get(USER_ID)));
    expect(server.requestsTo("POST", TOKEN_PATH)).toHaveLength(2);
  });

  it("retries a token endpoint that answers 503", async () => {
    const server = await startServer();
    server.route("POST", TOKEN_PATH, { status: 503 }, { json: { access_token: "tok-after-503" } });
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      retry: fast,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
    });
    await client.users.get(USER_ID);
    expect(bearer(server.requestsTo("GET", USER_PATH)[0])).toBe("Bearer tok-after-503");
  });

  it("reports a refused grant as UsersApiAuthError, and asks again on the next call", async () => {
    const server = await startServer();
    server.route(
      "POST",
      TOKEN_PATH,
      { status: 400, json: { error: "invalid_client", error_description: "Unknown client" } },
      { json: { access_token: "tok-2" } },
    );
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { ...credentials, tokenUrl: `${server.url}${TOKEN_PATH}` },
    });
    const error = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiAuthError);
    expect(error).toMatchObject({
      status: 400,
      code: "invalid_client",
      message: "Unknown client",
    });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(0);
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
  });

  it("defaults the token URL to the region's login host (and the API to its api host)", async () => {
    // The injected fetch answers locally: this checks where requests would go, nothing more.
    const urls: string[] = [];
    const client = createUsersClient({
      region: regionHosts.eu_west_1,
      clientCredentials: credentials,
      fetch: async (input) => {
        const url = typeof input === "string" ? input : input.url;
        urls.push(url);
        return url.endsWith("/oauth/token")
          ? Response.json({ access_token: "tok", expires_in: 60 })
          : Response.json(user());
      },
    });
    await client.users.get(USER_ID);
    expect(urls).toEqual([
      "https://login.mypurecloud.ie/oauth/token",
      `https://api.mypurecloud.ie${USER_PATH}`,
    ]);
  });

  it("derives the login host from an https://api.{host} baseUrl", async () => {
    const urls: string[] = [];
    const client = createUsersClient({
      baseUrl: "https://api.example.test",
      clientCredentials: credentials,
      fetch: async (input) => {
        const url = typeof input === "string" ? input : input.url;
        urls.push(url);
        return Response.json(url.includes("/oauth/") ? { access_token: "t" } : user());
      },
    });
    await client.users.get(USER_ID);
    expect(urls[0]).toBe("https://login.example.test/oauth/token");
  });

  it("will not guess a token URL for any other baseUrl", () => {
    expect(() =>
      createUsersClient({ baseUrl: "http://127.0.0.1:1", clientCredentials: credentials }),
    ).toThrow(/tokenUrl/);
  });
});
