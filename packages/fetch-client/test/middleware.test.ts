import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createUsersClient } from "../src/index.js";
import { errorBody, page, user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { startServer, type RecordedRequest } from "./helpers/server.js";

/** What the server saw of a request, minus what varies between runs. */
const wire = (r: RecordedRequest) => ({
  method: r.method,
  path: r.path,
  search: r.search,
  body: r.body,
  authorization: r.headers.authorization,
  contentType: r.headers["content-type"],
  userAgent: r.headers["user-agent"],
  custom: r.headers["x-team"],
});

async function exercise(client: ReturnType<typeof createUsersClient>) {
  await client.users.get(USER_ID, {
    expand: ["presence", "authorization.unusedRoles"],
    state: "active",
  });
  for await (const _ of client.users.list({ pageSize: 2, state: "any", id: ["a b", "c/d"] }))
    void _;
  await client.users.update(USER_ID, { name: "Ada & Co", addresses: [] });
  await client.users.create({ name: "C", email: "c@example.com", divisionId: "d" });
  await client.users.delete(USER_ID);
  await client.users.get(USER_ID, { expand: [] });
}

function scriptServer(server: Awaited<ReturnType<typeof startServer>>) {
  server.route("GET", USER_PATH, { json: user() });
  server.route("PATCH", USER_PATH, { json: user({ version: 4 }) });
  server.route("DELETE", USER_PATH, { json: {} });
  server.route("POST", "/api/v2/users", { json: user() });
  server.route("GET", "/api/v2/users", (r) => ({
    json: page(Number(r.query.get("pageNumber")), 2, 3),
  }));
}

describe("middleware and users.*", () => {
  it("users.* send the same requests with and without middleware", async () => {
    const options = {
      accessToken: "tok-123456",
      userAgent: "ua-test/1",
      headers: { "x-team": "directory" },
    };
    const direct = await startServer();
    scriptServer(direct);
    await exercise(createUsersClient({ ...options, baseUrl: direct.url }));

    const viaMiddleware = await startServer();
    scriptServer(viaMiddleware);
    const client = createUsersClient({ ...options, baseUrl: viaMiddleware.url });
    client.use({ onRequest: () => undefined });
    await exercise(client);

    expect(direct.requests.length).toBeGreaterThan(5);
    expect(direct.requests.map(wire)).toEqual(viaMiddleware.requests.map(wire));
    expect(direct.requests[0]?.search).toBe(
      "expand=presence,authorization.unusedRoles&state=active",
    );
  });

  it("middleware sees users.* calls while registered, and not after eject", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({ baseUrl: server.url });
    const seen: string[] = [];
    const logger: Middleware = {
      onResponse({ request, response }) {
        seen.push(`${request.method} ${new URL(request.url).pathname} ${response.status}`);
      },
    };
    client.use(logger);
    await client.users.get(USER_ID);
    client.eject(logger);
    await client.users.get(USER_ID);
    expect(seen).toEqual([`GET ${USER_PATH} 200`]);
    expect(server.requests).toHaveLength(2);
  });

  it("a middleware may replace the request with a new Request (openapi-fetch's pattern)", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() });
    server.route("PATCH", USER_PATH, { json: user({ version: 4 }) });
    const client = createUsersClient({ baseUrl: server.url, accessToken: "tok-123456" });
    client.use({
      onRequest: ({ request }) => {
        const headers = new Headers(request.headers);
        headers.set("x-team", "directory");
        return new Request(request, { headers });
      },
    });
    await client.users.get(USER_ID);
    await client.users.update(USER_ID, { name: "Ada", version: 3 });
    expect(server.requests.map(wire)).toEqual([
      expect.objectContaining({
        method: "GET",
        custom: "directory",
        authorization: "Bearer tok-123456",
      }),
      expect.objectContaining({
        method: "PATCH",
        custom: "directory",
        body: '{"name":"Ada","version":3}',
      }),
    ]);
  });

  it("errors look the same on both paths", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, {
      status: 404,
      headers: { "inin-correlation-id": "c-1" },
      json: errorBody(404, "not.found", "No such user"),
    });
    const plain = createUsersClient({ baseUrl: server.url });
    const withMiddleware = createUsersClient({ baseUrl: server.url });
    withMiddleware.use({ onRequest: () => undefined });
    const [a, b] = await Promise.all(
      [plain, withMiddleware].map((c) => c.users.get(USER_ID).catch((e: unknown) => e)),
    );
    expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
    expect(a).toMatchObject({ status: 404, code: "not.found", correlationId: "c-1" });
  });
});
