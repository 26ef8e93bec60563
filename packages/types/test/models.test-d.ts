import { describe, expectTypeOf, test } from "vitest";
import type {
  components,
  ContactMediaType,
  CreateUser,
  OrgUser,
  paths,
  UpdateUser,
  User,
  UserEntityListing,
  UserState,
} from "../src/index.js";
import { contactMediaTypeValues, userStateValues } from "../src/index.js";

describe("read models", () => {
  test("a minimal user needs only version", () => {
    const user: OrgUser = { version: 1 };
    expectTypeOf(user).toEqualTypeOf<OrgUser>();
    const apiUser: User = { version: 1, selfUri: "/api/v2/users/1" };
    expectTypeOf(apiUser.version).toEqualTypeOf<number>();
  });

  test("readOnly fields are readable, as plain types", () => {
    expectTypeOf<OrgUser["id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<OrgUser["state"]>>().toEqualTypeOf<UserState>();
    expectTypeOf<NonNullable<User["selfUri"]>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<User["primaryContactInfo"]>[number]["mediaType"]>().toEqualTypeOf<
      ContactMediaType | undefined
    >();
  });

  test("a user's manager is a (readable) User", () => {
    expectTypeOf<NonNullable<OrgUser["manager"]>>().toEqualTypeOf<User>();
    expectTypeOf<NonNullable<NonNullable<OrgUser["manager"]>["id"]>>().toEqualTypeOf<string>();
  });

  test("listings hold readable users", () => {
    expectTypeOf<NonNullable<UserEntityListing["entities"]>[number]>().toEqualTypeOf<User>();
  });

  test("what must not compile does not", () => {
    // @ts-expect-error version is required
    const noVersion: OrgUser = { name: "Ada" };
    // @ts-expect-error version is an integer, not a string
    const stringVersion: OrgUser = { version: "1" };
    // @ts-expect-error the state enum has no "archived"
    const badState: OrgUser = { version: 1, state: "archived" };
    // @ts-expect-error an OrgUser's manager is a User object, not an id
    const stringManager: OrgUser = { version: 1, manager: "0b9c8d7e" };
    // @ts-expect-error FAX is not a ContactMediaType
    const badMedia: User = { version: 1, addresses: [{ mediaType: "FAX" }] };
    void [noVersion, stringVersion, badState, stringManager, badMedia];
  });
});

describe("request bodies", () => {
  test("a PATCH body takes the manager as an id string", () => {
    const patch: UpdateUser = { version: 3, manager: "0b9c8d7e", state: "inactive" };
    expectTypeOf(patch.manager).toEqualTypeOf<string | undefined>();
  });

  test("readOnly fields cannot be set in a request body", () => {
    expectTypeOf<NonNullable<UpdateUser["id"]>>().toBeNever();
    expectTypeOf<NonNullable<UpdateUser["selfUri"]>>().toBeNever();
    expectTypeOf<NonNullable<UpdateUser["primaryContactInfo"]>>().toBeNever();
  });

  test("writeOnly fields are part of the writable view", () => {
    expectTypeOf<CreateUser["password"]>().toEqualTypeOf<string | undefined>();
    const create: CreateUser = { name: "Charles", email: "c@example.com", divisionId: "d-1" };
    expectTypeOf(create.divisionId).toEqualTypeOf<string>();
  });

  test("what must not compile does not", () => {
    // @ts-expect-error version is required in a PATCH body
    const noVersion: UpdateUser = { name: "Ada" };
    // @ts-expect-error version is a number
    const stringVersion: UpdateUser = { version: "1" };
    // @ts-expect-error the PATCH body's manager is an id, not a user object
    const objectManager: UpdateUser = { version: 1, manager: { id: "0b9c8d7e" } };
    // @ts-expect-error unknown keys are rejected (the body is closed)
    const typo: UpdateUser = { version: 1, nmae: "Ada" };
    // @ts-expect-error id is readOnly
    const withId: UpdateUser = { version: 1, id: "6a1f2c3d" };
    // @ts-expect-error selfUri is readOnly
    const withSelfUri: UpdateUser = { version: 1, selfUri: "/api/v2/users/1" };
    // @ts-expect-error the state enum has no "suspended"
    const badState: UpdateUser = { version: 1, state: "suspended" };
    // @ts-expect-error divisionId is required to create a user
    const noDivision: CreateUser = { name: "Charles", email: "c@example.com" };
    void [noVersion, stringVersion, objectManager, typo, withId, withSelfUri, badState, noDivision];
  });
});

describe("enums", () => {
  test("value arrays are literal tuples covering the union", () => {
    expectTypeOf(userStateValues).toEqualTypeOf<readonly ["active", "inactive", "deleted"]>();
    expectTypeOf<(typeof userStateValues)[number]>().toEqualTypeOf<UserState>();
    expectTypeOf<(typeof contactMediaTypeValues)[number]>().toEqualTypeOf<ContactMediaType>();
  });
});

describe("paths and operations", () => {
  test("the PATCH operation takes the raw UpdateUser schema and returns User", () => {
    type Patch = paths["/api/v2/users/{userId}"]["patch"];
    expectTypeOf<Patch["requestBody"]["content"]["application/json"]>().toEqualTypeOf<
      components["schemas"]["UpdateUser"]
    >();
    expectTypeOf<Patch["responses"][200]["content"]["application/json"]>().toEqualTypeOf<
      components["schemas"]["User"]
    >();
    expectTypeOf<Patch["parameters"]["path"]["userId"]>().toEqualTypeOf<string>();
  });

  test("list query parameters are typed", () => {
    type Query = NonNullable<paths["/api/v2/users"]["get"]["parameters"]["query"]>;
    expectTypeOf<Query["state"]>().toEqualTypeOf<
      components["schemas"]["UserStateFilter"] | undefined
    >();
    expectTypeOf<Query["pageSize"]>().toEqualTypeOf<number | undefined>();
  });
});
