import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createUsersClient, UsersApiNetworkError, UsersApiTimeoutError } from "../src/index.js";
import { user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { startServer } from "./helpers/server.js";

const fast = { baseDelayMs: 10, maxDelayMs: 50 };

describe("timeout", () => {
  it("gives up an attempt after timeoutMs with a UsersApiTimeoutError", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true });
    const client = createUsersClient({ baseUrl: server.url, timeoutMs: 100, retry: false });
    const started = Date.now();
    const error = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiTimeoutError);
    expect(error).toBeInstanceOf(UsersApiNetworkError);
    expect(error).toMatchObject({ timeoutMs: 100, attempts: 1, method: "GET" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("applies to each attempt: a slow first answer is retried", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { delayMs: 500, json: user() }, { json: user() });
    const client = createUsersClient({ baseUrl: server.url, timeoutMs: 100, retry: fast });
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(2);
  });

  it("counts attempts when every one times out", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true });
    const client = createUsersClient({
      baseUrl: server.url,
      timeoutMs: 50,
      retry: { ...fast, maxRetries: 2 },
    });
    await expect(client.users.get(USER_ID)).rejects.toMatchObject({
      name: "UsersApiTimeoutError",
      attempts: 3,
    });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(3);
  });

  it.each(["users.get", "raw GET"])(
    "still fires after a garbage collection while the request is in flight (%s)",
    async (via) => {
      // Node's fetch follows a Request's signal through a WeakRef; a collected Request used to
      // swallow the abort (the call then hung until the socket closed).
      setFlagsFromString("--expose-gc");
      const gc = runInNewContext("gc") as () => void;
      const server = await startServer();
      server.route("GET", USER_PATH, { hang: true });
      const client = createUsersClient({ baseUrl: server.url, timeoutMs: 150, retry: false });
      const started = Date.now();
      const pending = (
        via === "users.get"
          ? client.users.get(USER_ID)
          : client.GET("/api/v2/users/{userId}", { params: { path: { userId: USER_ID } } })
      ).catch((e: unknown) => e);
      for (const ms of [20, 60, 100]) setTimeout(gc, ms);
      const error = await Promise.race([
        pending,
        new Promise((resolve) => setTimeout(() => resolve("still pending"), 1500)),
      ]);
      expect(error).toBeInstanceOf(UsersApiTimeoutError);
      expect(Date.now() - started).toBeLessThan(1000);
    },
  );

  it("still fires once earlier requests have finished, and a timed-out attempt harms no later one", async () => {
    // Attempts one after the other may share an abort signal (a cost of Node's fetch).
    const server = await startServer();
    const ok = { json: user() };
    server.route("GET", USER_PATH, ok, ok, ok, { hang: true });
    const client = createUsersClient({ baseUrl: server.url, timeoutMs: 100, retry: false });
    for (let i = 0; i < 3; i++) await client.users.get(USER_ID);
    await expect(client.users.get(USER_ID)).rejects.toBeInstanceOf(UsersApiTimeoutError);
    server.route("GET", USER_PATH, ok);
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
  });

  it("can be turned off with 0, and the caller's signal still works then", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { delayMs: 300, json: user() });
    const client = createUsersClient({ baseUrl: server.url, timeoutMs: 0, retry: false });
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
    const controller = new AbortController();
    const pending = client.users.get(USER_ID, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("has a default that is not infinite", async () => {
    const { DEFAULT_TIMEOUT_MS } = await import("../src/index.js");
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  });
});

describe("abort", () => {
  it("rejects with the caller's reason while the request is in flight, and never retries", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true });
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    const controller = new AbortController();
    const pending = client.users.get(USER_ID, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(1);
  });

  it("stops waiting for a retry as soon as the caller aborts", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 429, headers: { "retry-after": "10" } });
    const client = createUsersClient({ baseUrl: server.url, retry: fast });
    const reason = new Error("user navigated away");
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.users.get(USER_ID, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(1);
  });

  it("aborts only the caller's request, not one running alongside it", async () => {
    const server = await startServer();
    const otherId = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
    server.route("GET", USER_PATH, { json: user() }, { json: user() }, { hang: true });
    server.route("GET", `/api/v2/users/${otherId}`, { delayMs: 150, json: user({ id: otherId }) });
    const client = createUsersClient({ baseUrl: server.url, retry: false });
    for (let i = 0; i < 2; i++) await client.users.get(USER_ID);
    const controller = new AbortController();
    const aborted = client.users.get(USER_ID, { signal: controller.signal });
    const other = client.users.get(otherId);
    setTimeout(() => controller.abort(), 50);
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
    await expect(other).resolves.toMatchObject({ id: otherId });
    await expect(client.users.get(otherId)).resolves.toMatchObject({ id: otherId });
  });

  it("sends nothing when the signal is already aborted", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() });
    const client = createUsersClient({ baseUrl: server.url });
    await expect(client.users.get(USER_ID, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(server.requests).toHaveLength(0);
  });

  it("honours the client-wide signal for every request, raw ones too", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true });
    const controller = new AbortController();
    const client = createUsersClient({ baseUrl: server.url, signal: controller.signal });
    const viaUsers = client.users.get(USER_ID);
    const raw = client.GET("/api/v2/users/{userId}", { params: { path: { userId: USER_ID } } });
    setTimeout(() => controller.abort(), 50);
    await expect(viaUsers).rejects.toMatchObject({ name: "AbortError" });
    await expect(raw).rejects.toMatchObject({ name: "AbortError" });
  });

  it("passes a raw method's signal through as well", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true });
    const client = createUsersClient({ baseUrl: server.url });
    const controller = new AbortController();
    const raw = client.GET("/api/v2/users/{userId}", {
      params: { path: { userId: USER_ID } },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(raw).rejects.toMatchObject({ name: "AbortError" });
  });
});
