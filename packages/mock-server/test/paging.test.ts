import type { User, UserEntityListing } from "@users-api/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, seededState, type MockServer } from "../src/index.js";
import { call } from "./helpers.js";

const SEED = 50;
const states = Array.from({ length: SEED }, (_, index) => seededState(index));
const count = (state: string) => states.filter((s) => s === state).length;

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ seed: SEED });
});
afterAll(() => server.close());

const list = (query: string) => call<UserEntityListing>(server, "GET", `/api/v2/users${query}`);

describe("getUsers paging", () => {
  it("defaults to page 1 of 25 active users, with API-relative links", async () => {
    const { status, body } = await list("");
    expect(status).toBe(200);
    const active = count("active");
    expect(active).toBeGreaterThan(25);
    expect(body).toMatchObject({
      pageSize: 25,
      pageNumber: 1,
      total: active,
      pageCount: Math.ceil(active / 25),
      firstUri: "/api/v2/users?pageSize=25&pageNumber=1",
      selfUri: "/api/v2/users?pageSize=25&pageNumber=1",
      nextUri: "/api/v2/users?pageSize=25&pageNumber=2",
      lastUri: `/api/v2/users?pageSize=25&pageNumber=${Math.ceil(active / 25)}`,
    });
    expect(body).not.toHaveProperty("previousUri");
    expect(body.entities).toHaveLength(25);
    expect(body.entities?.every((u) => u.state === "active")).toBe(true);
  });

  it("walks every page by following nextUri, with no repeats and no gaps", async () => {
    const seen: string[] = [];
    let next: string | undefined = "/api/v2/users?pageSize=7&pageNumber=1&state=any";
    let pages = 0;
    while (next) {
      const page: UserEntityListing = (await call<UserEntityListing>(server, "GET", next)).body;
      pages += 1;
      expect(page.selfUri).toBe(next);
      if (page.pageNumber! > 1)
        expect(page.previousUri).toContain(`pageNumber=${page.pageNumber! - 1}`);
      seen.push(...(page.entities ?? []).map((u) => u.id ?? ""));
      next = page.nextUri;
      expect(page.lastUri).toBe(
        `/api/v2/users?pageSize=7&pageNumber=${Math.ceil(SEED / 7)}&state=any`,
      );
    }
    expect(pages).toBe(Math.ceil(SEED / 7));
    expect(new Set(seen).size).toBe(SEED);
  });

  it("keeps the other query parameters in the links, commas literal", async () => {
    const { body } = await list(
      "?pageSize=5&pageNumber=2&sortOrder=descending&expand=presence,skills&state=any",
    );
    expect(body.selfUri).toBe(
      "/api/v2/users?pageSize=5&pageNumber=2&sortOrder=descending&expand=presence,skills&state=any",
    );
    expect(body.previousUri).toBe(
      "/api/v2/users?pageSize=5&pageNumber=1&sortOrder=descending&expand=presence,skills&state=any",
    );
    expect(body.entities?.every((u) => u.presence && u.skills)).toBe(true);
  });

  it("returns an empty page past the end", async () => {
    const { body } = await list("?pageSize=10&pageNumber=99");
    expect(body.entities).toEqual([]);
    expect(body.pageCount).toBe(Math.ceil(count("active") / 10));
    expect(body).not.toHaveProperty("nextUri");
  });

  it("sorts by name, ascending by default, descending on request", async () => {
    const names = (users: User[] | undefined) => (users ?? []).map((u) => u.name ?? "");
    const ascending = names((await list("?pageSize=100")).body.entities);
    expect(ascending).toEqual([...ascending].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const descending = names((await list("?pageSize=100&sortOrder=descending")).body.entities);
    expect(descending).toEqual([...ascending].reverse());
  });
});

describe("getUsers filters", () => {
  it.each([
    ["active", count("active")],
    ["inactive", count("inactive")],
    ["deleted", count("deleted")],
    ["any", SEED],
  ])("state=%s lists %i users", async (state, expected) => {
    expect(expected).toBeGreaterThan(0);
    const { body } = await list(`?pageSize=100&state=${state}`);
    expect(body.total).toBe(expected);
    if (state !== "any") expect(body.entities?.every((u) => u.state === state)).toBe(true);
  });

  it("fetches users by id (comma-joined or repeated keys)", async () => {
    const [a, b, c] = server.store.list();
    const joined = await list(`?id=${a?.id},${b?.id}`);
    expect(joined.body.entities?.map((u) => u.id).sort()).toEqual([a?.id, b?.id].sort());
    expect(joined.body.selfUri).toBe(`/api/v2/users?pageSize=25&pageNumber=1&id=${a?.id},${b?.id}`);
    const repeated = await list(`?id=${a?.id}&id=${c?.id}`);
    expect(repeated.body.total).toBe(2);
  });

  it("fetches users by jabberId", async () => {
    const [a] = server.store.list();
    const { body } = await list(`?jabberId=${encodeURIComponent(a?.chat?.jabberId ?? "")}`);
    expect(body.entities?.map((u) => u.id)).toEqual([a?.id]);
  });
});
