import type { User, UserEntityListing } from "@users-api/types";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { homeDivision } from "../src/index.js";
import { createMswHandlers } from "../src/msw.js";
import { expectMatchesSpec } from "./helpers.js";

const API = "https://api.mypurecloud.ie";
const handlers = createMswHandlers({ baseUrl: API, seed: 10 });
const mswServer = setupServer(...handlers);

beforeAll(() => mswServer.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  handlers.store.reset();
  handlers.setFaults({});
});
afterAll(() => mswServer.close());

async function api<T = any>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: {
      authorization: "Bearer msw-token",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const parsed = text === "" ? undefined : JSON.parse(text);
  expectMatchesSpec(method, `${API}${path}`, response.status, response.headers, parsed);
  return { status: response.status, headers: response.headers, body: parsed as T };
}

describe("createMswHandlers (msw/node)", () => {
  it("serves the seeded users in-process at the API base URL", async () => {
    const { status, body } = await api<UserEntityListing>(
      "GET",
      "/api/v2/users?pageSize=4&state=any",
    );
    expect(status).toBe(200);
    expect(body.total).toBe(10);
    expect(body.nextUri).toBe("/api/v2/users?pageSize=4&pageNumber=2&state=any");
    expect(body.entities?.map((u) => u.id)).toEqual(
      handlers.store
        .list({ state: "any" })
        .slice(0, 4)
        .map((u) => u.id),
    );
  });

  it("runs the same rules: create, version conflict, soft delete", async () => {
    const created = await api<User>("POST", "/api/v2/users", {
      name: "Mary Jackson",
      email: "mary@example.com",
      divisionId: homeDivision.id,
    });
    expect(created.body.version).toBe(1);
    const id = created.body.id ?? "";
    expect(
      (await api("PATCH", `/api/v2/users/${id}`, { version: 1, title: "Engineer" })).status,
    ).toBe(200);
    const stale = await api("PATCH", `/api/v2/users/${id}`, { version: 1, title: "Again" });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("general.conflict");
    expect((await api("DELETE", `/api/v2/users/${id}`)).status).toBe(200);
    expect((await api("GET", `/api/v2/users/${id}`)).status).toBe(404);
    expect(handlers.store.get(id)?.state).toBe("deleted");
  });

  it("validates, authenticates and injects faults", async () => {
    const bad = await api("POST", "/api/v2/users", { name: "No Email" });
    expect(bad.status).toBe(400);
    const anonymous = await fetch(`${API}/api/v2/users`);
    expect(anonymous.status).toBe(401);
    handlers.setFaults({ rateLimitEvery: 1, retryAfterSeconds: 4 });
    const limited = await api("GET", "/api/v2/users");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("4");
  });

  it("answers unknown paths on the API host with a 404 ErrorBody", async () => {
    const missing = await api("GET", "/api/v2/queues");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("not.found");
  });

  it("issues tokens at the paired login host", async () => {
    const response = await fetch("https://login.mypurecloud.ie/oauth/token", {
      method: "POST",
      headers: {
        authorization: `Basic ${btoa("client:secret")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
    expect(response.status).toBe(200);
    const { access_token: token } = (await response.json()) as { access_token: string };
    const users = await fetch(`${API}/api/v2/users`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(users.status).toBe(200);
  });
});

describe("a base URL with a path prefix", () => {
  it("routes requests below the prefix", async () => {
    const gateway = "https://gateway.example.com/users-proxy";
    mswServer.use(...createMswHandlers({ baseUrl: gateway, seed: 3 }));
    try {
      const response = await fetch(`${gateway}/api/v2/users?pageSize=2`, {
        headers: { authorization: "Bearer msw-token" },
      });
      expect(response.status).toBe(200);
      const page = (await response.json()) as UserEntityListing;
      expect(page.entities).toHaveLength(2);
    } finally {
      mswServer.resetHandlers();
    }
  });
});
