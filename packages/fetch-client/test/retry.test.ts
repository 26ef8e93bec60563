import { describe, expect, it, vi } from "vitest";
import {
  createUsersClient,
  parseRetryAfter,
  UsersApiError,
  UsersApiNetworkError,
} from "../src/index.js";
import { backoffDelay, defaultRetryPolicy } from "../src/retry.js";
import { fakeClock, flush, outcomeOrStuck, recordingFetch, track } from "./helpers/clock.js";
import { errorBody, user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { refusedUrl, startServer } from "./helpers/server.js";

const fast = { baseDelayMs: 10, maxDelayMs: 50 };
const ok = { json: user() };

describe("parseRetryAfter", () => {
  it("reads delay-seconds", () => {
    expect(parseRetryAfter("1")).toBe(1000);
    expect(parseRetryAfter(" 120 ")).toBe(120_000);
    expect(parseRetryAfter("0")).toBe(0);
  });
  it("reads an HTTP date relative to now, never negative", () => {
    const now = Date.parse("Wed, 21 Oct 2026 07:28:00 GMT");
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:03 GMT", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:27:00 GMT", now)).toBe(0);
  });
  it("ignores missing and unreadable values", () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter("-5")).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  it("draws from [0, min(max, base * 2^n)) (full jitter)", () => {
    const policy = { ...defaultRetryPolicy, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(policy, 0, () => 0.999)).toBeCloseTo(99.9);
    expect(backoffDelay(policy, 3, () => 0.5)).toBe(400);
    expect(backoffDelay(policy, 10, () => 0.5)).toBe(500);
    expect(backoffDelay(policy, 2, () => 0)).toBe(0);
  });
});

describe("retries", () => {
  it("waits as long as Retry-After: 1 says, then retries a 429", async () => {
    fakeClock();
    const server = await startServer();
    server.route(
      "GET",
      USER_PATH,
      {
        status: 429,
        headers: { "retry-after": "1" },
        json: errorBody(429, "too.many.requests", "Slow down"),
      },
      ok,
    );
    const recording = recordingFetch();
    const client = createUsersClient({ baseUrl: server.url, retry: fast, fetch: recording.fetch });
    const call = client.users.get(USER_ID);
    await recording.answersRead(1);
    await vi.advanceTimersByTimeAsync(999);
    await flush();
    expect(recording.attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(recording.attempts).toBe(2);
    await expect(call).resolves.toMatchObject({ id: USER_ID });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(2);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    // The clock, Date included, stands still until moved: on a whole second, the date two
    // seconds ahead means a wait of exactly two seconds.
    fakeClock({ date: true });
    vi.setSystemTime(Date.parse("Wed, 21 Oct 2026 07:28:00 GMT"));
    const server = await startServer();
    server.route(
      "GET",
      USER_PATH,
      () => ({
        status: 503,
        headers: { "retry-after": new Date(Date.now() + 2000).toUTCString() },
      }),
      ok,
    );
    const recording = recordingFetch();
    const client = createUsersClient({ baseUrl: server.url, retry: fast, fetch: recording.fetch });
    const call = client.users.get(USER_ID);
    await recording.answersRead(1);
    await vi.advanceTimersByTimeAsync(1999);
    await flush();
    expect(recording.attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(recording.attempts).toBe(2);
    await expect(call).resolves.toMatchObject({ id: USER_ID });
    const [first, second] = server.requestsTo("GET", USER_PATH);
    expect(second!.at - first!.at).toBe(2000);
  });

  it("backs off and retries 502, 503 and 504 until one succeeds", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 502 }, { status: 503 }, { status: 504 }, ok);
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(4);
  });

  it("stops after maxRetries and throws the last error with its status", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, {
      status: 503,
      json: errorBody(503, "service.unavailable", "Down for maintenance"),
    });
    const client = createUsersClient({ baseUrl: server.url, retry: { ...fast, maxRetries: 2 } });
    const error = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiError);
    expect(error).toMatchObject({ status: 503, code: "service.unavailable" });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(3);
  });

  it("stops when the next wait would pass maxElapsedMs", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 429, headers: { "retry-after": "5" } });
    // With the clock standing still, the call ends only if it does not wait at all.
    fakeClock();
    const client = createUsersClient({
      baseUrl: server.url,
      retry: { ...fast, maxElapsedMs: 1000 },
    });
    const error = await outcomeOrStuck(track(client.users.get(USER_ID)));
    expect(error).toMatchObject({ status: 429, retryAfter: 5 });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(1);
  });

  it("does not retry other errors", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 500 });
    server.route("GET", "/api/v2/users/missing", { status: 404 });
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({ status: 500 });
    await expect(client.users.get("missing")).rejects.toMatchObject({ status: 404 });
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry a POST that got a 5xx, but does retry its 429", async () => {
    const server = await startServer();
    const body = { name: "Charles", email: "c@example.com", divisionId: "d1" };
    server.route("POST", "/api/v2/users", { status: 503 }, ok);
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    await expect(client.users.create(body)).rejects.toMatchObject({ status: 503 });
    expect(server.requestsTo("POST", "/api/v2/users")).toHaveLength(1);

    server.route("POST", "/api/v2/users", { status: 429, headers: { "retry-after": "0" } }, ok);
    await expect(client.users.create(body)).resolves.toMatchObject({ id: USER_ID });
    const posts = server.requestsTo("POST", "/api/v2/users");
    expect(posts).toHaveLength(3);
    // The body is sent again in full.
    expect(JSON.parse(posts[2]!.body)).toEqual(body);
  });

  it("retries PATCH and DELETE on 503 with the same body", async () => {
    const server = await startServer();
    server.route("PATCH", USER_PATH, { status: 503 }, ok);
    server.route("DELETE", USER_PATH, { status: 503 }, { json: {} });
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    await client.users.update(USER_ID, { name: "Ada", version: 3 });
    await client.users.delete(USER_ID);
    const patches = server.requestsTo("PATCH", USER_PATH);
    expect(patches.map((r) => JSON.parse(r.body))).toEqual([
      { name: "Ada", version: 3 },
      { name: "Ada", version: 3 },
    ]);
    expect(server.requestsTo("DELETE", USER_PATH)).toHaveLength(2);
  });

  it("retries when the server closes the connection without answering", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { destroy: true }, { destroy: true }, ok);
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(3);
  });

  it("does not re-send a POST whose connection dropped (it may have been applied)", async () => {
    const server = await startServer();
    server.route("POST", "/api/v2/users", { destroy: true }, ok);
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    const error = await client.users
      .create({ name: "C", email: "c@example.com", divisionId: "d1" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiNetworkError);
    expect(server.requestsTo("POST", "/api/v2/users")).toHaveLength(1);
  });

  it("retries refused connections, then throws a UsersApiNetworkError", async () => {
    const url = await refusedUrl();
    const client = createUsersClient({ baseUrl: url, retry: { ...fast, maxRetries: 2 } });
    const error = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiNetworkError);
    expect(error).toMatchObject({ attempts: 3, method: "GET" });
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });

  it("does nothing of the sort with retry: false", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 429, headers: { "retry-after": "0" } }, ok);
    const client = createUsersClient({ baseUrl: server.url, retry: false });
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({ status: 429, retryAfter: 0 });
    expect(server.requests).toHaveLength(1);
  });

  it("applies to the raw typed methods too", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 503 }, ok);
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    const { data, error } = await client.GET("/api/v2/users/{userId}", {
      params: { path: { userId: USER_ID } },
    });
    expect(error).toBeUndefined();
    expect(data?.id).toBe(USER_ID);
    expect(server.requests).toHaveLength(2);
  });

  it("re-sends a raw POST's body in full after a 429", async () => {
    const server = await startServer();
    server.route("POST", "/api/v2/users", { status: 429, headers: { "retry-after": "0" } }, ok);
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    const body = { name: "Charles", email: "c@example.com", divisionId: "d1" };
    const { data } = await client.POST("/api/v2/users", { body });
    expect(data?.id).toBe(USER_ID);
    const posts = server.requestsTo("POST", "/api/v2/users");
    expect(posts.map((r) => JSON.parse(r.body))).toEqual([body, body]);
    expect(posts.map((r) => r.headers["content-type"])).toEqual([
      "application/json",
      "application/json",
    ]);
  });
});
