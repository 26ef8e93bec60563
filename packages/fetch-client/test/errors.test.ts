import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  createUsersClient,
  isVersionConflict,
  UsersApiError,
  UsersApiNetworkError,
} from "../src/index.js";
import { errorBody, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { refusedUrl, startServer } from "./helpers/server.js";

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/** Every way an error is commonly turned into text. */
function renderings(error: Error): string[] {
  return [error.message, String(error), error.stack ?? "", JSON.stringify(error), inspect(error)];
}

describe("UsersApiError", () => {
  it("carries status, code, message, contextId, correlationId and body from an ErrorBody", async () => {
    const server = await startServer();
    const body = errorBody(
      404,
      "general.resource.not.found",
      "Unable to find a user with that userId",
    );
    server.route("GET", USER_PATH, {
      status: 404,
      headers: { "inin-correlation-id": "corr-123" },
      json: body,
    });
    const client = createUsersClient({ baseUrl: server.url });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toBeInstanceOf(UsersApiError);
    expect(error).toMatchObject({
      name: "UsersApiError",
      status: 404,
      code: "general.resource.not.found",
      message: "Unable to find a user with that userId",
      contextId: "ctx-404-general.resource.not.found",
      correlationId: "corr-123",
      method: "GET",
      url: `${server.url}${USER_PATH}`,
      body,
      isVersionConflict: false,
    });
    expect(String(error)).toBe("UsersApiError: Unable to find a user with that userId");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      status: 404,
      correlationId: "corr-123",
    });
  });

  it("gives retryAfter in seconds", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, {
      status: 429,
      headers: { "retry-after": "30" },
      json: errorBody(429, "too.many.requests", "Rate limit exceeded"),
    });
    const client = createUsersClient({ baseUrl: server.url, retry: false });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toMatchObject({ status: 429, retryAfter: 30, code: "too.many.requests" });
  });

  it("turns a non-JSON body into a readable message and keeps the text", async () => {
    const server = await startServer();
    const html =
      "<html><head><title>502</title></head><body><h1>Bad Gateway</h1> upstream died</body></html>";
    server.route("GET", USER_PATH, {
      status: 502,
      headers: { "content-type": "text/html" },
      body: html,
    });
    const client = createUsersClient({ baseUrl: server.url, retry: false });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toMatchObject({ status: 502, code: undefined, body: undefined, text: html });
    expect(error.message).toBe("HTTP 502 Bad Gateway: 502 Bad Gateway upstream died");
  });

  it("still says something useful for an empty body", async () => {
    const server = await startServer();
    server.route("DELETE", USER_PATH, { status: 403 });
    const client = createUsersClient({ baseUrl: server.url });
    const error = await failure(client.users.delete(USER_ID));
    expect(error).toMatchObject({ status: 403, message: "HTTP 403 Forbidden", body: undefined });
  });

  it("recognises stale-version errors: 409 general.conflict and the 400 variant", () => {
    const conflict = new UsersApiError({ status: 409, code: "general.conflict", message: "x" });
    const badRequest = new UsersApiError({
      status: 400,
      code: "bad.request",
      message: "The version supplied does not match the current version of the user",
    });
    const other400 = new UsersApiError({ status: 400, code: "bad.request", message: "Bad email" });
    expect(conflict.isVersionConflict).toBe(true);
    expect(badRequest.isVersionConflict).toBe(true);
    expect(other400.isVersionConflict).toBe(false);
    expect(isVersionConflict(conflict)).toBe(true);
    expect(isVersionConflict(new Error("409"))).toBe(false);
  });
});

describe("secrets never leak into errors", () => {
  const clientSecret = "very-secret-client-secret-42";

  it("scrubs the access token when the API echoes it back", async () => {
    const server = await startServer();
    const accessToken = "at-abcdef0123456789";
    server.route("GET", USER_PATH, {
      status: 401,
      json: {
        status: 401,
        code: "bad.credentials",
        message: `Token ${accessToken} is not valid`,
        details: [{ fieldName: "Authorization", entityName: `Bearer ${accessToken}` }],
      },
    });
    const client = createUsersClient({ baseUrl: server.url, accessToken });
    const error = await failure(client.users.get(USER_ID));
    expect(error.message).toBe("Token [REDACTED] is not valid");
    for (const text of renderings(error)) expect(text).not.toContain(accessToken);
  });

  it("scrubs a token echoed percent-encoded", async () => {
    const server = await startServer();
    const accessToken = "at/with+odd=chars0123";
    server.route("GET", USER_PATH, {
      status: 400,
      json: {
        code: "bad.request",
        message: `Bad redirect ?token=${encodeURIComponent(accessToken)}`,
        messageWithParams: `https://example.com/cb?token=${encodeURIComponent(accessToken)}`,
      },
    });
    const client = createUsersClient({ baseUrl: server.url, accessToken, retry: false });
    const error = await failure(client.users.get(USER_ID));
    expect(error.message).toBe("Bad redirect ?token=[REDACTED]");
    for (const text of renderings(error))
      expect(text).not.toContain(encodeURIComponent(accessToken));
  });

  it("scrubs issued tokens and the client secret from every error", async () => {
    const server = await startServer();
    server.route("POST", "/oauth/token", {
      json: { access_token: "issued-token-xyz", expires_in: 600 },
    });
    server.route("GET", USER_PATH, {
      status: 500,
      headers: { "content-type": "text/plain" },
      body: `crash dump: authorization=Bearer issued-token-xyz secret=${clientSecret}`,
    });
    const client = createUsersClient({
      baseUrl: server.url,
      retry: false,
      clientCredentials: {
        clientId: "id-1",
        clientSecret,
        tokenUrl: `${server.url}/oauth/token`,
      },
    });
    const error = await failure(client.users.get(USER_ID));
    for (const text of renderings(error)) {
      expect(text).not.toContain("issued-token-xyz");
      expect(text).not.toContain(clientSecret);
    }
    expect(error.message).toContain("[REDACTED]");
  });

  it("scrubs the client secret and Basic credentials from token endpoint errors", async () => {
    const server = await startServer();
    const basic = Buffer.from(`id-1:${clientSecret}`).toString("base64");
    server.route("POST", "/oauth/token", {
      status: 401,
      json: { error: "invalid_client", error_description: `bad secret ${clientSecret} (${basic})` },
    });
    const client = createUsersClient({
      baseUrl: server.url,
      clientCredentials: { clientId: "id-1", clientSecret, tokenUrl: `${server.url}/oauth/token` },
    });
    const error = await failure(client.users.get(USER_ID));
    expect(error.name).toBe("UsersApiAuthError");
    for (const text of renderings(error)) {
      expect(text).not.toContain(clientSecret);
      expect(text).not.toContain(basic);
    }
  });

  it("keeps network errors free of credentials", async () => {
    const url = await refusedUrl();
    const client = createUsersClient({
      baseUrl: url,
      accessToken: "net-token-123456",
      retry: false,
    });
    const error = await failure(client.users.get(USER_ID));
    expect(error).toBeInstanceOf(UsersApiNetworkError);
    for (const text of renderings(error)) expect(text).not.toContain("net-token-123456");
  });
});
