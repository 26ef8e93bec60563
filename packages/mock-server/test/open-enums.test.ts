// Proof, generated from the spec, that responses survive the API's next release: for every
// enum position in every response schema of the operation table, a response carrying a value
// the spec does not list passes tolerant validation (reported), fails strict validation (at
// its path), and the client with validateResponses: true returns the data.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createUsersClient } from "@users-api/fetch-client";
import { operationList } from "@users-api/spec/operations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFor, exampleOf } from "../src/examples.js";
import { objectShape, resolveSchema, schemaName, type SchemaNode } from "../src/spec.js";
import { validatorFor } from "./helpers.js";

const UNLISTED = "VALUE_FROM_A_NEWER_API";

type Segment = string | number;

/** Paths to every enum in a schema; a model already on the path is not entered again. */
function enumPositions(
  schema: SchemaNode,
  path: Segment[] = [],
  stack: string[] = [],
): Segment[][] {
  const name = schemaName(schema);
  if (name !== undefined && stack.includes(name)) return [];
  const inner = name === undefined ? stack : [...stack, name];
  const resolved = resolveSchema(schema);
  if (resolved.enum) return [path];
  if (resolved.type === "array" && resolved.items) {
    return enumPositions(resolved.items, [...path, 0], inner);
  }
  const properties =
    name === undefined ? (resolved.properties ?? {}) : objectShape(name).properties;
  return Object.entries(properties).flatMap(([key, property]) =>
    enumPositions(property, [...path, key], inner),
  );
}

/** `value` with `leaf` at `path`, missing objects and arrays on the way built from the schema. */
function setAt(schema: SchemaNode, value: unknown, path: Segment[], leaf: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  const name = schemaName(schema);
  const resolved = resolveSchema(schema);
  if (typeof head === "number") {
    const items = Array.isArray(value) ? [...value] : [];
    items[0] = setAt(resolved.items!, items[0] ?? exampleFor(resolved.items!), rest, leaf);
    return items;
  }
  const property = (name === undefined ? resolved.properties : objectShape(name).properties)?.[
    head
  ]!;
  const object = { ...(value as Record<string, unknown>) };
  object[head] = setAt(property, object[head] ?? exampleFor(property), rest, leaf);
  return object;
}

const pointer = (path: Segment[]) => path.map((s) => `/${s}`).join("");

const responseSchemas = [
  ...new Set(
    operationList.flatMap((op) =>
      Object.entries(op.responses)
        .filter(([status, r]) => /^2/.test(status) && r.schema !== undefined)
        .map(([, r]) => r.schema!),
    ),
  ),
];

const cases = responseSchemas.flatMap((schema) =>
  enumPositions({ $ref: `#/components/schemas/${schema}` }).map(
    (path) => [schema, pointer(path), path] as const,
  ),
);

describe("an enum value the spec does not list, in every response schema", () => {
  it("is found in every response schema that has enums", () => {
    expect(cases.length).toBeGreaterThan(responseSchemas.length);
    expect(cases.map(([schema]) => schema)).toContain("UserEntityListing");
  });

  it.each(cases)("%s %s: tolerated and reported, strict names it", (schema, at, path) => {
    const ref = { $ref: `#/components/schemas/${schema}` };
    const value = setAt(ref, exampleOf(schema), path, UNLISTED);
    const validate = validatorFor(schema) as (
      value: unknown,
      options?: { enums: "open" | "closed" },
    ) => {
      ok: boolean;
      issues?: { path: string; keyword: string }[];
      unknownEnumValues?: { path: string }[];
    };
    const strict = validate(value);
    expect(strict.ok).toBe(false);
    expect(strict.issues).toContainEqual(expect.objectContaining({ path: at, keyword: "enum" }));
    const open = validate(value, { enums: "open" });
    expect(open.issues ?? []).toEqual([]);
    expect(open.ok).toBe(true);
    expect(open.unknownEnumValues).toContainEqual(expect.objectContaining({ path: at }));
  });
});

describe("the client with validateResponses: true", () => {
  let body = "";
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const operations = operationList.filter((op) => {
    const success = Object.entries(op.responses).find(([status]) => /^2/.test(status));
    return success?.[1].schema !== undefined && cases.some(([s]) => s === success[1].schema);
  });

  it.each(operations.map((op) => [op.operationId, op] as const))(
    "%s returns the data of a response with every enum unlisted",
    async (_, op) => {
      const [status, response] = Object.entries(op.responses).find(([s]) => /^2/.test(s))!;
      const schema = response.schema!;
      const ref = { $ref: `#/components/schemas/${schema}` };
      let value = exampleOf(schema);
      for (const [s, , path] of cases) if (s === schema) value = setAt(ref, value, path, UNLISTED);
      body = JSON.stringify(value);
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const options = { baseUrl: url, accessToken: "t", retry: false as const };
      const call = (validateResponses: true | "strict") => {
        const client = createUsersClient({ ...options, validateResponses }) as unknown as Record<
          string,
          (path: string, init: object) => Promise<{ data?: unknown; response: Response }>
        >;
        const params = Object.fromEntries(
          ["path", "query"].map((where) => [
            where,
            Object.fromEntries(
              op.parameters.filter((p) => p.in === where && p.required).map((p) => [p.name, "x"]),
            ),
          ]),
        );
        return client[op.method]!(op.path, {
          params,
          ...(op.requestBody ? { body: exampleOf(op.requestBody.content[0]!.schema) } : {}),
        });
      };
      const tolerant = await call(true);
      expect(tolerant.response.status).toBe(Number(status));
      expect(tolerant.data).toEqual(value);
      await expect(call("strict")).rejects.toMatchObject({
        name: "UsersApiResponseValidationError",
      });
    },
  );
});
