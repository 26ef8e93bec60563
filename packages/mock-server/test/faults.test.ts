import { setTimeout as realDelay } from "node:timers/promises";
import type { ErrorBody } from "@users-api/types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createMockServer, type MockServer } from "../src/index.js";
import { call } from "./helpers.js";

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ seed: 3 });
});
afterAll(() => server.close());

describe("fault injection", () => {
  it("rateLimitEvery: every Nth request is 429 too.many.requests with Retry-After", async () => {
    server.setFaults({ rateLimitEvery: 3, retryAfterSeconds: 7 });
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const response = await call<ErrorBody>(server, "GET", "/api/v2/users");
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get("retry-after")).toBe("7");
        expect(response.body.code).toBe("too.many.requests");
        expect(response.body.message).toBe(
          "Rate limit exceeded the maximum [2] requests within [7] seconds",
        );
      }
    }
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429, 200, 200, 429]);
  });

  it("errorRate: a deterministic share of requests is 503 service.unavailable", async () => {
    const run = async () => {
      server.setFaults({ errorRate: 0.5, retryAfterSeconds: 2 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const response = await call<ErrorBody>(server, "GET", "/api/v2/users?pageSize=1");
        statuses.push(response.status);
        if (response.status === 503) {
          expect(response.body.code).toBe("service.unavailable");
          expect(response.headers.get("retry-after")).toBe("2");
        }
      }
      return statuses;
    };
    const first = await run();
    const failures = first.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
    expect(await run()).toEqual(first);
  });

  it("errorRate 1 fails every request, 0 none", async () => {
    server.setFaults({ errorRate: 1 });
    expect((await call(server, "GET", "/api/v2/users")).status).toBe(503);
    server.setFaults({ errorRate: 0 });
    expect((await call(server, "GET", "/api/v2/users")).status).toBe(200);
  });

  it("latencyMs delays every answer", async () => {
    server.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await call(server, "GET", "/api/v2/users?pageSize=1")).status).toBe(200);
    // A lower bound only: a busy machine makes the answer later, never sooner.
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);

    // Without latency the server waits for no timer: it answers while the clock stands still
    // (or not within 10 s of real time, the hang this would be).
    server.setFaults({});
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const quick = call(server, "GET", "/api/v2/users?pageSize=1").then((r) => r.status);
      const stuck = realDelay(10_000, "still pending", { ref: false });
      expect(await Promise.race([quick, stuck])).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses nonsense settings", () => {
    expect(() => server.setFaults({ errorRate: 2 })).toThrow(RangeError);
    expect(() => server.setFaults({ rateLimitEvery: -1 })).toThrow(RangeError);
  });

  it("takes faults at start-up too", async () => {
    const limited = await createMockServer({ faults: { rateLimitEvery: 1 } });
    try {
      const response = await call(limited, "GET", "/api/v2/users");
      expect(response.status).toBe(429);
      expect(response.headers.get("retry-after")).toBe("1");
    } finally {
      await limited.close();
    }
  });
});
