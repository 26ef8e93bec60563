// The user models are written once: UserCommonFields holds what every user model shares,
// UserReadFields what the read models share; User, OrgUser and UpdateUser take them through
// allOf and add only their own fields, and so do the other models that extend a shared one
// (UserMe, the closed update bodies, the routing listings). Request bodies are closed and
// every read model is open to properties this document does not name.
import { describe, expect, it } from "vitest";
import {
  objectProperties,
  operationTable,
  readModelSchemaNames,
  requestBodySchemaNames,
  type OpenApiDocument,
} from "../src/walk.js";
import { isObject, type Json } from "./support/json.js";
import { componentSchemas, loadBundledDocument } from "./support/repo.js";

const document = loadBundledDocument();
const schemas = componentSchemas(document);
/** The closed models: request bodies and the models only request bodies use. */
const closedModels = [
  "UpdateUser",
  "CreateUser",
  "UserSearchRequest",
  "SearchSort",
  "UserSearchCriteria",
  "PatchUser",
  "UpdateUserStateChange",
  "UpdateRoutingStatus",
  "UserRoutingSkillPost",
  "UserRoutingLanguagePost",
];
const table = operationTable(document as OpenApiDocument);
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const ownProperties = (name: string): string[] => {
  const properties = schemas[name]?.["properties"];
  return isObject(properties) ? Object.keys(properties) : [];
};
const allProperties = (name: string) =>
  objectProperties(document as OpenApiDocument, ref(name)).properties;

/** JSON Pointers (inside components.schemas) of every subschema that closes its object. */
function closedObjects(node: Json, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => closedObjects(item, `${path}/${i}`));
  if (!isObject(node)) return [];
  const here =
    node["additionalProperties"] === false || node["unevaluatedProperties"] === false ? [path] : [];
  return [
    ...here,
    ...Object.entries(node).flatMap(([key, child]) => closedObjects(child, `${path}/${key}`)),
  ];
}

const extensions = [
  ["UserReadFields", "UserCommonFields"],
  ["User", "UserReadFields"],
  ["OrgUser", "UserReadFields"],
  ["UpdateUser", "UserCommonFields"],
  ["UserMe", "User"],
  ["UpdateUserStateChange", "UserStateChange"],
  ["UpdateRoutingStatus", "RoutingStatus"],
  ["UserSkillEntityListing", "EntityListingFields"],
  ["UserLanguageEntityListing", "EntityListingFields"],
] as const;

describe("the user models share one definition", () => {
  it.each(extensions)("%s extends %s through allOf", (model, base) => {
    expect(schemas[model]?.["allOf"]).toEqual([ref(base)]);
  });

  it("no model writes again a property it takes from a shared model", () => {
    for (const [model, base] of extensions) {
      const inherited = Object.keys(allProperties(base));
      expect(
        ownProperties(model).filter((name) => inherited.includes(name)),
        model,
      ).toEqual([]);
    }
  });

  it("User adds only selfUri and OrgUser only organization", () => {
    expect(ownProperties("User")).toEqual(["selfUri"]);
    expect(ownProperties("OrgUser")).toEqual(["organization"]);
    const user = Object.keys(allProperties("User"));
    const orgUser = Object.keys(allProperties("OrgUser"));
    expect(user.filter((name) => !orgUser.includes(name))).toEqual(["selfUri"]);
    expect(orgUser.filter((name) => !user.includes(name))).toEqual(["organization"]);
  });

  it("User.selfUri is a read-only uri-reference string", () => {
    expect(allProperties("User")["selfUri"]).toMatchObject({
      type: "string",
      format: "uri-reference",
      readOnly: true,
    });
  });

  it("UserMe is a User plus read-only expand-only fields, organization among them", () => {
    const user = Object.keys(allProperties("User"));
    const extras = Object.entries(allProperties("UserMe")).filter(([name]) => !user.includes(name));
    expect(extras.map(([name]) => name)).toEqual(
      expect.arrayContaining(["organization", "date", "favorites", "superiors", "token"]),
    );
    for (const [name, property] of extras) expect(property, name).toHaveProperty("readOnly", true);
  });

  it("the update bodies add nothing to the models they close", () => {
    expect(ownProperties("UpdateUserStateChange")).toEqual([]);
    expect(ownProperties("UpdateRoutingStatus")).toEqual([]);
  });

  it("every user model requires version", () => {
    for (const model of ["User", "OrgUser", "UpdateUser", "UserMe"]) {
      expect(objectProperties(document as OpenApiDocument, ref(model)).required, model).toEqual([
        "version",
      ]);
    }
  });
});

describe("open read models, closed request bodies", () => {
  it("UpdateUser is closed across its allOf (unevaluatedProperties: false)", () => {
    expect(schemas["UpdateUser"]).toHaveProperty("unevaluatedProperties", false);
  });

  it("CreateUser is closed (additionalProperties: false)", () => {
    expect(schemas["CreateUser"]).toHaveProperty("additionalProperties", false);
  });

  it.each(closedModels.filter((name) => name.startsWith("Update")))(
    "%s is closed across its allOf (unevaluatedProperties: false)",
    (name) => {
      expect(schemas[name]).toHaveProperty("unevaluatedProperties", false);
    },
  );

  it.each(closedModels.filter((name) => !name.startsWith("Update")))(
    "%s is closed (additionalProperties: false)",
    (name) => {
      expect(schemas[name]).toHaveProperty("additionalProperties", false);
    },
  );

  it("every object a request body holds at its top (or as its items) is closed", () => {
    for (const name of requestBodySchemaNames(table)) {
      const schema = schemas[name] ?? {};
      const items = isObject(schema["items"]) ? schema["items"] : {};
      // An array body (PatchUserList, ProfileSkills) is checked through its items.
      const object =
        schema["type"] === "array" && typeof items["$ref"] === "string"
          ? items["$ref"].replace("#/components/schemas/", "")
          : name;
      if (schemas[object]?.["type"] === "object") expect(closedModels, name).toContain(object);
    }
  });

  it("no closed model is reachable from a response", () => {
    const fromResponses = readModelSchemaNames(document as OpenApiDocument, table);
    expect(closedModels.filter((name) => fromResponses.has(name))).toEqual([]);
  });

  it("no other schema closes an object", () => {
    const closed = Object.entries(schemas)
      .filter(([name]) => !closedModels.includes(name))
      .flatMap(([name, schema]) => closedObjects(schema, `#/components/schemas/${name}`));
    expect(closed).toEqual([]);
  });

  it.each([
    "OrgUser",
    "User",
    "UserEntityListing",
    "Trustor",
    "ErrorBody",
    "UserMe",
    "UserCursorEntityListing",
    "UsersSearchResponse",
    "UserStateChange",
    "RoutingStatus",
    "UserSkillEntityListing",
    "UserLanguageEntityListing",
    "TokenInfo",
    "Adjacents",
  ])("%s is open to unknown properties", (name) => {
    expect(schemas[name]?.["type"]).toBe("object");
    expect(schemas[name]?.["additionalProperties"] ?? true).not.toBe(false);
    expect(schemas[name]?.["unevaluatedProperties"] ?? true).not.toBe(false);
  });
});
