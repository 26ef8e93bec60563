// Open enums in read models: a value the spec does not list is accepted and reported with
// { enums: "open" }; the default stays strict, and what is only ever sent (request bodies,
// search criteria, query parameters) is strict always.
import { describe, expect, it } from "vitest";
import {
  validateContact,
  validateProfileSkills,
  validateSearchCriteriaType,
  validateSortOrder,
  validateUpdateUser,
  validateUser,
  validateUserSearchCriteria,
  validateUserSearchRequest,
  validateUserState,
  type Validate,
} from "../src/index.js";
import { exportsFor } from "./public-api.js";
import { readModels, unlistedCases } from "./support/unlisted-enums.js";

const user = { id: "u1", version: 1, state: "archived", addresses: [{ mediaType: "FAX" }] };

describe("{ enums: 'open' }", () => {
  it("is off by default: an unknown value is an enum issue naming its path", () => {
    const result = validateUser(user);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path} ${i.keyword}`).sort()).toEqual([
      "/addresses/0/mediaType enum",
      "/state enum",
    ]);
  });

  it("accepts unknown values in a read model and reports each with its path", () => {
    const result = validateUser(user, { enums: "open" });
    expect(result).toMatchObject({ ok: true, value: user });
    expect(
      result.ok && result.unknownEnumValues?.map((i) => `${i.path} ${i.keyword}`).sort(),
    ).toEqual(["/addresses/0/mediaType enum", "/state enum"]);
  });

  it("reports an empty list when every value is known", () => {
    expect(validateUser({ version: 1, state: "active" }, { enums: "open" })).toEqual({
      ok: true,
      value: { version: 1, state: "active" },
      unknownEnumValues: [],
    });
  });

  it("still checks everything else, the type of an enum value included", () => {
    const result = validateUser({ ...user, version: "1", title: 7 }, { enums: "open" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path} ${i.keyword}`).sort()).toEqual([
      "/title type",
      "/version type",
    ]);
    const wrongType = validateUser({ version: 1, state: 5 }, { enums: "open" });
    expect(wrongType.ok).toBe(false);
  });

  it("leaves request bodies closed", () => {
    const result = validateUpdateUser({ version: 1, state: "archived" }, { enums: "open" });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual(
        expect.objectContaining({ path: "/state", keyword: "enum" }),
      );
  });
});

describe("which schemas open: those a response can contain", () => {
  it("keeps what is only ever sent closed: search criteria, their enums, query enums", () => {
    const criteria = { type: "FUZZY_NEW", fields: ["name"], value: "x" };
    for (const result of [
      validateUserSearchCriteria(criteria, { enums: "open" }),
      validateSearchCriteriaType("FUZZY_NEW", { enums: "open" }),
      validateSortOrder("SIDEWAYS", { enums: "open" }),
      validateUserSearchRequest({ query: [criteria] }, { enums: "open" }),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.keyword)).toContain("enum");
      expect(result).not.toHaveProperty("unknownEnumValues");
    }
  });

  it("opens a model that is both sent and answered, and every model a response holds", () => {
    expect(validateUserState("suspended", { enums: "open" }).ok).toBe(true);
    expect(validateContact({ mediaType: "CARRIER_PIGEON" }, { enums: "open" }).ok).toBe(true);
    // PUT .../profileskills takes ProfileSkills and answers with it: a read model.
    expect(readModels).toContain("ProfileSkills");
    expect(validateProfileSkills(["a"], { enums: "open" })).toMatchObject({ ok: true });
  });

  it("finds enum positions in the spec, in read models and in what is only sent", () => {
    const schemasWithEnums = new Set(unlistedCases.map((c) => c.schema));
    expect([...schemasWithEnums].filter((s) => readModels.has(s)).length).toBeGreaterThan(10);
    expect([...schemasWithEnums].filter((s) => !readModels.has(s)).length).toBeGreaterThan(5);
  });

  it.each(unlistedCases)(
    "$schema $at: open iff a response can contain it",
    ({ schema, at, value }) => {
      const validate = exportsFor(schema).validate as Validate<unknown>;
      const strict = validate(value);
      expect(!strict.ok && strict.issues).toContainEqual(
        expect.objectContaining({ path: at, keyword: "enum" }),
      );
      const open = validate(value, { enums: "open" });
      const issues = open.ok ? [] : open.issues;
      const enumIssue = expect.objectContaining({ path: at, keyword: "enum" });
      if (readModels.has(schema)) {
        expect(issues).not.toContainEqual(enumIssue);
        if (open.ok) expect(open.unknownEnumValues).toContainEqual(enumIssue);
      } else {
        expect(open.ok).toBe(false);
        expect(issues).toContainEqual(enumIssue);
      }
    },
  );
});
