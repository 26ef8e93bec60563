// Servers that answer with what no well-behaved API sends: every failure must still be a
// UsersApiError, carry no credential the client ever held, and cost time linear in the response.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  createUsersClient,
  UsersApiError,
  UsersApiNetworkError,
  UsersApiResponseValidationError,
} from "../src/index.js";
import { outcomeOrStuck, track } from "./helpers/clock.js";
import { user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { refusedUrl, startServer } from "./helpers/server.js";

/** Every way an error is commonly turned into text. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  return [e.message, String(e), e.stack ?? "", JSON.stringify(e), inspect(e, { depth: 8 })];
}

async function failure(promise: Promise<unknown>): Promise<UsersApiError> {
  const outcome = await outcomeOrStuck(track(promise));
  expect(outcome).toBeInstanceOf(UsersApiError);
  return outcome as UsersApiError;
}

const getUser = (client: ReturnType<typeof createUsersClient>) =>
  client.GET("/api/v2/users/{userId}", { params: { path: { userId: USER_ID } } });

describe("hostile servers", () => {
  it("summarises a 502 of 2,000,000 '<' without blocking the event loop", async () => {
    // The old summary (/<[^>]*>/g over the whole body) took 8-9 s for 80,000 '<' and grew with
    // the square of the size: this one would hang for hours. Now only a bounded prefix is read.
    const server = await startServer();
    server.route("GET", USER_PATH, {
      status: 502,
      headers: { "content-type": "text/html" },
      body: "<".repeat(2_000_000),
    });
    const client = createUsersClient({ baseUrl: server.url, retry: false, timeoutMs: 5_000 });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toMatchObject({ status: 502, body: undefined });
    expect(error.text).toHaveLength(4096);
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toMatch(/^HTTP 502 Bad Gateway: <+…$/);
  });

  it("redacts the token from the issue paths of validateResponses", async () => {
    const accessToken = "tok-in-a-path-0123456789";
    const server = await startServer();
    server.route("GET", USER_PATH, {
      // providerInfo maps names to strings: the token as a key with a number gives an issue
      // whose path names the token.
      json: user({
        station: { associatedStation: { providerInfo: { [accessToken]: 42 as never } } },
      } as never),
    });
    const client = createUsersClient({ baseUrl: server.url, accessToken, validateResponses: true });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toBeInstanceOf(UsersApiResponseValidationError);
    const { issues } = error as UsersApiResponseValidationError;
    expect(issues[0]?.path).toBe("/station/associatedStation/providerInfo/[REDACTED]");
    for (const text of [...renderings(error), JSON.stringify(issues)]) {
      expect(text).not.toContain(accessToken);
    }
  });

  it("redacts every token a getAccessToken minted, not just the newest ones", async () => {
    const server = await startServer();
    const CALLS = 20;
    // The server answers once all 20 requests are in, each with the token it was sent.
    server.route("GET", USER_PATH, async (request) => {
      await server.waitForRequests("GET", USER_PATH, CALLS);
      return { status: 500, json: { message: `refused ${request.headers.authorization}` } };
    });
    let minted = 0;
    const tokens: string[] = [];
    const client = createUsersClient({
      baseUrl: server.url,
      retry: false,
      getAccessToken: () => {
        const token = `minted-token-${String(++minted).padStart(4, "0")}-abcdef`;
        tokens.push(token);
        return token;
      },
    });
    const errors = await Promise.all(
      Array.from({ length: CALLS }, () => failure(client.users.get(USER_ID))),
    );
    expect(tokens).toHaveLength(CALLS);
    for (const error of errors) {
      expect(error.message).toBe("refused Bearer [REDACTED]");
      for (const text of renderings(error))
        for (const token of tokens) expect(text).not.toContain(token);
    }
  });

  it("never lets a __proto__ key become the prototype of error.body or feed error.code", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, {
      status: 400,
      headers: { "content-type": "application/json" },
      body: '{"__proto__":{"code":"polluted","contextId":"evil","isAdmin":true},"message":"Bad"}',
    });
    const client = createUsersClient({ baseUrl: server.url });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toMatchObject({ status: 400, message: "Bad", code: undefined });
    expect(error.contextId).toBeUndefined();
    expect(Object.getPrototypeOf(error.body)).toBe(Object.prototype);
    expect(Object.keys(error.body!)).toEqual(["message"]);
    expect((error.body as Record<string, unknown>)["isAdmin"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["isAdmin"]).toBeUndefined();
  });

  it("turns an error body nested 100,000 levels deep into a UsersApiError, not a RangeError", async () => {
    const depth = 100_000;
    const server = await startServer();
    server.route("GET", USER_PATH, {
      status: 400,
      headers: { "content-type": "application/json" },
      body: `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
    });
    server.route("DELETE", USER_PATH, {
      status: 409,
      headers: { "content-type": "application/json" },
      body: `${"[".repeat(depth)}${"]".repeat(depth)}`,
    });
    const client = createUsersClient({ baseUrl: server.url });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toMatchObject({ status: 400, message: "HTTP 400 Bad Request" });
    let level: unknown = error.body;
    for (let i = 0; i < 64; i++) level = (level as { a: unknown }).a;
    expect(level).toBe("[too deep]");
    for (const text of renderings(error)) expect(text.length).toBeLessThan(100_000);

    const arrays = await failure(client.users.delete(USER_ID));
    expect(arrays).toMatchObject({ status: 409, body: undefined });
    expect(arrays.text).toContain('"[too deep]"');
  });

  it("rejects a 200 that is not JSON with a UsersApiError that does not quote the body", async () => {
    const accessToken = "tok-quoted-in-html-98765";
    const html = `<html><body>session ${accessToken} expired</body></html>`;
    const server = await startServer();
    server.route("GET", USER_PATH, {
      headers: { "content-type": "text/html", "inin-correlation-id": "c-200" },
      body: html,
    });
    const client = createUsersClient({ baseUrl: server.url, accessToken });
    for (const call of [client.users.get(USER_ID), getUser(client)]) {
      const error = await failure(call);
      expect(error).toMatchObject({
        name: "UsersApiError",
        status: 200,
        message: "HTTP 200: the response body is not JSON",
        correlationId: "c-200",
        method: "GET",
        url: `${server.url}${USER_PATH}`,
      });
      for (const text of renderings(error)) {
        expect(text).not.toContain(accessToken);
        expect(text).not.toContain("expired");
      }
    }
  });

  it("makes every failure a UsersApiError: network errors and timeouts too", async () => {
    const client = createUsersClient({ baseUrl: await refusedUrl(), retry: false });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toBeInstanceOf(UsersApiNetworkError);
    expect(error.status).toBe(0);
  });
});

describe("misuse", () => {
  it.each(["", "api.mypurecloud.ie", "/api/v2", "ftp://api.example.com", "https//x", "not a url"])(
    "refuses the baseUrl %j with a TypeError",
    (baseUrl) => {
      expect(() => createUsersClient({ baseUrl })).toThrow(TypeError);
      expect(() => createUsersClient({ baseUrl })).toThrow(/absolute http\(s\) URL/);
    },
  );

  it("takes http and https base URLs", () => {
    expect(() => createUsersClient({ baseUrl: "http://127.0.0.1:1" })).not.toThrow();
    expect(() => createUsersClient({ baseUrl: "https://api.mypurecloud.ie/" })).not.toThrow();
  });
});
