// User is OrgUser without `organization` and with `selfUri`; request bodies are closed and every
// read model is open to properties this document does not name.
import { describe, expect, it } from "vitest";
import { isObject, type Json, type JsonObject } from "./support/json.js";
import { componentSchemas, loadBundledDocument } from "./support/repo.js";

const schemas = componentSchemas(loadBundledDocument());
const requestBodies = ["UpdateUser", "CreateUser"];

function propertiesOf(name: string): JsonObject {
  const properties = schemas[name]?.["properties"];
  if (!isObject(properties)) throw new Error(`${name} has no properties`);
  return properties;
}

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

describe("User and OrgUser", () => {
  const user = propertiesOf("User");
  const orgUser = propertiesOf("OrgUser");

  it("User has OrgUser's properties minus organization, plus selfUri", () => {
    const expected = [...Object.keys(orgUser).filter((name) => name !== "organization"), "selfUri"];
    expect(Object.keys(orgUser)).toContain("organization");
    expect(Object.keys(user).sort()).toEqual(expected.sort());
  });

  it("the properties they share are identical", () => {
    for (const name of Object.keys(user).filter((key) => key !== "selfUri")) {
      expect(user[name], `User.${name}`).toEqual(orgUser[name]);
    }
  });

  it("User.selfUri is a read-only uri-reference string", () => {
    expect(user["selfUri"]).toMatchObject({
      type: "string",
      format: "uri-reference",
      readOnly: true,
    });
  });

  it("both require the same fields", () => {
    expect(schemas["User"]?.["required"]).toEqual(schemas["OrgUser"]?.["required"]);
  });
});

describe("open read models, closed request bodies", () => {
  it.each(requestBodies)("%s is closed (additionalProperties: false)", (name) => {
    expect(schemas[name]).toHaveProperty("additionalProperties", false);
  });

  it("no other schema closes an object", () => {
    const closed = Object.entries(schemas)
      .filter(([name]) => !requestBodies.includes(name))
      .flatMap(([name, schema]) => closedObjects(schema, `#/components/schemas/${name}`));
    expect(closed).toEqual([]);
  });

  it.each(["OrgUser", "User", "UserEntityListing", "Trustor", "ErrorBody"])(
    "%s is open to unknown properties",
    (name) => {
      expect(schemas[name]?.["type"]).toBe("object");
      expect(schemas[name]?.["additionalProperties"] ?? true).not.toBe(false);
    },
  );
});
