import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import {
  createUsersClient,
  UsersApiError,
  UsersApiNetworkError,
  UsersApiResponseValidationError,
  type UsersClient,
} from "../src/index.js";
import { bulkReply, countingFetch, cursorPage, patches, searchPage } from "./helpers/everyday.js";
import { errorBody, user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { startServer, type RecordedRequest, type TestServer } from "./helpers/server.js";

const ME_PATH = "/api/v2/users/me";
const SEARCH_PATH = "/api/v2/users/search";
const QUERY_PATH = "/api/v2/users/query";
const BULK_PATH = "/api/v2/users/bulk";
const STATE_PATH = `${USER_PATH}/state`;
const ROUTING_PATH = `${USER_PATH}/routingstatus`;

const bodyOf = (request: RecordedRequest | undefined) => JSON.parse(request?.body ?? "null");
const ids = (list: { id?: string | undefined }[]) => list.map((u) => u.id);
const conflict = { status: 409, json: errorBody(409, "general.conflict", "Version mismatch") };

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Serves a search of 3 pages: POST gives page 1, GET ?q64=page-N gives page N. */
function serveSearch(server: TestServer) {
  server.route("POST", SEARCH_PATH, { json: searchPage(1, 3, ["a", "b"], "page-2") });
  server.route("GET", SEARCH_PATH, (request) => {
    const n = Number(request.query.get("q64")?.replace("page-", ""));
    const next = n < 3 ? `page-${n + 1}` : undefined;
    return { json: searchPage(n, 3, n < 3 ? [`${n}a`, `${n}b`] : ["last"], next) };
  });
}

describe("users.me", () => {
  it("returns the calling user, sending expand comma-joined", async () => {
    const server = await startServer();
    const me = { ...user(), token: { organization: { id: "org" } }, date: { currentDate: "x" } };
    server.route("GET", ME_PATH, { json: me });
    const client = createUsersClient({ baseUrl: server.url, accessToken: "t" });
    await expect(
      client.users.me({
        expand: ["organization", "token"],
        integrationPresenceSource: "ZoomPhone",
      }),
    ).resolves.toEqual(me);
    expect(server.requests.map((r) => `${r.method} ${r.path}?${r.search}`)).toEqual([
      `GET ${ME_PATH}?expand=organization,token&integrationPresenceSource=ZoomPhone`,
    ]);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer t");

    await client.users.me();
    expect(server.requests[1]?.search).toBe("");
  });

  it("throws the API's refusal (a token without a user)", async () => {
    const server = await startServer();
    server.route("GET", ME_PATH, {
      status: 400,
      json: errorBody(400, "not.a.user", "This request requires a user context"),
    });
    const client = createUsersClient({ baseUrl: server.url });
    const error = await client.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiError);
    expect(error).toMatchObject({ status: 400, code: "not.a.user" });
  });
});

describe("users.search", () => {
  it("posts the request, then follows nextPage with GET ?q64= through every page", async () => {
    const server = await startServer();
    serveSearch(server);
    const client = createUsersClient({ baseUrl: server.url });
    const request = {
      pageSize: 2,
      expand: ["presence", "groups"],
      query: [{ type: "EXACT" as const, fields: ["state"], value: "active" }],
    };
    const found = await collect(client.users.search(request));
    expect(ids(found)).toEqual(["a", "b", "2a", "2b", "last"]);
    expect(server.requests.map((r) => `${r.method} ${r.search}`)).toEqual([
      "POST ",
      "GET q64=page-2&expand=presence,groups",
      "GET q64=page-3&expand=presence,groups",
    ]);
    expect(bodyOf(server.requests[0])).toEqual(request);
    expect(server.requests[1]?.body).toBe("");
  });

  it("pages() yields each UsersSearchResponse, asking only for the pages consumed", async () => {
    const server = await startServer();
    serveSearch(server);
    const client = createUsersClient({ baseUrl: server.url });
    const pages = await collect(client.users.search({ pageSize: 2 }).pages());
    expect(pages.map((p) => [p.pageNumber, p.results.length, p.nextPage])).toEqual([
      [1, 2, "page-2"],
      [2, 2, "page-3"],
      [3, 1, undefined],
    ]);
    expect(server.requests).toHaveLength(3);

    for await (const found of client.users.search({ pageSize: 2 })) {
      if (found.id === "2a") break;
    }
    expect(server.requests).toHaveLength(5);
  });

  it("takes nextPage as the API sends it: a URI with a percent-encoded q64", async () => {
    const server = await startServer();
    const next = `${SEARCH_PATH}?q64=H4sIAAA%2BbC%3D%3D`;
    server.route("POST", SEARCH_PATH, { json: searchPage(1, 2, ["a"], next) });
    server.route("GET", SEARCH_PATH, { json: searchPage(2, 2, ["b"]) });
    const client = createUsersClient({ baseUrl: server.url });
    expect(ids(await collect(client.users.search({})))).toEqual(["a", "b"]);
    const get = server.requestsTo("GET", SEARCH_PATH);
    expect(get).toHaveLength(1);
    expect(get[0]?.query.get("q64")).toBe("H4sIAAA+bC==");
    expect(get[0]?.search).toBe("q64=H4sIAAA%2BbC%3D%3D");
  });

  it("stops on the last page although it has a nextPage, on a repeated token and on no results", async () => {
    const server = await startServer();
    // The API sends a nextPage on the last page too.
    server.route("POST", SEARCH_PATH, { json: searchPage(1, 1, ["only"], "page-2") });
    const client = createUsersClient({ baseUrl: server.url });
    expect(ids(await collect(client.users.search({})))).toEqual(["only"]);
    expect(server.requests).toHaveLength(1);

    // A server that ignores q64 and serves the same page again.
    server.route("POST", SEARCH_PATH, { json: searchPage(1, 9, ["a"], "same") });
    server.route("GET", SEARCH_PATH, { json: searchPage(1, 9, ["a"], "same") });
    expect(ids(await collect(client.users.search({})))).toEqual(["a", "a"]);
    expect(server.requests).toHaveLength(3);

    server.route("POST", SEARCH_PATH, { json: searchPage(1, 9, [], "page-2") });
    expect(await collect(client.users.search({}))).toEqual([]);
    expect(server.requests).toHaveLength(4);
  });

  it("throws a page's error", async () => {
    const server = await startServer();
    server.route("POST", SEARCH_PATH, { json: searchPage(1, 3, ["a"], "page-2") });
    server.route("GET", SEARCH_PATH, {
      status: 400,
      json: errorBody(400, "invalid.q64", "The q64 token has expired"),
    });
    const client = createUsersClient({ baseUrl: server.url });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const found of client.users.search({})) seen.push(found.id!);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["a"]);
    expect(error).toMatchObject({ status: 400, code: "invalid.q64" });
  });
});

describe("users.query", () => {
  it("follows the cursor of each page until a page has none", async () => {
    const server = await startServer();
    server.route(
      "GET",
      QUERY_PATH,
      { json: cursorPage(["a", "b"], "c1") },
      { json: cursorPage(["c", "d"], "c2") },
      { json: cursorPage(["e"]) },
    );
    const client = createUsersClient({ baseUrl: server.url });
    const found = await collect(
      client.users.query({ pageSize: 2, state: "any", expand: ["presence", "station"] }),
    );
    expect(ids(found)).toEqual(["a", "b", "c", "d", "e"]);
    expect(server.requests.map((r) => r.search)).toEqual([
      "pageSize=2&state=any&expand=presence,station",
      "pageSize=2&state=any&expand=presence,station&cursor=c1",
      "pageSize=2&state=any&expand=presence,station&cursor=c2",
    ]);
  });

  it("pages() yields each UserCursorEntityListing; a cursor option starts there", async () => {
    const server = await startServer();
    server.route("GET", QUERY_PATH, (request) => {
      const cursor = request.query.get("cursor");
      return cursor === "c7" ? { json: cursorPage(["h"], "c8") } : { json: cursorPage(["i", "j"]) };
    });
    const client = createUsersClient({ baseUrl: server.url });
    const pages = await collect(client.users.query({ cursor: "c7" }).pages());
    expect(pages.map((p) => [ids(p.entities ?? []), p.cursor])).toEqual([
      [["h"], "c8"],
      [["i", "j"], undefined],
    ]);
    expect(server.requests.map((r) => r.query.get("cursor"))).toEqual(["c7", "c8"]);
  });

  it("stops on a repeated cursor and on an empty page", async () => {
    const server = await startServer();
    server.route("GET", QUERY_PATH, { json: cursorPage(["a"], "same") });
    const client = createUsersClient({ baseUrl: server.url });
    expect(ids(await collect(client.users.query()))).toEqual(["a", "a"]);
    expect(server.requests).toHaveLength(2);

    server.route("GET", QUERY_PATH, { json: cursorPage([], "more") });
    expect(await collect(client.users.query())).toEqual([]);
    expect(server.requests).toHaveLength(3);
  });
});

describe("users.bulkUpdate", () => {
  it("sends 120 patches as 3 chunks; a failed chunk is reported, the others still apply", async () => {
    const server = await startServer();
    server.route(
      "PATCH",
      BULK_PATH,
      (r) => bulkReply(r.body),
      { status: 400, json: errorBody(400, "invalid.value", "User bulk-77 cannot auto-answer") },
      (r) => bulkReply(r.body),
    );
    const counter = countingFetch();
    const client = createUsersClient({ baseUrl: server.url, fetch: counter.fetch });
    const all = patches(120);
    const result = await client.users.bulkUpdate(all);

    const sent = server.requestsTo("PATCH", BULK_PATH).map(bodyOf);
    expect(sent).toEqual([all.slice(0, 50), all.slice(50, 100), all.slice(100)]);
    expect(server.requests).toHaveLength(3);
    expect(counter.max).toBe(1); // one chunk at a time

    expect(ids(result.updated)).toEqual([...ids(all.slice(0, 50)), ...ids(all.slice(100))]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]?.patches).toEqual(all.slice(50, 100));
    expect(result.failed[0]?.error).toBeInstanceOf(UsersApiError);
    expect(result.failed[0]?.error).toMatchObject({
      status: 400,
      code: "invalid.value",
      message: "User bulk-77 cannot auto-answer",
    });
  });

  it("retries a chunk refused with 429 before sending the next", async () => {
    const server = await startServer();
    const tooMany = {
      status: 429,
      headers: { "retry-after": "0" },
      json: errorBody(429, "too.many.requests", "Rate limit exceeded"),
    };
    const ok = (r: RecordedRequest) => bulkReply(r.body);
    server.route("PATCH", BULK_PATH, ok, tooMany, ok);
    const client = createUsersClient({ baseUrl: server.url });
    const all = patches(75);
    const result = await client.users.bulkUpdate(all);
    expect(server.requestsTo("PATCH", BULK_PATH).map((r) => bodyOf(r).length)).toEqual([
      50, 25, 25,
    ]);
    expect(ids(result.updated)).toEqual(ids(all));
    expect(result.failed).toEqual([]);
  });

  it("reports a chunk that got no response, and carries on", async () => {
    const server = await startServer();
    const ok = (r: RecordedRequest) => bulkReply(r.body);
    server.route("PATCH", BULK_PATH, { destroy: true }, ok);
    const client = createUsersClient({ baseUrl: server.url, retry: false });
    const result = await client.users.bulkUpdate(patches(60));
    expect(result.failed.map((f) => [f.patches.length, f.error.constructor])).toEqual([
      [50, UsersApiNetworkError],
    ]);
    expect(result.updated).toHaveLength(10);
  });

  it("sends nothing for no patches, and throws for misuse", async () => {
    const server = await startServer();
    const client = createUsersClient({ baseUrl: server.url });
    await expect(client.users.bulkUpdate([])).resolves.toEqual({ updated: [], failed: [] });
    for (const misuse of [undefined, null, "bulk-1", { id: "bulk-1" }]) {
      await expect(client.users.bulkUpdate(misuse as never)).rejects.toThrow(TypeError);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("an abort rejects the call and sends no further chunk", async () => {
    const server = await startServer();
    const controller = new AbortController();
    server.route(
      "PATCH",
      BULK_PATH,
      (r) => bulkReply(r.body),
      (r) => {
        controller.abort();
        return bulkReply(r.body);
      },
    );
    const client = createUsersClient({ baseUrl: server.url });
    await expect(
      client.users.bulkUpdate(patches(150), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(2);
  });
});

describe("users.state", () => {
  const stateChange = (version: number, state = "active") => ({
    state,
    version,
    stateChangeReason: "Leave",
    stateChangeDate: "2024-05-01T10:00:00.000Z",
  });

  it("get reads the user's state", async () => {
    const server = await startServer();
    server.route("GET", STATE_PATH, { json: stateChange(4) });
    const client = createUsersClient({ baseUrl: server.url });
    await expect(client.users.state.get(USER_ID)).resolves.toEqual(stateChange(4));
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${STATE_PATH}`]);
  });

  it("set without a version reads it first, then PUTs the change with it", async () => {
    const server = await startServer();
    server.route("GET", STATE_PATH, { json: stateChange(4) });
    server.route("PUT", STATE_PATH, { json: stateChange(5, "inactive") });
    const client = createUsersClient({ baseUrl: server.url });
    const changed = await client.users.state.set(USER_ID, {
      state: "inactive",
      stateChangeReason: "Leave",
    });
    expect(changed).toEqual(stateChange(5, "inactive"));
    expect(server.requests.map((r) => r.method)).toEqual(["GET", "PUT"]);
    expect(bodyOf(server.requests[1])).toEqual({
      state: "inactive",
      stateChangeReason: "Leave",
      version: 4,
    });
    expect(server.requests[1]?.headers["content-type"]).toBe("application/json");
  });

  it("set with a version PUTs at once; a conflict throws, or is re-read with retryOnConflict", async () => {
    const server = await startServer();
    server.route("PUT", STATE_PATH, conflict, { json: stateChange(8, "inactive") });
    server.route("GET", STATE_PATH, { json: stateChange(7) });
    const client = createUsersClient({ baseUrl: server.url, retry: false });
    await expect(
      client.users.state.set(USER_ID, { state: "inactive", version: 2 }),
    ).rejects.toMatchObject({ status: 409, isVersionConflict: true });
    expect(server.requests.map((r) => r.method)).toEqual(["PUT"]);

    server.route("PUT", STATE_PATH, conflict, { json: stateChange(8, "inactive") });
    await client.users.state.set(
      USER_ID,
      { state: "inactive", version: 2 },
      { retryOnConflict: 1 },
    );
    expect(server.requests.slice(1).map((r) => `${r.method} ${r.body}`)).toEqual([
      `PUT {"state":"inactive","version":2}`,
      "GET ",
      `PUT {"state":"inactive","version":7}`,
    ]);
  });
});

describe("users.routingStatus", () => {
  it("get reads it; set PUTs a status value or a whole body", async () => {
    const server = await startServer();
    const status = { userId: USER_ID, status: "IDLE", startTime: "2024-05-01T10:00:00.000Z" };
    server.route("GET", ROUTING_PATH, { json: status });
    server.route("PUT", ROUTING_PATH, (r) => ({ json: { ...status, ...bodyOf(r) } }));
    const client = createUsersClient({ baseUrl: server.url });
    await expect(client.users.routingStatus.get(USER_ID)).resolves.toEqual(status);
    await expect(client.users.routingStatus.set(USER_ID, "OFF_QUEUE")).resolves.toMatchObject({
      status: "OFF_QUEUE",
    });
    await client.users.routingStatus.set(USER_ID, { status: "IDLE" });
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.body}`)).toEqual([
      `GET ${ROUTING_PATH} `,
      `PUT ${ROUTING_PATH} {"status":"OFF_QUEUE"}`,
      `PUT ${ROUTING_PATH} {"status":"IDLE"}`,
    ]);
  });
});

describe("the helpers over either request path", () => {
  function script(server: TestServer) {
    serveSearch(server);
    server.route("GET", ME_PATH, { json: user() });
    server.route("GET", QUERY_PATH, { json: cursorPage(["a"], "c1") }, { json: cursorPage(["b"]) });
    server.route("PATCH", BULK_PATH, (r) => bulkReply(r.body));
    server.route("GET", STATE_PATH, { json: { state: "active", version: 3 } });
    server.route("PUT", STATE_PATH, { json: { state: "inactive", version: 4 } });
    server.route("GET", ROUTING_PATH, { json: { status: "IDLE" } });
    server.route("PUT", ROUTING_PATH, { json: { status: "OFF_QUEUE" } });
  }

  async function exercise(client: UsersClient) {
    return [
      await client.users.me({ expand: ["presence"] }),
      await collect(client.users.search({ expand: ["presence"] })),
      await collect(client.users.query({ pageSize: 1 })),
      await client.users.bulkUpdate(patches(60)),
      await client.users.state.set(USER_ID, { state: "inactive" }),
      await client.users.routingStatus.set(USER_ID, "OFF_QUEUE"),
    ];
  }

  const wire = (r: RecordedRequest) => [r.method, r.path, r.search, r.body];

  it("send the same requests, and give the same results, with middleware registered", async () => {
    const direct = await startServer();
    script(direct);
    const plain = await exercise(createUsersClient({ baseUrl: direct.url }));

    const viaMiddleware = await startServer();
    script(viaMiddleware);
    const client = createUsersClient({ baseUrl: viaMiddleware.url });
    const seen: string[] = [];
    const middleware: Middleware = {
      onRequest({ request }) {
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
      },
    };
    client.use(middleware);
    expect(await exercise(client)).toEqual(plain);

    expect(viaMiddleware.requests.map(wire)).toEqual(direct.requests.map(wire));
    expect(seen).toHaveLength(direct.requests.length);
    expect(seen).toContain(`PUT ${STATE_PATH}`);
  });

  it("with validateResponses, a bulk chunk whose response breaks the spec is a failed chunk", async () => {
    const server = await startServer();
    server.route(
      "PATCH",
      BULK_PATH,
      { json: { entities: [{ id: "x", version: "not a number" }] } },
      (r) => bulkReply(r.body),
    );
    server.route("GET", ME_PATH, { json: { ...user(), token: { any: "thing" } } });
    const client = createUsersClient({ baseUrl: server.url, validateResponses: true });
    const result = await client.users.bulkUpdate(patches(51));
    expect(result.updated.map((u) => u.id)).toEqual(["bulk-50"]);
    expect(result.failed[0]?.error).toBeInstanceOf(UsersApiResponseValidationError);
    expect(result.failed[0]?.error).toMatchObject({ schema: "UserEntityListing" });
    await expect(client.users.me()).resolves.toMatchObject({ id: USER_ID });
  });
});
