import { getEventListeners } from "node:events";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";
import {
  createUsersClient,
  DEFAULT_TIMEOUT_MS,
  UsersApiNetworkError,
  UsersApiTimeoutError,
} from "../src/index.js";
import { fakeClock, flush, outcomeOrStuck, recordingFetch, track } from "./helpers/clock.js";
import { user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { startServer } from "./helpers/server.js";

// Waits between retries of at most 50 ms: less than the timeouts below, so that moving the clock
// by one timeout plus one wait never reaches the next attempt's timeout.
const fast = { baseDelayMs: 10, maxDelayMs: 50 };

/** A route answered by `answer` only once `release` is called. */
function held<T>(answer: T): { reply: () => Promise<T>; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { reply: () => released.then(() => answer), release };
}

/** A server answering USER_PATH with a user and its content-length (the body is read as is). */
async function serveUserOfKnownLength() {
  const server = await startServer();
  const body = JSON.stringify(user());
  server.route("GET", USER_PATH, {
    headers: { "content-type": "application/json", "content-length": `${body.length}` },
    body,
  });
  return server;
}

describe("timeout", () => {
  it("gives up an attempt after timeoutMs with a UsersApiTimeoutError", async () => {
    fakeClock();
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true });
    const client = createUsersClient({ baseUrl: server.url, timeoutMs: 100, retry: false });
    const call = track(client.users.get(USER_ID));
    await server.waitForRequests("GET", USER_PATH, 1);
    await vi.advanceTimersByTimeAsync(99);
    await flush();
    expect(call.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcomeOrStuck(call);
    expect(error).toBeInstanceOf(UsersApiTimeoutError);
    expect(error).toBeInstanceOf(UsersApiNetworkError);
    expect(error).toMatchObject({ timeoutMs: 100, attempts: 1, method: "GET" });
  });

  it("applies to each attempt: a slow first answer is retried", async () => {
    fakeClock();
    const server = await startServer();
    const slow = held({ json: user() });
    server.route("GET", USER_PATH, slow.reply, { json: user() });
    const client = createUsersClient({ baseUrl: server.url, timeoutMs: 100, retry: fast });
    const call = client.users.get(USER_ID);
    await server.waitForRequests("GET", USER_PATH, 1);
    // The first attempt times out, and the retry is sent after its wait.
    await vi.advanceTimersByTimeAsync(100 + fast.maxDelayMs);
    await expect(call).resolves.toMatchObject({ id: USER_ID });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(2);
    slow.release();
  });

  it("never cuts short an attempt that shares the time limit of an earlier one", async () => {
    // Attempts that start within a hundredth of timeoutMs (at most 100 ms) share one timer.
    fakeClock({ date: true });
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true }, { hang: true });
    const timeoutMs = 10_000;
    const client = createUsersClient({ baseUrl: server.url, timeoutMs, retry: false });
    const first = track(client.users.get(USER_ID));
    await server.waitForRequests("GET", USER_PATH, 1);
    await vi.advanceTimersByTimeAsync(60);
    const second = track(client.users.get(USER_ID));
    await server.waitForRequests("GET", USER_PATH, 2);
    await vi.advanceTimersByTimeAsync(timeoutMs - 1);
    await flush();
    expect(second.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    for (const call of [first, second]) {
      expect(await outcomeOrStuck(call)).toMatchObject({ name: "UsersApiTimeoutError", timeoutMs });
    }
  });

  it("counts attempts when every one times out", async () => {
    fakeClock();
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true });
    const timeoutMs = 100;
    const client = createUsersClient({
      baseUrl: server.url,
      timeoutMs,
      retry: { ...fast, maxRetries: 2 },
    });
    const call = track(client.users.get(USER_ID));
    // Each attempt times out only once the server has it (the clock stands still meanwhile).
    for (let attempt = 1; attempt <= 3; attempt++) {
      await server.waitForRequests("GET", USER_PATH, attempt);
      expect(call.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(timeoutMs + fast.maxDelayMs);
    }
    const error = await outcomeOrStuck(call);
    expect(error).toMatchObject({ name: "UsersApiTimeoutError", attempts: 3 });
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(3);
  });

  it.each(["users.get", "raw GET"])(
    "still fires after a garbage collection while the request is in flight (%s)",
    async (via) => {
      // Node's fetch follows a Request's signal through a WeakRef; a collected Request used to
      // swallow the abort (the call then hung until the socket closed).
      setFlagsFromString("--expose-gc");
      const gc = runInNewContext("gc") as () => void;
      fakeClock();
      const server = await startServer();
      server.route("GET", USER_PATH, { hang: true });
      const client = createUsersClient({ baseUrl: server.url, timeoutMs: 150, retry: false });
      const call = track(
        via === "users.get"
          ? client.users.get(USER_ID)
          : client.GET("/api/v2/users/{userId}", { params: { path: { userId: USER_ID } } }),
      );
      await server.waitForRequests("GET", USER_PATH, 1);
      for (let i = 0; i < 3; i++) {
        gc();
        await flush();
      }
      await vi.advanceTimersByTimeAsync(150);
      expect(await outcomeOrStuck(call)).toBeInstanceOf(UsersApiTimeoutError);
    },
  );

  it("still fires once earlier requests have finished, and a timed-out attempt harms no later one", async () => {
    // Attempts one after the other may share an abort signal (a cost of Node's fetch).
    fakeClock();
    const server = await startServer();
    const ok = { json: user() };
    server.route("GET", USER_PATH, ok, ok, ok, { hang: true });
    const client = createUsersClient({ baseUrl: server.url, timeoutMs: 100, retry: false });
    for (let i = 0; i < 3; i++) await client.users.get(USER_ID);
    const call = track(client.users.get(USER_ID));
    await server.waitForRequests("GET", USER_PATH, 4);
    await vi.advanceTimersByTimeAsync(100);
    expect(await outcomeOrStuck(call)).toBeInstanceOf(UsersApiTimeoutError);
    server.route("GET", USER_PATH, ok);
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
  });

  it("can be turned off with 0, and the caller's signal still works then", async () => {
    fakeClock();
    const server = await startServer();
    const slow = held({ json: user() });
    server.route("GET", USER_PATH, slow.reply, { hang: true });
    const client = createUsersClient({ baseUrl: server.url, timeoutMs: 0, retry: false });
    const call = track(client.users.get(USER_ID));
    await server.waitForRequests("GET", USER_PATH, 1);
    // Twice the default timeout goes by (less than Node's own 300 s limits) without one.
    await vi.advanceTimersByTimeAsync(2 * DEFAULT_TIMEOUT_MS);
    await flush();
    expect(call.settled).toBe(false);
    slow.release();
    expect(await outcomeOrStuck(call)).toMatchObject({ id: USER_ID });

    const controller = new AbortController();
    const aborted = client.users.get(USER_ID, { signal: controller.signal });
    await server.waitForRequests("GET", USER_PATH, 2);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
  });

  it.each([
    ["of known length", { "content-type": "application/json", "content-length": "5000" }],
    ["sent in chunks", { "content-type": "application/json" }],
  ])("covers reading the body: a body %s that stalls times out", async (_, headers) => {
    fakeClock();
    const server = await startServer();
    server.route("GET", USER_PATH, { stall: { headers, first: '{"id":"' } });
    // Resolved each time fetch hands back the headers of an answer.
    let headersIn = () => {};
    const client = createUsersClient({
      baseUrl: server.url,
      timeoutMs: 100,
      retry: false,
      fetch: async (input, init) => {
        const response = await globalThis.fetch(input, init);
        headersIn();
        return response;
      },
    });
    const calls = [
      () => client.users.get(USER_ID),
      () => client.GET("/api/v2/users/{userId}", { params: { path: { userId: USER_ID } } }),
    ];
    for (const start of calls) {
      const answered = new Promise<void>((resolve) => (headersIn = resolve));
      const call = track(start());
      await answered;
      await vi.advanceTimersByTimeAsync(99);
      await flush();
      expect(call.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await outcomeOrStuck(call)).toMatchObject({
        name: "UsersApiTimeoutError",
        timeoutMs: 100,
        attempts: 1,
      });
    }
  });

  it("hands openapi-fetch the very response fetch gave when its length is known", async () => {
    const server = await serveUserOfKnownLength();
    const fetched: Response[] = [];
    const client = createUsersClient({
      baseUrl: server.url,
      fetch: async (input, init) => {
        const response = await globalThis.fetch(input, init);
        fetched.push(response);
        return response;
      },
    });
    const seen: Response[] = [];
    client.use({ onResponse: ({ response }) => void seen.push(response) });
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ id: USER_ID });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(fetched[0]);
  });

  it("reads a body with the readers a custom fetch set on the response itself", async () => {
    const server = await serveUserOfKnownLength();
    const client = createUsersClient({
      baseUrl: server.url,
      // A fetch that post-processes bodies by giving the response a json() of its own.
      fetch: async (input, init) => {
        const response = await globalThis.fetch(input, init);
        const json = response.json.bind(response);
        response.json = async () => ({ ...(await json()), department: "set by the custom fetch" });
        return response;
      },
    });
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({
      id: USER_ID,
      department: "set by the custom fetch",
    });
  });

  it("has a default that is not infinite", () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  });
});

describe("abort", () => {
  it("rejects with the caller's reason while the request is in flight, and never retries", async () => {
    fakeClock();
    const server = await startServer();
    server.route("GET", USER_PATH, { hang: true });
    const recording = recordingFetch();
    const client = createUsersClient({ baseUrl: server.url, retry: fast, fetch: recording.fetch });
    const controller = new AbortController();
    const pending = client.users.get(USER_ID, { signal: controller.signal });
    await server.waitForRequests("GET", USER_PATH, 1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    // Whatever retry could follow would be due by now.
    await vi.advanceTimersByTimeAsync(10 * fast.maxDelayMs);
    await flush();
    expect(recording.attempts).toBe(1);
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(1);
  });

  it("stops waiting for a retry as soon as the caller aborts", async () => {
    fakeClock();
    const server = await startServer();
    server.route("GET", USER_PATH, { status: 429, headers: { "retry-after": "10" } });
    const recording = recordingFetch();
    const client = createUsersClient({ baseUrl: server.url, retry: fast, fetch: recording.fetch });
    const reason = new Error("user navigated away");
    const controller = new AbortController();
    const call = track(client.users.get(USER_ID, { signal: controller.signal }));
    // The 429 is read: the client waits its 10 s, which pass only if the clock moves.
    await recording.answersRead(1);
    await vi.advanceTimersByTimeAsync(5_000);
    await flush();
    expect(call.settled).toBe(false);
    controller.abort(reason);
    expect(await outcomeOrStuck(call)).toBe(reason);
    await vi.advanceTimersByTimeAsync(10_000);
    await flush();
    expect(recording.attempts).toBe(1);
    expect(server.requestsTo("GET", USER_PATH)).toHaveLength(1);
  });

  it("aborts only the caller's request, not one running alongside it", async () => {
    // The client's default timeout is on (the attempts share abort signals then), and cannot fire.
    fakeClock();
    const server = await startServer();
    const otherId = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
    const otherPath = `/api/v2/users/${otherId}`;
    const slow = held({ json: user({ id: otherId }) });
    server.route("GET", USER_PATH, { json: user() }, { json: user() }, { hang: true });
    server.route("GET", otherPath, slow.reply);
    const client = createUsersClient({ baseUrl: server.url, retry: false });
    for (let i = 0; i < 2; i++) await client.users.get(USER_ID);
    const controller = new AbortController();
    const aborted = client.users.get(USER_ID, { signal: controller.signal });
    const other = client.users.get(otherId);
    await server.waitForRequests("GET", USER_PATH, 3);
    await server.waitForRequests("GET", otherPath, 1);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
    slow.release();
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
    await server.waitForRequests("GET", USER_PATH, 2);
    controller.abort();
    await expect(viaUsers).rejects.toMatchObject({ name: "AbortError" });
    await expect(raw).rejects.toMatchObject({ name: "AbortError" });
  });

  it("leaves nothing on the client-wide signal once calls are over, whatever their signals", async () => {
    // AbortSignal.any would: in Node 20 a long-lived source keeps every signal made from it.
    const server = await startServer();
    server.route("GET", USER_PATH, { json: user() });
    const clientSignal = new AbortController();
    const withClientSignal = createUsersClient({
      baseUrl: server.url,
      signal: clientSignal.signal,
    });
    for (let i = 0; i < 20; i++) {
      const signal = new AbortController().signal;
      await withClientSignal.users.get(USER_ID);
      await withClientSignal.users.get(USER_ID, { signal });
      await withClientSignal.GET("/api/v2/users/{userId}", {
        params: { path: { userId: USER_ID } },
      });
      await withClientSignal.GET("/api/v2/users/{userId}", {
        params: { path: { userId: USER_ID } },
        signal,
      });
    }
    expect(getEventListeners(clientSignal.signal, "abort")).toHaveLength(0);
    const dependants = Object.getOwnPropertySymbols(clientSignal.signal).find(
      (symbol) => symbol.description === "kDependantSignals",
    );
    if (dependants) {
      const made = (clientSignal.signal as unknown as Record<symbol, Set<unknown> | undefined>)[
        dependants
      ];
      expect(made?.size ?? 0).toBe(0);
    }
  });

  it("lets go of the client-wide signal when the time limit of a body handed out as a stream ends", async () => {
    fakeClock();
    const server = await startServer();
    server.route("GET", USER_PATH, {
      stall: {
        headers: { "content-type": "application/json", "content-length": "5000" },
        first: '{"id":"',
      },
    });
    const clientSignal = new AbortController();
    const client = createUsersClient({
      baseUrl: server.url,
      signal: clientSignal.signal,
      timeoutMs: 100,
      retry: false,
    });
    const { data: stream } = await client.GET("/api/v2/users/{userId}", {
      params: { path: { userId: USER_ID } },
      parseAs: "stream",
    });
    expect(getEventListeners(clientSignal.signal, "abort")).toHaveLength(1);
    const reading = stream!.getReader().read();
    await vi.advanceTimersByTimeAsync(100);
    expect(getEventListeners(clientSignal.signal, "abort")).toHaveLength(0);
    await expect(reading).resolves.toBeDefined(); // the first chunk, read before the end
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
    await server.waitForRequests("GET", USER_PATH, 1);
    controller.abort();
    await expect(raw).rejects.toMatchObject({ name: "AbortError" });
  });
});
