import { describe, expect, it } from "vitest";
import {
  assertUpdateUser,
  validateCreateUser,
  validateEducation,
  validateOrgUser,
  validateUpdateUser,
  validateUser,
  validateUserState,
  ValidationError,
} from "../src/index.js";

function issuesOf(result: { ok: boolean; issues?: unknown }) {
  expect(result.ok).toBe(false);
  return (result as { issues: { path: string; keyword: string; message: string }[] }).issues;
}

describe("issue messages", () => {
  it("list the allowed values of an enum", () => {
    expect(issuesOf(validateUpdateUser({ version: 1, state: "suspended" }))).toEqual([
      {
        path: "/state",
        keyword: "enum",
        message: 'state must be one of "active", "inactive", "deleted"',
      },
    ]);
  });

  it("name a missing property, at the path of the object that lacks it", () => {
    expect(issuesOf(validateUpdateUser({ name: "Ada" }))).toEqual([
      { path: "", keyword: "required", message: 'missing required property "version"' },
    ]);
    expect(
      issuesOf(
        validateOrgUser({
          version: 1,
          groups: [{ name: "Analysts", type: "official", rulesVisible: true }],
        }),
      ),
    ).toEqual([
      {
        path: "/groups/0",
        keyword: "required",
        message: 'missing required property "visibility" in groups[0]',
      },
    ]);
  });

  it("name an unknown property of a request body, which catches typos", () => {
    expect(issuesOf(validateUpdateUser({ version: 1, nmae: "Ada" }))).toEqual([
      {
        path: "",
        keyword: "additionalProperties",
        message: 'unknown property "nmae" (not allowed here)',
      },
    ]);
    expect(
      issuesOf(
        validateCreateUser({ name: "C", email: "c@example.com", divisionId: "d", devision: "x" }),
      ),
    ).toEqual([
      {
        path: "",
        keyword: "additionalProperties",
        message: 'unknown property "devision" (not allowed here)',
      },
    ]);
  });

  it("refuse read-only properties in a request body, as the writable type does", () => {
    expect(
      issuesOf(validateUpdateUser({ version: 1, id: "u-1", selfUri: "/api/v2/users/u-1" })),
    ).toEqual([
      { path: "", keyword: "readOnly", message: 'property "id" is read-only and cannot be sent' },
      {
        path: "",
        keyword: "readOnly",
        message: 'property "selfUri" is read-only and cannot be sent',
      },
    ]);
  });

  it("let read models carry properties the spec does not know yet", () => {
    expect(validateUser({ version: 1, brandNewField: { nested: true } }).ok).toBe(true);
  });

  it("say what type was expected and what came instead, and nothing more about that value", () => {
    expect(issuesOf(validateUpdateUser({ version: "1", state: 3 }))).toEqual([
      { path: "/version", keyword: "type", message: "version must be an integer, not a string" },
      { path: "/state", keyword: "type", message: "state must be a string, not an integer" },
    ]);
    expect(issuesOf(validateUser([1, 2]))).toEqual([
      { path: "", keyword: "type", message: "value must be an object, not an array" },
    ]);
    expect(issuesOf(validateUser({ version: 1.5 }))[0]?.message).toBe(
      "version must be an integer, not a number",
    );
    expect(issuesOf(validateUserState(null))[0]?.message).toBe("value must be a string, not null");
  });

  it("describe the format a value must have", () => {
    expect(
      issuesOf(validateUser({ version: 1, routingStatus: { startTime: "yesterday" } })),
    ).toEqual([
      {
        path: "/routingStatus/startTime",
        keyword: "format",
        message:
          'routingStatus.startTime must be a date-time with a time zone, such as "2024-01-31T09:30:00Z" (RFC 3339)',
      },
    ]);
    expect(issuesOf(validateUser({ version: 2 ** 31 }))[0]?.message).toBe(
      "version must be a whole number from -2147483648 to 2147483647 (int32)",
    );
    expect(
      issuesOf(validateUser({ version: 1, images: [{ imageUri: "not a uri" }] }))[0],
    ).toMatchObject({
      path: "/images/0/imageUri",
      keyword: "format",
      message: expect.stringContaining("absolute URI"),
    });
  });

  it("give length limits", () => {
    expect(issuesOf(validateEducation({ notes: "x".repeat(2001) }))).toEqual([
      {
        path: "/notes",
        keyword: "maxLength",
        message: "notes must be at most 2000 characters long",
      },
    ]);
  });

  it("escape unusual keys in paths and quote them in messages", () => {
    const issues = issuesOf(validateUpdateUser({ version: 1, "a/b~c": 1 }));
    expect(issues).toEqual([
      {
        path: "",
        keyword: "additionalProperties",
        message: 'unknown property "a/b~c" (not allowed here)',
      },
    ]);
    const nested = issuesOf(validateUser({ version: 1, addresses: [{ mediaType: "FAX" }] }));
    expect(nested[0]).toMatchObject({
      path: "/addresses/0/mediaType",
      message: expect.stringMatching(/^addresses\[0\]\.mediaType /),
    });
  });

  it("report every problem at once", () => {
    const issues = issuesOf(
      validateUpdateUser({
        nmae: "x",
        state: "gone",
        addresses: [{ mediaType: "FAX" }],
        biography: { education: [{ dateEnd: "2020-02-30" }] },
      }),
    );
    expect(issues.map((i) => `${i.path} ${i.keyword}`)).toEqual([
      " required",
      " additionalProperties",
      "/biography/education/0/dateEnd format",
      "/addresses/0/mediaType enum",
      "/state enum",
    ]);
  });
});

describe("ValidationError", () => {
  it("is an Error whose message lists the issues and whose .issues has them all", () => {
    let thrown: unknown;
    try {
      assertUpdateUser({ nmae: "x", state: "gone" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toBeInstanceOf(ValidationError);
    const error = thrown as ValidationError;
    expect(error.name).toBe("ValidationError");
    expect(error.message).toBe(
      'UpdateUser is invalid: missing required property "version"; unknown property "nmae" (not allowed here); state must be one of "active", "inactive", "deleted"',
    );
    expect(error.issues).toHaveLength(3);
  });

  it("keeps the message short when there are many issues", () => {
    const error = new ValidationError(
      Array.from({ length: 8 }, (_, i) => ({
        path: `/${i}`,
        keyword: "type",
        message: `issue ${i}`,
      })),
      "User",
    );
    expect(error.message).toBe(
      "User is invalid: issue 0; issue 1; issue 2; issue 3; issue 4 (and 3 more issues)",
    );
  });

  it("narrows the type after a successful assert", () => {
    const value: unknown = { version: 4 };
    assertUpdateUser(value);
    expect(value.version).toBe(4);
  });
});
