// Reads answer from users' views cached as JSON text. Every change to the store must show in
// the next read: each test reads first (filling the cache), changes the store once, by the API
// or by a store method, and reads again.
import type { User, UserEntityListing } from "@users-api/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { homeDivision, routingSkills } from "../src/catalog.js";
import { createMockServer, type MockServer } from "../src/index.js";
import type { UserRecord } from "../src/records.js";
import { MAX_CACHED_EXPANSIONS, ViewTextCache } from "../src/view-cache.js";
import { call } from "./helpers.js";

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ seed: 30 });
});
afterAll(() => server.close());
beforeEach(() => server.store.reset());

const EXPAND = "routingStatus,skills,profileSkills,authorization";
const LIST = `/api/v2/users?pageSize=100&state=any&expand=${EXPAND}`;

const list = async (path = LIST): Promise<User[]> => {
  const answer = await call<UserEntityListing>(server, "GET", path);
  expect(answer.status).toBe(200);
  return answer.body.entities ?? [];
};
const listed = async (id: string, path = LIST): Promise<User | undefined> =>
  (await list(path)).find((user) => user.id === id);
const read = async (id: string, query = `?expand=${EXPAND}`): Promise<User> => {
  const answer = await call<User>(server, "GET", `/api/v2/users/${id}${query}`);
  expect(answer.status).toBe(200);
  return answer.body;
};

/** An active user with no manager, and the version of the last read. */
const someone = (): User => {
  const user = server.store.list().find((u) => u.manager === undefined);
  if (!user?.id) throw new Error("The seed has no active user without a manager.");
  return user;
};

/** Reads a user in the list and alone, so that both are cached before a change. */
const warm = async (id: string): Promise<User> => {
  const inList = await listed(id);
  expect(await read(id)).toEqual(inList);
  return inList as User;
};

describe("a change shows in the next read", () => {
  it("PATCH of a field", async () => {
    const user = someone();
    await warm(user.id!);
    const patched = await call(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: user.version, title: "Cache buster" },
    });
    expect(patched.status).toBe(200);
    expect(await listed(user.id!)).toMatchObject({
      title: "Cache buster",
      version: user.version + 1,
    });
    expect(await read(user.id!)).toMatchObject({
      title: "Cache buster",
      version: user.version + 1,
    });
  });

  it("a manager's new name, in the views of those who report to them", async () => {
    const report = server.store.list().find((u) => u.manager?.id !== undefined);
    const managerId = report?.manager?.id ?? "";
    const manager = server.store.get(managerId);
    if (!report?.id || !manager) throw new Error("The seed has no user with a manager.");
    await warm(report.id);
    const patched = await call(server, "PATCH", `/api/v2/users/${managerId}`, {
      body: { version: manager.version, name: "Renamed Manager" },
    });
    expect(patched.status).toBe(200);
    const expected = { id: managerId, name: "Renamed Manager", version: manager.version + 1 };
    expect((await listed(report.id))?.manager).toMatchObject(expected);
    expect((await read(report.id)).manager).toMatchObject(expected);
  });

  it("DELETE, then restore", async () => {
    const user = someone();
    await warm(user.id!);
    const deletedRead = `?state=deleted&expand=${EXPAND}`;
    expect((await call(server, "DELETE", `/api/v2/users/${user.id}`)).status).toBe(200);
    expect(await listed(user.id!)).toMatchObject({ state: "deleted", version: user.version + 1 });
    expect(await listed(user.id!, `/api/v2/users?pageSize=100&expand=${EXPAND}`)).toBeUndefined();
    expect(await read(user.id!, deletedRead)).toMatchObject({ state: "deleted" });
    const restored = await call(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: user.version + 1, state: "active" },
    });
    expect(restored.status).toBe(200);
    expect(await listed(user.id!)).toMatchObject({ state: "active", version: user.version + 2 });
    expect(await read(user.id!)).toMatchObject({ state: "active", version: user.version + 2 });
  });

  it("a state change (PUT state)", async () => {
    const user = someone();
    await warm(user.id!);
    const put = await call(server, "PUT", `/api/v2/users/${user.id}/state`, {
      body: { state: "inactive", version: user.version },
    });
    expect(put.status).toBe(200);
    expect(await listed(user.id!)).toMatchObject({ state: "inactive", version: user.version + 1 });
    expect(await read(user.id!, `?expand=${EXPAND}`)).toMatchObject({ state: "inactive" });
  });

  it("a bulk change", async () => {
    const user = someone();
    await warm(user.id!);
    const bulk = await call(server, "PATCH", "/api/v2/users/bulk", {
      body: [{ id: user.id, acdAutoAnswer: !user.acdAutoAnswer }],
    });
    expect(bulk.status).toBe(200);
    const expected = { acdAutoAnswer: !user.acdAutoAnswer, version: user.version + 1 };
    expect(await listed(user.id!)).toMatchObject(expected);
    expect(await read(user.id!)).toMatchObject(expected);
  });

  it("routing status, profile skills and routing skills, which keep the version", async () => {
    const user = someone();
    const id = user.id!;
    await warm(id);
    const status = await call(server, "PUT", `/api/v2/users/${id}/routingstatus`, {
      body: { status: "IDLE" },
    });
    expect(status.status).toBe(200);
    expect((await listed(id))?.routingStatus).toMatchObject({ status: "IDLE" });
    expect((await read(id)).routingStatus).toMatchObject({ status: "IDLE" });

    const skills = await call(server, "PUT", `/api/v2/users/${id}/profileskills`, {
      body: ["Cached-no-more"],
    });
    expect(skills.status).toBe(200);
    expect((await listed(id))?.profileSkills).toEqual(["Cached-no-more"]);
    expect((await read(id)).profileSkills).toEqual(["Cached-no-more"]);

    const skill = routingSkills[0];
    if (!skill) throw new Error("The catalog has no routing skill.");
    const added = await call(server, "POST", `/api/v2/users/${id}/routingskills`, {
      body: { id: skill.id, proficiency: 4.5 },
    });
    expect(added.status).toBe(200);
    const held = (await read(id)).skills?.find((entry) => entry.id === skill.id);
    expect(held).toMatchObject({ proficiency: 4.5 });
    expect((await listed(id))?.skills?.find((entry) => entry.id === skill.id)).toEqual(held);
  });

  it("a new user", async () => {
    const before = await list();
    const created = await call<User>(server, "POST", "/api/v2/users", {
      body: { name: "Aaron Cache", email: "aaron.cache@example.com", divisionId: homeDivision.id },
    });
    expect(created.status).toBe(200);
    const after = await list();
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((user) => user.id === created.body.id)).toMatchObject({
      name: "Aaron Cache",
    });
  });

  it("store methods, and reset()", async () => {
    const user = someone();
    const id = user.id!;
    await warm(id);
    const outcome = server.store.update(id, { version: user.version, title: "By the store" });
    expect(outcome.ok).toBe(true);
    expect(await listed(id)).toMatchObject({ title: "By the store" });
    expect(server.store.delete(id)).toBe(true);
    expect(await listed(id)).toMatchObject({ state: "deleted" });
    server.store.reset();
    expect(await listed(id)).toEqual(await warm(id));
    expect(await listed(id)).toMatchObject({ state: "active", version: user.version });
    expect((await listed(id))?.title).toBe(user.title);
  });

  it("the cursor listing and the external id read", async () => {
    const user = server.store
      .list()
      .find((u) => u.manager === undefined && u.employerInfo?.employeeId !== undefined);
    if (!user?.id) throw new Error("The seed has no user with an employee id.");
    const byKey = `/api/v2/users/externalid/HRIS/${user.employerInfo?.employeeId}`;
    const cursor = "/api/v2/users/query?pageSize=100";
    const inCursor = async () =>
      (await call<{ entities: User[] }>(server, "GET", cursor)).body.entities.find(
        (u) => u.id === user.id,
      );
    expect((await inCursor())?.title).toBe(user.title);
    expect((await call<User>(server, "GET", byKey)).body.title).toBe(user.title);
    const patched = await call(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: user.version, title: "Found anew" },
    });
    expect(patched.status).toBe(200);
    expect((await inCursor())?.title).toBe("Found anew");
    expect((await call<User>(server, "GET", byKey)).body.title).toBe("Found anew");
  });
});

describe("the cache", () => {
  it("answers every expand set with its own view, more sets than it keeps too", async () => {
    const values = ["presence", "skills", "groups", "locations", "team", "station"];
    const sets = Array.from({ length: MAX_CACHED_EXPANSIONS + 4 }, (_, i) =>
      values.filter((_, bit) => ((i + 1) >> bit) & 1),
    );
    const user = someone();
    for (const round of [1, 2]) {
      for (const set of sets) {
        const view = await read(user.id!, `?expand=${set.join(",")}`);
        expect(view, `round ${round}: ${set.join(",")}`).toEqual(
          server.store.view(server.store.record(user.id!)!, new Set(set)),
        );
      }
    }
  });

  it("answers the same text over HTTP as store.view serializes to", async () => {
    const user = someone();
    const path = `/api/v2/users/${user.id}?expand=${EXPAND}`;
    const expected = JSON.stringify(
      server.store.view(server.store.record(user.id!)!, new Set(EXPAND.split(","))),
    );
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${server.url}${path}`, {
        headers: { authorization: "Bearer t" },
      });
      expect(await response.text()).toBe(expected);
    }
  });
});

describe("ViewTextCache", () => {
  const record = (id: string, name = id): UserRecord => ({
    id,
    name,
    state: "active",
    version: 1,
  });
  /** A cache and how many views it had built. */
  const counting = (limits?: { expansions?: number; chars?: number }) => {
    const cache = new ViewTextCache(limits);
    let built = 0;
    const texts = (generation: number, records: UserRecord[], expand: Set<string> | "all") =>
      cache
        .texts(generation, records, expand, (r) => {
          built += 1;
          return { id: r.id, name: r.name } as User;
        })
        .map((text) => text.text);
    return { texts, built: () => built };
  };

  it("builds a view once per generation, record and expand set", () => {
    const { texts, built } = counting();
    const a = record("a");
    const b = record("b");
    expect(texts(1, [a, b], new Set(["skills"]))).toEqual([
      '{"id":"a","name":"a"}',
      '{"id":"b","name":"b"}',
    ]);
    texts(1, [b, a], new Set(["skills"]));
    expect(built()).toBe(2);
    texts(1, [a], "all");
    texts(1, [a], new Set(["skills", "groups"]));
    texts(1, [a], new Set(["groups", "skills"]));
    expect(built()).toBe(4);
  });

  it("builds again for a new generation, and for a record replaced", () => {
    const { texts, built } = counting();
    const a = record("a");
    texts(1, [a], "all");
    texts(2, [a], "all");
    expect(built()).toBe(2);
    expect(texts(2, [record("a", "renamed")], "all")).toEqual(['{"id":"a","name":"renamed"}']);
    expect(built()).toBe(3);
  });

  it("keeps at most so many expand sets", () => {
    const { texts, built } = counting({ expansions: 2 });
    const a = record("a");
    for (const value of ["x", "y", "z", "x"]) texts(1, [a], new Set([value]));
    expect(built()).toBe(4); // x was dropped when z came
    texts(1, [a], new Set(["z"]));
    expect(built()).toBe(4);
  });

  it("keeps at most so many characters", () => {
    const text = '{"id":"a","name":"a"}';
    const { texts, built } = counting({ chars: 2 * text.length });
    const [a, b, c] = [record("a"), record("b"), record("c")];
    texts(1, [a, b], "all");
    texts(1, [a, b], "all");
    expect(built()).toBe(2);
    texts(1, [c], "all"); // no room: the cache starts over
    texts(1, [a], "all");
    expect(built()).toBe(4);
    texts(1, [c, a], "all");
    expect(built()).toBe(4);
  });

  it("caches nothing for a view JSON cannot represent", () => {
    const cache = new ViewTextCache();
    const bad = () => ({ id: "a", big: 1n }) as unknown as User;
    expect(() => cache.texts(1, [record("a")], "all", bad)).toThrow(TypeError);
    expect(() => cache.texts(1, [record("a")], "all", bad)).toThrow(TypeError);
  });
});
