import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createUsersClient, UsersApiResponseValidationError } from "../src/index.js";
import { loadValidators } from "../src/response-check.js";
import { page, user, USER_ID, USER_PATH } from "./helpers/fixtures.js";
import { startServer } from "./helpers/server.js";

const example = (name: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../spec/examples/User/valid/${name}.json`, import.meta.url),
      "utf8",
    ),
  ) as unknown;

describe("validateResponses", () => {
  it("is off by default: a malformed user is returned as is", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: { ...user(), version: "three" } });
    const client = createUsersClient({ baseUrl: server.url });
    await expect(client.users.get(USER_ID)).resolves.toMatchObject({ version: "three" });
  });

  it("throws a typed error naming the bad field", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, {
      headers: { "inin-correlation-id": "corr-9" },
      json: { ...user(), version: "three" },
    });
    const client = createUsersClient({ baseUrl: server.url, validateResponses: true });
    const error = await client.users.get(USER_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiResponseValidationError);
    expect(error).toMatchObject({
      name: "UsersApiResponseValidationError",
      schema: "User",
      status: 200,
      correlationId: "corr-9",
      method: "GET",
    });
    const { issues, message } = error as UsersApiResponseValidationError;
    expect(issues[0]).toMatchObject({ path: "/version", keyword: "type" });
    expect(message).toMatch(/^Response body does not match User: \/version /);
  });

  it("accepts the spec's valid examples, unknown properties included", async () => {
    const server = await startServer();
    const client = createUsersClient({ baseUrl: server.url, validateResponses: true });
    for (const name of ["full", "minimal", "unknown-properties"]) {
      server.route("GET", USER_PATH, { json: example(name) });
      await expect(client.users.get(USER_ID)).resolves.toEqual(example(name));
    }
  });

  it("checks listings down to each entity", async () => {
    const server = await startServer();
    const listing = page(1, 3, 3);
    listing.entities![1] = { ...listing.entities![1]!, addresses: [{ mediaType: 7 as never }] };
    server.route("GET", "/api/v2/users", { json: listing });
    const client = createUsersClient({ baseUrl: server.url, validateResponses: true });
    const error = await (async () => {
      for await (const _ of client.users.list({ pageSize: 3 })) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiResponseValidationError);
    expect((error as UsersApiResponseValidationError).schema).toBe("UserEntityListing");
    expect((error as UsersApiResponseValidationError).issues[0]?.path).toBe(
      "/entities/1/addresses/0/mediaType",
    );
  });

  it("tolerates an enum value the spec does not list, unless strict", async () => {
    const server = await startServer();
    const listing = page(1, 3, 3);
    listing.entities![1] = { ...listing.entities![1]!, addresses: [{ mediaType: "FAX" as never }] };
    server.route("GET", "/api/v2/users", { json: listing }, { json: listing });
    const names = async (validateResponses: true | "strict") => {
      const client = createUsersClient({ baseUrl: server.url, validateResponses });
      const found: unknown[] = [];
      for await (const user of client.users.list({ pageSize: 3 })) found.push(user.addresses);
      return found;
    };
    expect(await names(true)).toContainEqual([{ mediaType: "FAX" }]);
    const error = await names("strict").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiResponseValidationError);
    expect((error as UsersApiResponseValidationError).issues[0]).toMatchObject({
      path: "/entities/1/addresses/0/mediaType",
      keyword: "enum",
    });
  });

  it("checks the raw typed methods too, and leaves error responses alone", async () => {
    const server = await startServer();
    server.route("GET", USER_PATH, { json: { name: "no version" } });
    server.route("DELETE", USER_PATH, {
      status: 404,
      json: { message: "gone", code: "not.found" },
    });
    const client = createUsersClient({ baseUrl: server.url, validateResponses: true });
    await expect(
      client.GET("/api/v2/users/{userId}", { params: { path: { userId: USER_ID } } }),
    ).rejects.toMatchObject({ issues: [{ path: "", keyword: "required" }] });
    await expect(client.users.delete(USER_ID)).rejects.toMatchObject({ status: 404 });
  });

  it("validates the DELETE body ({}) without complaint", async () => {
    const server = await startServer();
    server.route("DELETE", USER_PATH, { json: {} });
    const client = createUsersClient({ baseUrl: server.url, validateResponses: true });
    await expect(client.users.delete(USER_ID)).resolves.toBeUndefined();
  });

  it("loads the validators and the operation table only through a dynamic import", () => {
    const sources = new URL("../src/", import.meta.url);
    const files = readdirSync(sources, { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".ts"),
    );
    const importsOf = (pattern: string) =>
      files.filter((file) =>
        new RegExp(`^\\s*(import|export)\\s(?!type\\b)[^;]*from\\s+["']${pattern}["']`, "m").test(
          readFileSync(new URL(file, sources), "utf8"),
        ),
      );
    // No module imports them statically: response-check.ts loads the success-schema map and the
    // validators' lazy loader with import(), and the loader each schema's module on demand.
    expect(importsOf("@users-api/validators[^\"']*")).toEqual([]);
    // The checking code itself loads on the first response (validation.ts imports it).
    expect(importsOf("\\./response-check\\.js")).toEqual([]);
    // The tiny host rule (@users-api/spec/hosts) is the only part of the spec loaded up front.
    expect(importsOf("@users-api/spec(?!/hosts)[^\"']*")).toEqual([]);
    expect(readFileSync(new URL("validation.ts", sources), "utf8")).toContain(
      'import("./response-check.js")',
    );
    // (That it shares no code with what loaded up front: lazy-modules.test.ts.)
    const validation = readFileSync(new URL("response-check.ts", sources), "utf8");
    expect(validation).toContain('import("@users-api/validators/lazy")');
    expect(validation).toContain('import("@users-api/spec/success-schemas")');
    expect(validation).not.toContain('import("@users-api/validators")');
  });

  it("finds each success response's validator by method, status and path template, loading it once", async () => {
    const find = await loadValidators();
    const user = await find("GET", 200, "/api/v2/users/{userId}");
    expect(user?.schema).toBe("User");
    expect(user?.validate({ id: 42 }, { enums: "open" })).toMatchObject({ ok: false });
    expect(await find("PATCH", 200, "/api/v2/users/{userId}")).toBe(user);
    expect((await find("GET", 200, "/api/v2/users/me"))?.schema).toBe("UserMe");
    expect(find("GET", 404, "/api/v2/users/{userId}")).toBeUndefined();
    expect(find("GET", 200, "/api/v2/not-in-the-spec")).toBeUndefined();
  });
});
