// Proof, generated from the spec, that responses survive the API's next release: for every
// enum position in every response schema of the operation table, a response carrying a value
// the spec does not list passes tolerant validation (reported), fails strict validation (at
// its path), and the client with validateResponses: true returns the data.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createUsersClient } from "@users-api/fetch-client";
import document from "@users-api/spec";
import { operationList } from "@users-api/spec/operations";
import { readModelSchemaNames, type OpenApiDocument } from "@users-api/spec/walk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleFor, exampleOf } from "../src/examples.js";
import {
  componentSchema,
  objectShape,
  resolveSchema,
  schemaName,
  type SchemaNode,
} from "../src/spec.js";
import { validatorFor } from "./helpers.js";

const UNLISTED = "VALUE_FROM_A_NEWER_API";

type Segment = string | number;

const pointer = (path: Segment[]) => path.map((s) => `/${s}`).join("");

/**
 * Keywords that hold subschemas the walker below does not enter: a spec that starts using one
 * must extend the walker, or an enum behind it would escape the proof.
 */
const UNHANDLED = [
  "oneOf",
  "anyOf",
  "not",
  "if",
  "then",
  "else",
  "prefixItems",
  "patternProperties",
  "dependentSchemas",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "$defs",
] as const;

/** The key the walker uses for a property that `additionalProperties` describes. */
const ADDITIONAL_KEY = "keyFromANewerApi";

/** The declared properties of an object schema, those of a named model's allOf parts included. */
function propertiesAt(schema: SchemaNode): Readonly<Record<string, SchemaNode>> {
  const name = schemaName(schema);
  return name === undefined
    ? (resolveSchema(schema).properties ?? {})
    : objectShape(name).properties;
}

/** Throws unless the walker handles every subschema of `resolved` (and of its allOf parts). */
function assertHandled(resolved: SchemaNode, named: boolean, where: string): void {
  const fail = (what: string) => {
    throw new Error(`${where || "/"}: ${what} is not handled by enumPositions; extend it`);
  };
  for (const keyword of UNHANDLED) if (keyword in resolved) fail(keyword);
  const unevaluated = resolved["unevaluatedProperties"];
  if (unevaluated !== undefined && typeof unevaluated !== "boolean")
    fail("unevaluatedProperties with a schema");
  if (
    resolved.additionalProperties !== undefined &&
    typeof resolved.additionalProperties !== "boolean" &&
    (typeof resolved.additionalProperties !== "object" || resolved.additionalProperties === null)
  )
    fail("additionalProperties");
  if (resolved.items !== undefined && typeof resolved.items !== "object") fail("items");
  if (Array.isArray(resolved.allOf)) {
    // objectShape merges the properties of a named model's allOf parts, nothing else.
    if (!named) fail("inline allOf");
    for (const part of resolved.allOf) assertHandled(resolveSchema(part), true, `${where} allOf`);
  }
}

/**
 * Paths to every enum in a schema; a model already on the path is not entered again. Adds the
 * name of every enum component it reaches to `visited`.
 */
function enumPositions(
  schema: SchemaNode,
  visited: Set<string>,
  path: Segment[] = [],
  stack: string[] = [],
): Segment[][] {
  const name = schemaName(schema);
  if (name !== undefined && stack.includes(name)) return [];
  const inner = name === undefined ? stack : [...stack, name];
  const resolved = resolveSchema(schema);
  if (resolved.enum) {
    if (name !== undefined) visited.add(name);
    return [path];
  }
  assertHandled(resolved, name !== undefined, pointer(path));
  const positions: Segment[][] = [];
  if (resolved.items)
    positions.push(...enumPositions(resolved.items, visited, [...path, 0], inner));
  for (const [key, property] of Object.entries(propertiesAt(schema)))
    positions.push(...enumPositions(property, visited, [...path, key], inner));
  const additional = resolved.additionalProperties;
  if (typeof additional === "object")
    positions.push(...enumPositions(additional, visited, [...path, ADDITIONAL_KEY], inner));
  return positions;
}

/** `value` with `leaf` at `path`, missing objects and arrays on the way built from the schema. */
function setAt(schema: SchemaNode, value: unknown, path: Segment[], leaf: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  const resolved = resolveSchema(schema);
  if (typeof head === "number") {
    const items = Array.isArray(value) ? [...value] : [];
    items[0] = setAt(resolved.items!, items[0] ?? exampleFor(resolved.items!), rest, leaf);
    return items;
  }
  const additional = resolved.additionalProperties;
  const property =
    propertiesAt(schema)[head] ??
    (head === ADDITIONAL_KEY && typeof additional === "object" ? additional : undefined);
  if (property === undefined) throw new Error(`no property ${head} to set`);
  const object = { ...(value as Record<string, unknown>) };
  object[head] = setAt(property, object[head] ?? exampleFor(property), rest, leaf);
  return object;
}

// Every schema a response of the operation table has, in any status (error bodies included).
const responseSchemas = [
  ...new Set(
    operationList.flatMap((op) =>
      Object.values(op.responses)
        .map((r) => r.schema)
        .filter((schema) => schema !== undefined),
    ),
  ),
];

const visitedEnums = new Set<string>();
const cases = responseSchemas.flatMap((schema) =>
  enumPositions({ $ref: `#/components/schemas/${schema}` }, visitedEnums).map(
    (path) => [schema, pointer(path), path] as const,
  ),
);

/** The enum components a response can carry, by the spec walker's own reckoning. */
const enumsInResponses = [...readModelSchemaNames(document as unknown as OpenApiDocument)]
  .filter((name) => Array.isArray(componentSchema(name)?.enum))
  .sort();

describe("an enum value the spec does not list, in every response schema", () => {
  it("is put at every enum a response can carry", () => {
    expect(enumsInResponses.length).toBeGreaterThan(10);
    expect([...visitedEnums].sort()).toEqual(enumsInResponses);
    expect(cases.map(([schema]) => schema)).toContain("UserEntityListing");
  });

  it("comes from a walker that refuses what it cannot walk", () => {
    const walk = (schema: SchemaNode) => () => enumPositions(schema, new Set());
    const user = { $ref: "#/components/schemas/UserState" };
    expect(walk({ type: "object", unevaluatedProperties: user })).toThrow(/unevaluatedProperties/);
    expect(walk({ oneOf: [user] })).toThrow(/oneOf/);
    expect(walk({ anyOf: [user] })).toThrow(/anyOf/);
    expect(walk({ allOf: [user] })).toThrow(/inline allOf/);
    expect(walk({ type: "array", prefixItems: [user] })).toThrow(/prefixItems/);
    expect(walk({ type: "object", properties: { a: { not: user } } })).toThrow(/\/a: not/);
    expect(walk({ type: "object", properties: { a: user } })()).toEqual([["a"]]);
    expect(walk({ type: "object", additionalProperties: user })()).toEqual([[ADDITIONAL_KEY]]);
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
