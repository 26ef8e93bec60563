import type { User, UserEntityListing } from "@users-api/types";
import { describe, expectTypeOf, it } from "vitest";
import { createUsersClient, type UserPatch } from "../src/index.js";

const client = createUsersClient({ accessToken: "t" });

describe("types", () => {
  it("users.* return the spec's readable models", () => {
    expectTypeOf(client.users.get("id")).resolves.toEqualTypeOf<User>();
    expectTypeOf(client.users.create).returns.resolves.toEqualTypeOf<User>();
    expectTypeOf(client.users.delete("id")).resolves.toBeVoid();
    expectTypeOf(client.users.list()).toMatchTypeOf<AsyncIterable<User>>();
    expectTypeOf(client.users.list().pages()).toMatchTypeOf<AsyncIterable<UserEntityListing>>();
  });

  it("users.get takes the spec's getUser query, each option open to undefined", () => {
    void client.users.get("u", { expand: ["presence", "groups"], state: "deleted" });
    const state: "active" | "deleted" | undefined = undefined;
    void client.users.get("u", { state, expand: undefined, userCustomAttributeSchemaIds: ["s"] });
    // @ts-expect-error not an expand value of the spec
    void client.users.get("u", { expand: ["nope"] });
    // @ts-expect-error not a lookup state of the spec
    void client.users.get("u", { state: "inactive" });
    // @ts-expect-error no such option
    void client.users.get("u", { expnad: ["presence"] });
  });

  it("an update's version is optional, read-only fields are refused", () => {
    expectTypeOf<{ name: string }>().toMatchTypeOf<UserPatch>();
    expectTypeOf<{ name: string; version: number }>().toMatchTypeOf<UserPatch>();
    // @ts-expect-error id is read-only in UpdateUser
    void client.users.update("u", { id: "x" });
    // @ts-expect-error selfUri is read-only in UpdateUser
    void client.users.update("u", { selfUri: "/x" });
    // @ts-expect-error no such field: request bodies are closed
    void client.users.update("u", { nmae: "typo" });
  });

  it("the raw methods are typed by the spec, with readable data", async () => {
    const { data } = await client.GET("/api/v2/users/{userId}", {
      params: { path: { userId: "u" }, query: { expand: ["presence"] } },
    });
    expectTypeOf(data).toEqualTypeOf<User | undefined>();
    void client.GET("/api/v2/users/{userId}", {
      params: {
        path: { userId: "u" },
        // @ts-expect-error not an expand value of the spec
        query: { expand: ["nope"] },
      },
    });
    // @ts-expect-error CreateUser requires divisionId
    void client.POST("/api/v2/users", { body: { name: "n", email: "e" } });
  });

  it("region takes a region host (any host string)", () => {
    expectTypeOf(createUsersClient)
      .parameter(0)
      .toMatchTypeOf<{ region?: string | undefined } | undefined>();
  });
});
