import { describe, expect, it } from "vitest";
import { createUsersClient, UsersApiError } from "../src/index.js";
import { errorBody, page, user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { recordingFetch } from "./helpers/clock.js";
import { startServer, type RecordedRequest } from "./helpers/server.js";

const fast = { baseDelayMs: 10, maxDelayMs: 50 };
const LIST_PATH = "/api/v2/users";
const conflict409 = {
  status: 409,
  json: errorBody(
    409,
    "general.conflict",
    "The version supplied does not match the current version of the user",
  ),
};
const conflict400 = {
  status: 400,
  json: errorBody(
    400,
    "bad.request",
    "The version supplied does not match the current version of the user",
  ),
};

const bodyOf = (request: RecordedRequest | undefined) => JSON.parse(request?.body ?? "null");

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Serves GET /api/v2/users from `total` users, paged as asked. */
function servePages(total: number) {
  return (request: RecordedRequest) => {
    const pageSize = Number(request.query.get("pageSize") ?? 25);
    const pageNumber = Number(request.query.get("pageNumber") ?? 1);
    return { json: page(pageNumber, pageSize, total) };
  };
}

describe("users.get", () => {
  it("returns the user, sending expand comma-joined and state", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({ baseUrl: server.url });
    const got = await client.users.get(USER_ID, {
      expand: ["presence", "station"],
      state: "deleted",
    });
    expect(got).toEqual(user());
    expect(server.requests[0]?.search).toBe("expand=presence,station&state=deleted");
  });

  it("throws UsersApiError for a missing user", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 404, json: errorBody(404, "not.found", "No user") });
    const client = createUsersClient({ baseUrl: server.url });
    await expect(client.users.get(USER_ID)).rejects.toBeInstanceOf(UsersApiError);
  });
});

describe("users.create and users.delete", () => {
  it("creates with a POST of the body and returns the user", async () => {
    const server = await startServer();
    server.route("POST", LIST_PATH, { json: user({ name: "Charles" }) });
    const client = createUsersClient({ baseUrl: server.url });
    const body = { name: "Charles", email: "charles@example.com", divisionId: "d1" };
    await expect(client.users.create(body)).resolves.toMatchObject({ name: "Charles" });
    expect(bodyOf(server.requests[0])).toEqual(body);
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
  });

  it("deletes and resolves with nothing (the API answers 200 {})", async () => {
    const server = await startServer();
    server.route("DELETE", USER_PATH, { json: {} });
    const client = createUsersClient({ baseUrl: server.url });
    await expect(client.users.delete(USER_ID)).resolves.toBeUndefined();
    expect(server.requestsTo("DELETE", USER_PATH)).toHaveLength(1);
  });
});

describe("users.list", () => {
  it("iterates every user across several pages", async () => {
    const server = await startServer();
    server.route("GET", LIST_PATH, servePages(7));
    const client = createUsersClient({ baseUrl: server.url });
    const users = await collect(client.users.list({ pageSize: 3, state: "any" }));
    expect(users.map((u) => u.id)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `user-${n}`));
    const requests = server.requestsTo("GET", LIST_PATH);
    expect(requests.map((r) => r.query.get("pageNumber"))).toEqual(["1", "2", "3"]);
    expect(requests.every((r) => r.query.get("state") === "any")).toBe(true);
  });

  it("yields whole pages from pages(), starting where asked", async () => {
    const server = await startServer();
    server.route("GET", LIST_PATH, servePages(10));
    const client = createUsersClient({ baseUrl: server.url });
    const pages = await collect(
      client.users.list({ pageSize: 4, pageNumber: 2, expand: ["groups", "skills"] }).pages(),
    );
    expect(pages.map((p) => [p.pageNumber, p.entities?.length])).toEqual([
      [2, 4],
      [3, 2],
    ]);
    expect(server.requests[0]?.search).toContain("expand=groups,skills");
  });

  it("stops at an empty page, and when there is no nextUri nor pageCount", async () => {
    const server = await startServer();
    server.route(
      "GET",
      LIST_PATH,
      { json: { entities: [user({ id: "a" })], nextUri: "/api/v2/users?pageNumber=2" } },
      { json: { entities: [user({ id: "b" })] } },
    );
    const client = createUsersClient({ baseUrl: server.url });
    expect((await collect(client.users.list())).map((u) => u.id)).toEqual(["a", "b"]);
    expect(server.requests).toHaveLength(2);

    server.route("GET", LIST_PATH, { json: { entities: [], pageCount: 5, pageNumber: 1 } });
    expect(await collect(client.users.list())).toEqual([]);
    expect(server.requests).toHaveLength(3);
  });

  it("stops when the server ignores pageNumber, and once total is reached", async () => {
    const server = await startServer();
    const samePage = { json: { entities: [user({ id: "a" })], pageNumber: 1, nextUri: "/next" } };
    server.route("GET", LIST_PATH, samePage, samePage, samePage);
    const client = createUsersClient({ baseUrl: server.url });
    expect((await collect(client.users.list())).map((u) => u.id)).toEqual(["a"]);
    expect(server.requests).toHaveLength(2);

    const page = (id: string) => ({
      json: { entities: [user({ id })], pageSize: 1, total: 2, nextUri: "/next" },
    });
    server.route("GET", LIST_PATH, page("x"), page("y"), page("z"));
    expect((await collect(client.users.list())).map((u) => u.id)).toEqual(["x", "y"]);
    expect(server.requests).toHaveLength(4);
  });

  it("only asks for the pages the caller consumes", async () => {
    const server = await startServer();
    server.route("GET", LIST_PATH, servePages(100));
    const client = createUsersClient({ baseUrl: server.url });
    for await (const u of client.users.list({ pageSize: 10 })) {
      if (u.id === "user-12") break;
    }
    expect(server.requests).toHaveLength(2);
  });

  it("throws the page's error", async () => {
    const server = await startServer();
    server.route("GET", LIST_PATH, servePages(9), {
      status: 400,
      json: errorBody(400, "bad.request", "pageSize too large"),
    });
    const client = createUsersClient({ baseUrl: server.url });
    await expect(collect(client.users.list({ pageSize: 3 }))).rejects.toMatchObject({
      status: 400,
      message: "pageSize too large",
    });
  });
});

describe("users.update", () => {
  it("sends the given version without reading first", async () => {
    const server = await startServer();
    server.route("PATCH", USER_PATH, { json: user({ version: 4, title: "Countess" }) });
    const client = createUsersClient({ baseUrl: server.url });
    const updated = await client.users.update(USER_ID, { title: "Countess", version: 3 });
    expect(updated.version).toBe(4);
    expect(server.requests.map((r) => r.method)).toEqual(["PATCH"]);
    expect(bodyOf(server.requests[0])).toEqual({ title: "Countess", version: 3 });
  });

  it("without a version, reads the user first and PATCHes with its version", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user({ version: 7 }) });
    server.route("PATCH", USER_PATH, { json: user({ version: 8 }) });
    const client = createUsersClient({ baseUrl: server.url });
    await client.users.update(USER_ID, { department: "Engines" });
    expect(server.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(bodyOf(server.requests[1])).toEqual({ department: "Engines", version: 7 });
  });

  it("restoring a deleted user finds it with state=deleted", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, (request) =>
      request.query.get("state") === "deleted"
        ? { json: user({ state: "deleted", version: 9 }) }
        : { status: 404, json: errorBody(404, "not.found", "No active user") },
    );
    server.route("PATCH", USER_PATH, { json: user({ version: 10 }) });
    const client = createUsersClient({ baseUrl: server.url });
    await client.users.update(USER_ID, { state: "active" });
    expect(server.requests.map((r) => `${r.method} ${r.search}`)).toEqual([
      "GET ",
      "GET state=deleted",
      "PATCH ",
    ]);
    expect(bodyOf(server.requests[2])).toEqual({ state: "active", version: 9 });
  });

  it.each([
    ["409 general.conflict", conflict409],
    ["400 'does not match the current version'", conflict400],
  ])("throws a version-conflict UsersApiError on a stale version (%s)", async (_name, reply) => {
    const server = await startServer();
    server.route("PATCH", USER_PATH, reply);
    const client = createUsersClient({ baseUrl: server.url });
    const error = await client.users
      .update(USER_ID, { name: "Ada", version: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiError);
    expect(error).toMatchObject({ status: reply.status, isVersionConflict: true });
    expect(server.requests).toHaveLength(1);
  });

  it("with retryOnConflict, re-reads and re-applies the patch", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user({ version: 5 }) }, { json: user({ version: 6 }) });
    server.route("PATCH", USER_PATH, conflict409, { json: user({ version: 7, name: "Ada" }) });
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    const updated = await client.users.update(
      USER_ID,
      { name: "Ada", version: 4 },
      { retryOnConflict: 3 },
    );
    expect(updated.version).toBe(7);
    expect(server.requests.map((r) => r.method)).toEqual(["PATCH", "GET", "PATCH"]);
    expect(server.requestsTo("PATCH", USER_PATH).map(bodyOf)).toEqual([
      { name: "Ada", version: 4 },
      { name: "Ada", version: 5 },
    ]);
  });

  it("stops waiting between conflicts when the client-wide signal aborts", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user({ version: 5 }) });
    server.route("PATCH", USER_PATH, conflict409);
    const controller = new AbortController();
    // A wait of up to a minute between the conflict and the re-read.
    const slow = { baseDelayMs: 60_000, maxDelayMs: 60_000 };
    const recording = recordingFetch();
    const client = createUsersClient({
      baseUrl: server.url,
      retry: slow,
      signal: controller.signal,
      fetch: recording.fetch,
    });
    const update = client.users.update(
      USER_ID,
      { name: "Ada", version: 4 },
      { retryOnConflict: 1 },
    );
    await recording.answersRead(1); // the conflict is read: the client waits
    controller.abort(new Error("shutting down"));
    await expect(update).rejects.toThrow("shutting down");
    expect(server.requests.map((r) => r.method)).toEqual(["PATCH"]);
  });

  it("gives up after retryOnConflict re-tries and throws the conflict", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, (_request, index) => ({ json: user({ version: 10 + index }) }));
    server.route("PATCH", USER_PATH, conflict400);
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    const error = await client.users
      .update(USER_ID, { title: "x" }, { retryOnConflict: 2 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, isVersionConflict: true });
    expect(server.requestsTo("PATCH", USER_PATH).map((r) => bodyOf(r).version)).toEqual([
      10, 11, 12,
    ]);
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(3);
  });

  it("does not re-try other errors even with retryOnConflict", async () => {
    const server = await startServer();
    server.route("PATCH", USER_PATH, {
      status: 400,
      json: errorBody(400, "invalid.value", "Value [x] is not valid for field type [email]"),
    });
    const client = createUsersClient({ baseUrl: server.url });
    await expect(
      client.users.update(USER_ID, { email: "x", version: 1 }, { retryOnConflict: 5 }),
    ).rejects.toMatchObject({ status: 400, isVersionConflict: false });
    expect(server.requests).toHaveLength(1);
  });
});
