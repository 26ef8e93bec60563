// User views are built without structuredClone now: they must still be copies (a caller that
// changes one changes nothing stored), still reflect every change (the manager's name), and
// keep odd keys of open models as data.
import type { User, UserExpand } from "@users-api/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, type MockServer } from "../src/index.js";
import { call } from "./helpers.js";

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ seed: 30 });
});
afterAll(() => server.close());

const EVERY_EXPAND: UserExpand[] = [
  "routingStatus",
  "presence",
  "conversationSummary",
  "outOfOffice",
  "geolocation",
  "station",
  "authorization",
  "authorization.unusedRoles",
  "lasttokenissued",
  "team",
  "groups",
  "profileSkills",
  "certifications",
  "locations",
  "skills",
  "languages",
  "languagePreference",
  "employerInfo",
  "biography",
];

describe("views are deep copies", () => {
  it("changing what store.get and store.list return changes nothing stored", () => {
    const [first] = server.store.list({ state: "any" });
    const id = first?.id ?? "";
    const before = JSON.stringify(server.store.get(id));
    const view = server.store.get(id) as User & Record<string, unknown>;
    view.name = "Changed";
    if (view.division) view.division.name = "Changed";
    view.addresses?.push({ address: "x@example.com", mediaType: "EMAIL" });
    if (view.addresses?.[0]) view.addresses[0].address = "changed@example.com";
    view.authorization?.roles?.splice(0);
    view.locations?.splice(0);
    if (view.manager) view.manager.name = "Changed";
    const listed = server.store.list({ state: "any" }).find((user) => user.id === id);
    if (listed?.groups) listed.groups.length = 0;
    expect(JSON.stringify(server.store.get(id))).toBe(before);
  });

  it("two reads of a user share no object", () => {
    const id = server.store.list()[0]?.id ?? "";
    const a = server.store.get(id) as unknown as Record<string, unknown>;
    const b = server.store.get(id) as unknown as Record<string, unknown>;
    for (const key of Object.keys(a)) {
      if (typeof a[key] === "object" && a[key] !== null) expect(a[key]).not.toBe(b[key]);
    }
  });
});

describe("the list with every expand", () => {
  it("equals the users read one by one with the same expand", async () => {
    const expand = EVERY_EXPAND.join(",");
    const list = await call<{ entities: User[] }>(
      server,
      "GET",
      `/api/v2/users?pageSize=100&expand=${expand}`,
    );
    expect(list.status).toBe(200);
    expect(list.body.entities.length).toBeGreaterThan(10);
    for (const user of list.body.entities.slice(0, 10)) {
      const one = await call<User>(server, "GET", `/api/v2/users/${user.id}?expand=${expand}`);
      expect(one.body).toEqual(user);
    }
  });

  it("shows a manager's new name and version to the users they manage", async () => {
    const managed = server.store.list().find((user) => user.manager);
    const managerId = managed?.manager?.id ?? "";
    const manager = server.store.get(managerId);
    const path = `/api/v2/users?pageSize=100&expand=${EVERY_EXPAND.join(",")}`;
    const entry = async () =>
      (await call<{ entities: User[] }>(server, "GET", path)).body.entities.find(
        (user) => user.id === managed?.id,
      );
    expect((await entry())?.manager).toMatchObject({ id: managerId, name: manager?.name });
    const renamed = await call<User>(server, "PATCH", `/api/v2/users/${managerId}`, {
      body: { version: manager?.version, name: "Renamed Manager" },
    });
    expect(renamed.status).toBe(200);
    expect((await entry())?.manager).toEqual({
      id: managerId,
      name: "Renamed Manager",
      version: renamed.body.version,
      selfUri: `/api/v2/users/${managerId}`,
    });
  });
});

describe("odd keys of open models are data", () => {
  it('an address with a "__proto__" key is stored and read back as that key', async () => {
    const user = server.store.list()[1] as User;
    const text =
      `{"version":${user.version},"addresses":[{"address":"a@example.com",` +
      `"mediaType":"EMAIL","__proto__":{"x":1}}]}`;
    const patched = await call(server, "PATCH", `/api/v2/users/${user.id}`, { body: text });
    expect(patched.status).toBe(200); // Contact is an open model: unknown keys are kept
    const response = await fetch(`${server.url}/api/v2/users/${user.id}`, {
      headers: { authorization: "Bearer t" },
    });
    const raw = await response.text();
    expect(raw).toContain(`"__proto__":{"x":1}`);
    const address = (JSON.parse(raw) as User).addresses?.[0] as Record<string, unknown>;
    expect(Object.hasOwn(address, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(address)).toBe(Object.prototype);
  });
});
