// A user's routing status, profile skills and routing skills and languages, over HTTP: a
// change shows in the user's expanded read, a refused request changes nothing, and none of
// them is part of the versioned user.
import type {
  RoutingStatus,
  User,
  UserLanguageEntityListing,
  UserRoutingLanguage,
  UserRoutingSkill,
  UserSkillEntityListing,
} from "@users-api/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { routingLanguages, routingSkills } from "../src/catalog.js";
import { createMockServer, UserStore, type MockServer } from "../src/index.js";
import { call } from "./helpers.js";

const NOW = Date.UTC(2026, 2, 3, 4, 5, 6);
const store = new UserStore({ seed: 20, now: () => NOW });
let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ store });
});
afterAll(() => server.close());
beforeEach(() => store.reset());

const someone = (n = 0): User => store.list()[n]!;
const fieldsOf = (body: { details?: { fieldName?: string }[] }) =>
  (body.details ?? []).map((d) => d.fieldName);
const read = async (id: string, expand: string) =>
  (await call<User>(server, "GET", `/api/v2/users/${id}?expand=${expand}`)).body;

describe("getUserRoutingstatus and putUserRoutingstatus", () => {
  it("reads the user's status; a change is what GET user?expand=routingStatus returns", async () => {
    const user = someone(1);
    const path = `/api/v2/users/${user.id}/routingstatus`;
    expect((await call<RoutingStatus>(server, "GET", path)).body).toEqual(user.routingStatus);
    const status = user.routingStatus?.status === "IDLE" ? "OFF_QUEUE" : "IDLE";
    const put = await call<RoutingStatus>(server, "PUT", path, { body: { status } });
    const expected = { userId: user.id, status, startTime: new Date(NOW).toISOString() };
    expect(put).toMatchObject({ status: 200, body: expected });
    expect((await call(server, "GET", path)).body).toEqual(expected);
    const after = await read(user.id!, "routingStatus");
    expect(after.routingStatus).toEqual(expected);
    expect(after.version).toBe(user.version);
  });

  it("takes the startTime and userId given", async () => {
    const user = someone(2);
    const body = { userId: user.id, status: "INTERACTING", startTime: "2026-01-01T10:00:00.000Z" };
    const put = await call(server, "PUT", `/api/v2/users/${user.id}/routingstatus`, { body });
    expect(put.body).toEqual(body);
  });

  it("reads OFF_QUEUE for a user that does not exist (as the spec says); a change is 404", async () => {
    const get = await call(server, "GET", "/api/v2/users/nobody/routingstatus");
    expect(get).toMatchObject({ status: 200, body: { userId: "nobody", status: "OFF_QUEUE" } });
    const put = await call(server, "PUT", "/api/v2/users/nobody/routingstatus", {
      body: { status: "IDLE" },
    });
    expect(put.status).toBe(404);
  });

  it.each([
    ["a status not known", { status: "ASLEEP" }, ["/status"]],
    ["no status", {}, ["/status"]],
    ["another user's id", { status: "IDLE", userId: "someone-else" }, ["/userId"]],
    ["a date that is not one", { status: "IDLE", startTime: "yesterday" }, ["/startTime"]],
  ])("400 naming the field: %s; nothing changed", async (_title, body, fields) => {
    const user = someone(3);
    const put = await call(server, "PUT", `/api/v2/users/${user.id}/routingstatus`, { body });
    expect(put.status).toBe(400);
    expect(fieldsOf(put.body)).toEqual(fields);
    expect(store.get(user.id!)).toEqual(user);
  });
});

describe("getUserProfileskills and putUserProfileskills", () => {
  it("reads and replaces the profile skills, which GET user?expand=profileSkills returns", async () => {
    const user = someone(4);
    const path = `/api/v2/users/${user.id}/profileskills`;
    expect((await call(server, "GET", path)).body).toEqual(user.profileSkills);
    const skills = ["Negotiation", "Spanish slang", "SQL"];
    expect(await call(server, "PUT", path, { body: skills })).toMatchObject({
      status: 200,
      body: skills,
    });
    expect((await call(server, "GET", path)).body).toEqual(skills);
    const after = await read(user.id!, "profileSkills");
    expect(after.profileSkills).toEqual(skills);
    expect(after.version).toBe(user.version);
    expect((await call(server, "PUT", path, { body: [] })).body).toEqual([]);
  });

  it("404 for a deleted or unknown user", async () => {
    const deleted = store.list({ state: "deleted" })[0]!;
    for (const id of [deleted.id, "nobody"]) {
      expect((await call(server, "GET", `/api/v2/users/${id}/profileskills`)).status).toBe(404);
      const put = await call(server, "PUT", `/api/v2/users/${id}/profileskills`, { body: ["x"] });
      expect(put.status).toBe(404);
    }
  });

  it.each([
    ["an item that is not a string", ["SQL", 7], "/1"],
    ["an object, not a list", { skills: ["SQL"] }, "/"],
  ])("400 naming the field: %s; nothing changed", async (_title, body, field) => {
    const user = someone(5);
    const put = await call(server, "PUT", `/api/v2/users/${user.id}/profileskills`, { body });
    expect(put.status).toBe(400);
    expect(fieldsOf(put.body)).toEqual([field]);
    expect(store.get(user.id!)).toEqual(user);
  });
});

const kinds = [
  {
    name: "routing skills",
    path: "routingskills",
    expand: "skills",
    catalog: routingSkills,
    held: (u: User) => u.skills ?? [],
    uri: (id: string) => ({ skillUri: `/api/v2/routing/skills/${id}` }),
  },
  {
    name: "routing languages",
    path: "routinglanguages",
    expand: "languages",
    catalog: routingLanguages,
    held: (u: User) => u.languages ?? [],
    uri: (id: string) => ({ languageUri: `/api/v2/routing/languages/${id}` }),
  },
] as const;

describe.each(kinds)("a user's $name", ({ path, expand, catalog, held, uri }) => {
  type Entry = UserRoutingSkill | UserRoutingLanguage;
  type Listing = UserSkillEntityListing | UserLanguageEntityListing;
  const byName = (entries: readonly Entry[]) =>
    [...entries].sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));

  it("lists one page at a time, by name, sortOrder descending reversing", async () => {
    const user = store.list().find((u) => held(u).length >= 2)!;
    const base = `/api/v2/users/${user.id}/${path}`;
    const all = await call<Listing>(server, "GET", base);
    expect(all.body.entities).toEqual(byName(held(user)));
    expect(all.body.total).toBe(held(user).length);
    const page = await call<Listing>(server, "GET", `${base}?pageSize=1&pageNumber=2`);
    expect(page.body.entities).toEqual([byName(held(user))[1]]);
    expect(page.body.previousUri).toBe(`${base}?pageSize=1&pageNumber=1`);
    const down = await call<Listing>(server, "GET", `${base}?sortOrder=descending`);
    expect(down.body.entities).toEqual(byName(held(user)).reverse());
  });

  it("adds an organization entry, or changes the proficiency of one held", async () => {
    const user = someone(6);
    const base = `/api/v2/users/${user.id}/${path}`;
    const fresh = catalog.find((entry) => !held(user).some((h) => h.id === entry.id))!;
    const added = await call<Entry>(server, "POST", base, {
      body: { id: fresh.id, proficiency: 4.5 },
    });
    expect(added.status).toBe(200);
    expect(added.body).toEqual({
      id: fresh.id,
      name: fresh.name,
      proficiency: 4.5,
      state: "active",
      ...uri(fresh.id),
      selfUri: `${base}/${fresh.id}`,
    });
    const again = await call<Entry>(server, "POST", base, {
      body: { id: fresh.id, proficiency: 1 },
    });
    expect(again.body.proficiency).toBe(1);
    const after = await read(user.id!, expand);
    expect(held(after)).toEqual([...held(user), again.body]);
    expect(after.version).toBe(user.version);
    expect((await call<Listing>(server, "GET", base)).body.total).toBe(held(user).length + 1);
  });

  it("404 for a deleted or unknown user", async () => {
    const deleted = store.list({ state: "deleted" })[0]!;
    for (const id of [deleted.id, "nobody"]) {
      expect((await call(server, "GET", `/api/v2/users/${id}/${path}`)).status).toBe(404);
      const post = await call(server, "POST", `/api/v2/users/${id}/${path}`, {
        body: { id: catalog[0]!.id, proficiency: 2 },
      });
      expect(post.status).toBe(404);
    }
  });

  it.each([
    ["a proficiency above 5", (id: string) => ({ id, proficiency: 7 }), ["/proficiency"]],
    ["no proficiency", (id: string) => ({ id }), ["/proficiency"]],
    ["an id the organization lacks", () => ({ id: "not-in-catalog", proficiency: 2 }), ["/id"]],
    [
      "a property the model lacks",
      (id: string) => ({ id, proficiency: 2, state: "active" }),
      ["/state"],
    ],
  ])("400 naming the field: %s; nothing changed", async (_title, body, fields) => {
    const user = someone(7);
    const post = await call(server, "POST", `/api/v2/users/${user.id}/${path}`, {
      body: body(catalog[0]!.id),
    });
    expect(post.status).toBe(400);
    expect(fieldsOf(post.body)).toEqual(fields);
    expect(store.get(user.id!)).toEqual(user);
  });

  it("400 naming the field: pageSize=0", async () => {
    const { status, body } = await call(
      server,
      "GET",
      `/api/v2/users/${someone().id}/${path}?pageSize=0`,
    );
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual(["pageSize"]);
  });
});
