// The consumer's wording of single redocly diff changes (no redocly run: fast).
import { describe, expect, it } from "vitest";
import { describeApiChange } from "../api-changes.mjs";

/**
 * @param {Partial<import("../classify.mjs").DiffChange>} change
 * @returns {import("../classify.mjs").DiffChange}
 */
const diff = (change) => ({
  path: "#/",
  typeName: "Schema",
  kind: "modified",
  impact: "patch",
  verdicts: [],
  ...change,
});

const documents = {
  head: {
    paths: {
      "/users/{userId}": { patch: { operationId: "patchUser" }, get: { operationId: "getUser" } },
    },
  },
};

describe("describeApiChange", () => {
  it("names every operation of a new path", () => {
    expect(
      describeApiChange(
        diff({
          path: "#/paths/~1users~1search",
          typeName: "PathItem",
          kind: "added",
          revision: {
            value: {
              parameters: [],
              get: { operationId: "getUsersSearch" },
              post: { operationId: "postUsersSearch" },
            },
          },
        }),
      ),
    ).toEqual([
      "Added operation `GET /users/search` (getUsersSearch)",
      "Added operation `POST /users/search` (postUsersSearch)",
    ]);
  });

  it("names a field of an inline schema by where it is used, with the operationId", () => {
    expect(
      describeApiChange(
        diff({
          path: "#/paths/~1users~1{userId}/get/responses/200/content/application~1json/schema/properties/addresses/items/properties/city",
          kind: "removed",
          impact: "major",
        }),
        documents,
      ),
    ).toEqual([
      "Removed field `addresses[].city` in the 200 response of `GET /users/{userId}` (getUser)",
    ]);
  });

  it("names a nested field of a shared schema by the schema", () => {
    expect(
      describeApiChange(
        diff({
          path: "#/paths/~1users/get/responses/200/content/application~1json/schema/properties/entities/items/properties/addresses/items/properties/city",
          kind: "added",
          revision: {
            pointer: "#/components/schemas/User/properties/addresses/items/properties/city",
          },
        }),
      ),
    ).toEqual(["Added field `User.addresses[].city`"]);
  });

  it("names a field of the items of an array schema", () => {
    expect(
      describeApiChange(
        diff({
          path: "#/components/schemas/PatchUserList/items/properties/id",
          kind: "removed",
          impact: "major",
        }),
      ),
    ).toEqual(["Removed field `PatchUserList[].id`"]);
  });

  it("names responses and parameters with their operation", () => {
    expect(
      describeApiChange(
        diff({
          path: "#/paths/~1users~1{userId}/patch/responses/409",
          typeName: "Response",
          kind: "added",
        }),
        documents,
      ),
    ).toEqual(["Added response `409` to `PATCH /users/{userId}` (patchUser)"]);
    expect(
      describeApiChange(
        diff({
          path: "#/paths/~1users~1{userId}/get/parameters/1",
          typeName: "Parameter",
          kind: "removed",
          base: { value: { name: "expand", in: "query" } },
        }),
        documents,
      ),
    ).toEqual(["Removed query parameter `expand` from `GET /users/{userId}` (getUser)"]);
  });

  it("says which enum values came and went", () => {
    expect(
      describeApiChange(
        diff({
          path: "#/components/schemas/UserState",
          property: "enum",
          base: { value: ["active", "inactive"] },
          revision: {
            pointer: "#/components/schemas/UserState/enum",
            value: ["active", "deleted"],
          },
        }),
      ),
    ).toEqual([
      "Added enum values `deleted` to schema `UserState`; removed enum values `inactive` from schema `UserState`",
    ]);
  });

  it("reports a renamed operationId", () => {
    expect(
      describeApiChange(
        diff({
          path: "#/paths/~1users~1{userId}/get",
          typeName: "Operation",
          property: "operationId",
          base: { value: "getUserById" },
          revision: { value: "getUser" },
        }),
        documents,
      ),
    ).toEqual([
      "Renamed operation `GET /users/{userId}` (getUser): operationId `getUserById` is now `getUser`",
    ]);
  });

  it("falls back to the place and redocly's message", () => {
    expect(
      describeApiChange(
        diff({
          path: "#/components/securitySchemes/oauth/flows",
          typeName: "OAuthFlows",
          property: "tokenUrl",
          impact: "major",
          verdicts: [
            {
              ruleId: "security-scheme-changed",
              impact: "major",
              message: "The token URL changed.",
            },
          ],
        }),
      ),
    ).toEqual([
      "Changed `tokenUrl` of `components/securitySchemes/oauth/flows`: The token URL changed.",
    ]);
  });
});
