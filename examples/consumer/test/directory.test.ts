import type { User, UsersClient } from "@users-api/fetch-client";
import { createMockServer, homeDivision, type MockServer } from "@users-api/mock-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applySubmittedChange, connectDirectory, findUserByEmail } from "../src/directory.js";

let server: MockServer;
let client: UsersClient;

beforeAll(async () => {
  server = await createMockServer({ seed: 40 });
  client = connectDirectory({ baseUrl: server.url, accessToken: "team-test-token" });
});

afterAll(() => server.close());

async function newUser(name: string): Promise<User & { id: string; version: number }> {
  const email = `${name.toLowerCase().replaceAll(" ", ".")}@example.com`;
  const user = await client.users.create({ name, email, divisionId: homeDivision.id });
  if (user.id === undefined) throw new Error("the API returned a user without an id");
  return { ...user, id: user.id };
}

describe("findUserByEmail", () => {
  test("finds a user on any page, ignoring the e-mail's case", async () => {
    const user = await newUser("Zoe Last Page");
    const pages: (string | undefined)[][] = [];
    for await (const page of client.users.list({ pageSize: 25 }).pages()) {
      pages.push((page.entities ?? []).map((entry) => entry.id));
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).not.toContain(user.id);
    const found = await findUserByEmail(client, "ZOE.LAST.PAGE@example.com");
    expect(found?.id).toBe(user.id);
  });

  test("gives undefined when nobody has the address", async () => {
    expect(await findUserByEmail(client, "nobody@example.com")).toBeUndefined();
  });
});

describe("applySubmittedChange", () => {
  test("applies a valid change and returns the new version", async () => {
    const user = await newUser("Valid Change");
    const outcome = await applySubmittedChange(client, user.id, {
      version: user.version,
      title: "Team Lead",
    });
    expect(outcome).toMatchObject({
      ok: true,
      user: { title: "Team Lead", version: user.version + 1 },
    });
  });

  test("rejects a malformed change locally, naming the field, and never sends it", async () => {
    const user = await newUser("Typo Change");
    const outcome = await applySubmittedChange(client, user.id, {
      version: user.version,
      titel: "Team Lead",
    });
    expect(outcome).toMatchObject({
      ok: false,
      reason: "invalid",
      issues: [expect.objectContaining({ keyword: "additionalProperties" })],
    });
    expect((await client.users.get(user.id)).version).toBe(user.version);
  });

  test("reports a change made from a stale version as a conflict", async () => {
    const user = await newUser("Stale Change");
    await client.users.update(user.id, { title: "Changed meanwhile" });
    const outcome = await applySubmittedChange(client, user.id, {
      version: user.version,
      title: "Team Lead",
    });
    expect(outcome).toEqual({ ok: false, reason: "conflict" });
    expect((await client.users.get(user.id)).title).toBe("Changed meanwhile");
  });
});
