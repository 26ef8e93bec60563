// The mock serves what the spec says, read from the operation table: every operation answers,
// a new one answers at once, and the store keeps every writable field.
import { operationList, type OperationEntry } from "@users-api/spec/operations";
import { objectProperties, type OpenApiDocument } from "@users-api/spec/walk";
import document from "@users-api/spec";
import type { UpdateUser, User, UserEntityListing } from "@users-api/types";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMockServer, createRequestHandler, type MockServer } from "../src/index.js";
import { genericHandler } from "../src/routes/handler.js";
import { statefulHandlers } from "../src/routes/users.js";
import { call, expectValid, TOKEN } from "./helpers.js";

const spec = document as unknown as OpenApiDocument;
const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../spec/examples/${path}`, import.meta.url), "utf8"));

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ seed: 30 });
});
afterAll(() => server.close());
beforeEach(() => server.store.reset());

describe("every operation of the spec", () => {
  it.each(operationList.map((op) => [op.operationId, op] as const))(
    "%s is served with state or by the generic handler with a valid answer",
    (operationId, operation) => {
      if (Object.hasOwn(statefulHandlers, operationId)) return;
      const answer = genericHandler(operation)({
        store: server.store,
        params: {},
        query: {},
        given: [],
        body: undefined,
      });
      const response = operation.responses[String(answer.status)];
      expect(response, `${operationId} answers a documented status`).toBeDefined();
      if (response?.schema !== undefined) expectValid(response.schema, answer.body);
    },
  );

  it("has a stateful handler only for operations the spec has", () => {
    const ids = new Set(operationList.map((op) => op.operationId));
    expect(Object.keys(statefulHandlers).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("answers a newly added operation at once, its request validated", async () => {
    const added: OperationEntry = {
      operationId: "putUserNickname",
      method: "PUT",
      path: "/api/v2/users/{userId}/nickname",
      tags: [],
      secured: true,
      parameters: [{ name: "userId", in: "path", required: true, schema: { type: "string" } }],
      requestBody: { required: true, content: [{ mediaType: "application/json", schema: "Chat" }] },
      responses: {
        "200": { description: "ok", mediaType: "application/json", schema: "UserImage" },
        "400": { description: "bad", mediaType: "application/json", schema: "ErrorBody" },
      },
    };
    const handler = createRequestHandler({ operations: [...operationList, added] });
    const request = (body: string) =>
      handler.handle({
        method: "PUT",
        url: "/api/v2/users/abc/nickname",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body,
      });
    const ok = await request(JSON.stringify({ jabberId: "a@b" }));
    expect(ok.status).toBe(200);
    expectValid("UserImage", ok.body);
    const bad = await request(JSON.stringify({ jabberId: 1 }));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ details: [{ fieldName: "/jabberId" }] });
  });

  it("prefers a literal path segment to a path parameter", async () => {
    const literal: OperationEntry = {
      operationId: "getUsersLiteral",
      method: "GET",
      path: "/api/v2/users/literal",
      tags: [],
      secured: true,
      parameters: [],
      responses: { "200": { description: "ok", mediaType: "application/json", schema: "Empty" } },
    };
    // Listed after /api/v2/users/{userId}: the literal path must still win.
    const handler = createRequestHandler({ operations: [...operationList, literal] });
    const answer = await handler.handle({
      method: "GET",
      url: "/api/v2/users/literal",
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(answer).toMatchObject({ status: 200, body: {} });
  });
});

const writableUpdateFields = Object.entries(
  objectProperties(spec, { $ref: "#/components/schemas/UpdateUser" }).properties,
)
  .filter(([, schema]) => !schema.readOnly)
  .map(([name]) => name);

describe("nothing dropped", () => {
  it("PATCH the full valid example, then GET returns every writable field", async () => {
    const [user, manager] = server.store.list();
    const patch = example("UpdateUser/valid/full.json") as UpdateUser & Record<string, unknown>;
    // `state` would make the PATCH a state change only; the manager must be a user.
    delete patch.state;
    patch.manager = manager!.id as string;
    patch.version = user!.version;
    const patched = await call<User>(server, "PATCH", `/api/v2/users/${user!.id}`, { body: patch });
    expect(patched.status).toBe(200);
    const read = await call<User & Record<string, unknown>>(
      server,
      "GET",
      `/api/v2/users/${user!.id}?expand=${["profileSkills", "locations", "groups", "certifications", "biography", "employerInfo"].join(",")}`,
    );
    for (const field of writableUpdateFields) {
      if (field === "state") continue;
      const sent = patch[field];
      expect(sent, `the full example sets ${field}`).toBeDefined();
      if (field === "version") expect(read.body.version).toBe(user!.version + 1);
      else if (field === "manager") expect(read.body.manager?.id).toBe(manager!.id);
      else expect(read.body[field], field).toMatchObject(sent as object);
    }
  });

  it("seeds every User property, or lists why not", async () => {
    // Properties no seeded user carries, on purpose.
    const absentOnPurpose: string[] = [];
    const { body } = await call<UserEntityListing>(
      server,
      "GET",
      `/api/v2/users?pageSize=100&state=any&expand=${encodeURIComponent(
        (document as any).components.schemas.UserExpand.enum.join(","),
      )}`,
    );
    const seen = new Set((body.entities ?? []).flatMap((user) => Object.keys(user)));
    const properties = Object.keys(
      objectProperties(spec, { $ref: "#/components/schemas/User" }).properties,
    );
    expect(properties.filter((p) => !seen.has(p) && !absentOnPurpose.includes(p))).toEqual([]);
  });
});

describe("lenient where the real API is", () => {
  it("ignores read-only properties in a body: not stored, not an error", async () => {
    const [user] = server.store.list();
    const answer = await call<User>(server, "PATCH", `/api/v2/users/${user!.id}`, {
      body: { version: user!.version, id: "other", selfUri: "/x", title: "Chief" },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: user!.id, title: "Chief" });
    expect(answer.body.selfUri).toBe(`/api/v2/users/${user!.id}`);
  });

  it("takes back whatever it served: GET a user, PATCH its writable fields as received", async () => {
    const [user] = server.store.list();
    const { body: read } = await call<User & Record<string, unknown>>(
      server,
      "GET",
      `/api/v2/users/${user!.id}?expand=profileSkills,locations,groups,certifications,biography,employerInfo`,
    );
    expect(read.addresses?.some((a) => a.display !== undefined)).toBe(true);
    // `manager` is an object when read and an id when written; `state` changes nothing else.
    const differentOnTheWire = new Set(["manager", "state"]);
    const back = Object.fromEntries(
      writableUpdateFields
        .filter((field) => read[field] !== undefined && !differentOnTheWire.has(field))
        .map((field) => [field, read[field]]),
    );
    const answer = await call<User>(server, "PATCH", `/api/v2/users/${user!.id}`, { body: back });
    expect(answer.status).toBe(200);
    expect(answer.body.version).toBe(read.version + 1);
    expect(answer.body.addresses).toEqual(read.addresses);
  });

  it("sorts by sortOrder ascending/descending and ASC/DESC alike", async () => {
    const names = async (order: string) =>
      (
        await call<UserEntityListing>(
          server,
          "GET",
          `/api/v2/users?pageSize=100&sortOrder=${order}`,
        )
      ).body.entities?.map((u) => u.id);
    const ascending = await names("ascending");
    expect(await names("ASC")).toEqual(ascending);
    expect(await names("DESC")).toEqual([...(ascending ?? [])].reverse());
    expect(await names("descending")).toEqual([...(ascending ?? [])].reverse());
  });
});

describe("emails stay unique", () => {
  const body = (email: string) => ({ name: "Twin", email, divisionId: "d" });

  it("across POST and PATCH, all or nothing", async () => {
    const [first, second] = server.store.list();
    const taken = first!.email!.toUpperCase();
    expect(taken).not.toBe("");
    expect((await call(server, "POST", "/api/v2/users", { body: body(taken) })).status).toBe(409);
    const patch = await call(server, "PATCH", `/api/v2/users/${second!.id}`, {
      body: { version: second!.version, name: "Changed", email: taken },
    });
    expect(patch.status).toBe(409);
    expect(server.store.get(second!.id!)).toMatchObject({
      name: second!.name,
      version: second!.version,
    });
  });

  it("when a deleted user is restored", async () => {
    const [first] = server.store.list();
    expect((await call(server, "DELETE", `/api/v2/users/${first!.id}`)).status).toBe(200);
    expect(
      (await call(server, "POST", "/api/v2/users", { body: body(first!.email ?? "") })).status,
    ).toBe(200);
    const deleted = server.store.get(first!.id!)!;
    const restore = await call(server, "PATCH", `/api/v2/users/${first!.id}`, {
      body: { version: deleted.version, state: "active" },
    });
    expect(restore.status).toBe(409);
    expect(server.store.get(first!.id!)).toMatchObject({
      state: "deleted",
      version: deleted.version,
    });
  });
});

describe("hostile requests reach the handler and get an ErrorBody", () => {
  it("a request target the URL parser refuses", async () => {
    const handler = createRequestHandler();
    const answer = await handler.handle({ method: "GET", url: "http://[", headers: {} });
    expect(answer).toMatchObject({ status: 400, body: { code: "bad.request" } });
  });

  it("a body nested deeper than the limit, inside an open nested model", async () => {
    const [user] = server.store.list();
    // Written as text: JSON.stringify itself would overflow the stack on this value.
    const deep = `${'{"x":'.repeat(10_000)}"leaf"${"}".repeat(10_000)}`;
    const answer = await call(server, "PATCH", `/api/v2/users/${user!.id}`, {
      body: `{"version":${user!.version},"addresses":[{"address":"a","x":${deep}}]}`,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.details[0].fieldName).toMatch(/^\/addresses\/0\/x(\/x)+$/);
    expect(server.store.get(user!.id!)?.version).toBe(user!.version);
    expect((await call(server, "GET", `/api/v2/users?pageSize=100`)).status).toBe(200);
  });
});
