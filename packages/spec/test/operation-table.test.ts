// The generated operation table: what walk.js reads out of a spec, and that the published
// table is it.
import { describe, expect, it } from "vitest";
import { operationList, operations } from "../src/operations.js";
import {
  objectProperties,
  operationTable,
  readModelSchemaNames,
  refName,
  requestBodySchemaNames,
  responseSchemaNames,
  type OpenApiDocument,
} from "../src/walk.js";
import { loadBundledDocument } from "./support/repo.js";

const tiny: OpenApiDocument = {
  paths: {
    "/things/{id}": {
      parameters: [{ $ref: "#/components/parameters/Id" }],
      get: {
        operationId: "getThing",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "integer" } },
          { name: "q", in: "query", style: "form", explode: false, schema: { type: "array" } },
        ],
        responses: {
          "200": {
            description: "ok",
            headers: { "x-id": { schema: { type: "string" } } },
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Thing" },
                example: { id: 1 },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
      put: {
        operationId: "putThing",
        security: [],
        requestBody: { $ref: "#/components/requestBodies/Thing" },
        responses: { "204": { description: "done" } },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        allOf: [{ $ref: "#/components/schemas/Base" }],
        properties: { b: {} },
        required: ["b"],
      },
      Base: { properties: { a: {} }, required: ["a"] },
      Error: {},
    },
    parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "string" } } },
    requestBodies: {
      Thing: {
        required: true,
        content: {
          "application/merge-patch+json": { schema: { $ref: "#/components/schemas/Thing" } },
        },
      },
    },
    responses: {
      NotFound: {
        description: "missing",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    },
  },
};

describe("operationTable", () => {
  const [get, put] = operationTable(tiny);

  it("resolves parameters, an operation's own overriding the path item's", () => {
    expect(get?.parameters).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "integer" } },
      {
        name: "q",
        in: "query",
        required: false,
        style: "form",
        explode: false,
        schema: { type: "array" },
      },
    ]);
  });

  it("names the schema, media type, headers and example of every response, $refs resolved", () => {
    expect(get?.responses).toEqual({
      "200": {
        description: "ok",
        headers: ["x-id"],
        mediaType: "application/json",
        schema: "Thing",
        example: { id: 1 },
      },
      "404": { description: "missing", mediaType: "application/json", schema: "Error" },
    });
    expect(put?.responses).toEqual({ "204": { description: "done" } });
  });

  it("reads request bodies with their media types, and security", () => {
    expect(put).toMatchObject({
      method: "PUT",
      secured: false,
      requestBody: {
        required: true,
        content: [{ mediaType: "application/merge-patch+json", schema: "Thing" }],
      },
    });
    expect(get?.secured).toBe(true);
    expect(requestBodySchemaNames([get!, put!])).toEqual(new Set(["Thing"]));
    expect(responseSchemaNames([get!, put!])).toEqual(new Set(["Thing", "Error"]));
  });

  it("refuses what the packages could not type or validate", () => {
    const inline = structuredClone(tiny);
    const op = inline.paths?.["/things/{id}"]?.["get"] as { responses: Record<string, unknown> };
    op.responses["200"] = {
      description: "x",
      content: { "application/json": { schema: { type: "object" } } },
    };
    expect(() => operationTable(inline)).toThrow(
      /GET \/things\/\{id\} 200: the schema must be a \$ref/,
    );
    const twice = structuredClone(tiny);
    (twice.paths!["/things/{id}"]!["put"] as { operationId: string }).operationId = "getThing";
    expect(() => operationTable(twice)).toThrow(/getThing twice/);
    expect(() => refName("#/components/schemas/A/properties/b")).toThrow(/unsupported/);
  });

  it("flattens allOf into an object's properties", () => {
    expect(objectProperties(tiny, { $ref: "#/components/schemas/Thing" })).toEqual({
      properties: { a: {}, b: {} },
      required: ["a", "b"],
    });
  });
});

describe("readModelSchemaNames", () => {
  it("is every schema a response can contain, at any depth, and nothing only sent", () => {
    const document = structuredClone(tiny);
    document.paths!["/sent"] = {
      post: {
        operationId: "send",
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/Sent" } } },
        },
        responses: { "204": { description: "done" } },
      },
    };
    Object.assign(document.components!.schemas!, {
      Sent: { properties: { kind: { $ref: "#/components/schemas/SentKind" } } },
      SentKind: { type: "string", enum: ["A"] },
    });
    // Thing is sent too (putThing's body), and answered: a read model all the same.
    expect(readModelSchemaNames(document)).toEqual(new Set(["Thing", "Base", "Error"]));
    const table = operationTable(document);
    expect(readModelSchemaNames(document, table)).toEqual(new Set(["Thing", "Base", "Error"]));
    expect(requestBodySchemaNames(table)).toEqual(new Set(["Thing", "Sent"]));
  });

  it("refuses a response schema the spec does not define", () => {
    const document = structuredClone(tiny);
    delete document.components!.schemas!["Error"];
    expect(() => readModelSchemaNames(document)).toThrow(/no component schema Error/);
  });

  it("on the bundled spec: responses' models, not what is only sent", () => {
    const document = loadBundledDocument() as OpenApiDocument;
    const readModels = readModelSchemaNames(document, operationList);
    for (const name of ["User", "OrgUser", "UserState", "ErrorBody", "ProfileSkills"])
      expect(readModels, name).toContain(name);
    for (const name of ["UserSearchCriteria", "SearchCriteriaType", "UpdateUser", "SortOrder"])
      expect(readModels, name).not.toContain(name);
  });
});

describe("the published table", () => {
  it("is the table of the bundled spec", () => {
    const document = loadBundledDocument() as OpenApiDocument;
    expect(operationList).toEqual(operationTable(document));
    expect(Object.keys(operations)).toEqual(operationList.map((op) => op.operationId));
  });

  it("names only schemas the spec defines", () => {
    const document = loadBundledDocument() as OpenApiDocument;
    const defined = Object.keys(document.components?.schemas ?? {});
    for (const name of [
      ...requestBodySchemaNames(operationList),
      ...responseSchemaNames(operationList),
    ]) {
      expect(defined).toContain(name);
    }
  });
});
