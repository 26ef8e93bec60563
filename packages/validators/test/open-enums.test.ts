// Open enums in read models: a value the spec does not list is accepted and reported with
// { enums: "open" }; the default stays strict, and request bodies are strict always.
import { describe, expect, it } from "vitest";
import { validateUpdateUser, validateUser } from "../src/index.js";

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
