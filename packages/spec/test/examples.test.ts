// The example payloads in spec/examples agree with the spec's own schemas: every valid one
// passes, every invalid one fails with an error at the JSON Pointer and keyword it names.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { componentValidators } from "./support/ajv.js";
import { examplesDir, loadBundledDocument } from "./support/repo.js";

const validators = componentValidators(loadBundledDocument());
const exampleSchemas = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function exampleFiles(schema: string, kind: "valid" | "invalid"): string[] {
  const dir = join(examplesDir, schema, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => join(schema, kind, file));
}

function readExample(file: string): unknown {
  return JSON.parse(readFileSync(join(examplesDir, file), "utf8"));
}

interface InvalidExample {
  description: string;
  expect: { path: string; keyword: string };
  value: unknown;
}

describe("component schemas", () => {
  it.each(validators.names)("%s compiles in strict mode", (name) => {
    expect(typeof validators.validator(name)).toBe("function");
  });
});

describe("example payloads", () => {
  it("every example folder is named after a component schema", () => {
    expect(exampleSchemas.filter((name) => !validators.names.includes(name))).toEqual([]);
  });

  it.each([
    "OrgUser",
    "User",
    "UpdateUser",
    "CreateUser",
    "UserMe",
    "UserCursorEntityListing",
    "UserSearchRequest",
    "UsersSearchResponse",
    "PatchUserList",
    "PatchUser",
    "UserEntityListing",
    "UserStateChange",
    "UpdateUserStateChange",
    "RoutingStatus",
    "UpdateRoutingStatus",
    "ProfileSkills",
    "UserRoutingSkillPost",
    "UserRoutingSkill",
    "UserSkillEntityListing",
    "UserRoutingLanguagePost",
    "UserRoutingLanguage",
    "UserLanguageEntityListing",
  ])("%s has valid and invalid examples", (schema) => {
    expect(exampleFiles(schema, "valid").length).toBeGreaterThan(0);
    expect(exampleFiles(schema, "invalid").length).toBeGreaterThan(0);
  });

  const valid = exampleSchemas.flatMap((schema) =>
    exampleFiles(schema, "valid").map((file) => [file, schema] as const),
  );
  const invalid = exampleSchemas.flatMap((schema) =>
    exampleFiles(schema, "invalid").map((file) => [file, schema] as const),
  );

  it.each(valid)("%s passes", (file, schema) => {
    const validate = validators.validator(schema);
    validate(readExample(file));
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each(invalid)("%s fails where it says", (file, schema) => {
    const example = readExample(file) as InvalidExample;
    expect(example).toMatchObject({
      description: expect.any(String),
      expect: { path: expect.any(String), keyword: expect.any(String) },
    });
    expect(example).toHaveProperty("value");
    const validate = validators.validator(schema);
    expect(validate(example.value)).toBe(false);
    // A closed model that extends another (UpdateUser) closes itself with
    // unevaluatedProperties; @users-api/validators flattens it and reports the same unknown
    // property as additionalProperties, the keyword the examples name.
    const reported = (validate.errors ?? []).map(({ instancePath, keyword }) => ({
      path: instancePath,
      keyword: keyword === "unevaluatedProperties" ? "additionalProperties" : keyword,
    }));
    expect(reported).toContainEqual(example.expect);
  });
});
