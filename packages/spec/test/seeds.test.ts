// OrgUser and UpdateUser must match their seed tables field for field: wire name, type,
// description (verbatim where the seed gives one) and required flag.
import { describe, expect, it } from "vitest";
import { deref, isObject, type Json, type JsonObject } from "./support/json.js";
import { componentSchemas, loadBundledDocument } from "./support/repo.js";
import {
  parseSeedTable,
  parseSeedType,
  snakeToCamel,
  type SeedType,
} from "./support/seed-table.js";
import { readSeed } from "./support/sources.js";
import { objectProperties, type OpenApiDocument } from "../src/walk.js";

const document = loadBundledDocument();
const schemas = componentSchemas(document);

/** Asserts that a property schema has the wire type a seed type names. */
function expectSeedType(property: Json | undefined, type: SeedType, where: string): void {
  expect(isObject(property), `${where} is a schema object`).toBe(true);
  if (type.kind === "model") {
    // A model is always a reference to the component of that name.
    expect(property, where).toHaveProperty("$ref", `#/components/schemas/${type.name}`);
    expect(schemas, `${where} refers to a defined schema`).toHaveProperty([type.name]);
    return;
  }
  // Primitives and lists may be written inline or through a reference (e.g. an enum of strings).
  const target = deref(document, property);
  if (type.kind === "list") {
    expect(target["type"], `${where} type`).toBe("array");
    expectSeedType(target["items"], type.items, `${where}.items`);
  } else if (type.kind === "str") {
    expect(target["type"], `${where} type`).toBe("string");
  } else if (type.kind === "int") {
    expect({ type: target["type"], format: target["format"] }, where).toEqual({
      type: "integer",
      format: "int32",
    });
  } else {
    expect(target["type"], `${where} type`).toBe("boolean");
  }
}

describe("the seed table reader", () => {
  it("reads each kind of type cell", () => {
    expect(parseSeedType("**str**")).toEqual({ kind: "str" });
    expect(parseSeedType("**int**")).toEqual({ kind: "int" });
    expect(parseSeedType("**bool**")).toEqual({ kind: "bool" });
    expect(parseSeedType("**list[str]**")).toEqual({ kind: "list", items: { kind: "str" } });
    expect(parseSeedType("[**Division**](Division.html)")).toEqual({
      kind: "model",
      name: "Division",
    });
    expect(parseSeedType("[**list[Contact]**](Contact.html)")).toEqual({
      kind: "list",
      items: { kind: "model", name: "Contact" },
    });
  });

  it("refuses what it does not know", () => {
    expect(() => parseSeedType("**float**")).toThrow(/unknown seed type/);
    expect(() => parseSeedType("[**list[Contact]**](User.html)")).toThrow(/different model/);
    expect(() => parseSeedType("Division")).toThrow(/unreadable/);
  });

  it("turns snake_case into camelCase", () => {
    expect(snakeToCamel("primary_contact_info")).toBe("primaryContactInfo");
    expect(snakeToCamel("self_uri")).toBe("selfUri");
    expect(snakeToCamel("version")).toBe("version");
  });
});

describe.each(["OrgUser", "UpdateUser"])("%s matches its seed table", (model) => {
  const fields = parseSeedTable(readSeed(model));
  const schema: JsonObject = schemas[model] ?? {};
  // With the properties the model takes from the shared user models through allOf.
  const flat = objectProperties(document as OpenApiDocument, {
    $ref: `#/components/schemas/${model}`,
  });
  const properties = flat.properties as Record<string, Json>;

  it("is a schema of the bundle", () => {
    expect(schemas).toHaveProperty([model]);
    expect(schema["type"]).toBe("object");
  });

  it("has exactly the seed's fields, in camelCase", () => {
    expect(Object.keys(properties).sort()).toEqual(fields.map((field) => field.wireName).sort());
  });

  it("requires exactly the seed's required fields (version, nothing else)", () => {
    const required = fields.filter((field) => field.required).map((field) => field.wireName);
    expect(required).toEqual(["version"]);
    expect(flat.required).toEqual(required);
  });

  it.each(fields.map((field) => [field.seedName, field] as const))("%s", (_, field) => {
    const property = properties[field.wireName];
    expect(property, `${model}.${field.wireName} exists`).toBeDefined();
    expectSeedType(property, field.type, `${model}.${field.wireName}`);
    if (field.description !== "") {
      expect(isObject(property) ? property["description"] : undefined).toBe(field.description);
    }
  });
});
