import type {
  PatchUser,
  ProfileSkills,
  RoutingStatus,
  User,
  UserCursorEntityListing,
  UserMe,
  UserRoutingSkill,
  UsersSearchResponse,
  UserStateChange,
} from "@users-api/types";
import { describe, expectTypeOf, it } from "vitest";
import {
  createUsersClient,
  type BulkUpdateResult,
  type UsersApiError,
  type UsersApiNetworkError,
  type UsersApiResponseValidationError,
} from "../src/index.js";

const client = createUsersClient({ accessToken: "t" });

describe("types of the everyday operations", () => {
  it("the raw client types GET /api/v2/users/me as UserMe", async () => {
    const { data } = await client.GET("/api/v2/users/me", {
      params: { query: { expand: ["organization", "token"] } },
    });
    expectTypeOf(data).toEqualTypeOf<UserMe | undefined>();
    expectTypeOf((await client.GET("/api/v2/users/me")).data).toEqualTypeOf<UserMe | undefined>();
    void client.GET("/api/v2/users/me", {
      // @ts-expect-error not a UserMeExpand value
      params: { query: { expand: ["nope"] } },
    });
  });

  it("the operations without a helper stay typed through the raw client", async () => {
    const external = await client.GET("/api/v2/users/externalid/{authorityName}/{externalKey}", {
      params: { path: { authorityName: "hr", externalKey: "42" } },
    });
    expectTypeOf(external.data).toEqualTypeOf<User | undefined>();
    const skills = await client.PUT("/api/v2/users/{userId}/profileskills", {
      params: { path: { userId: "u" } },
      body: ["Spanish"],
    });
    expectTypeOf(skills.data).toEqualTypeOf<ProfileSkills | undefined>();
    const skill = await client.POST("/api/v2/users/{userId}/routingskills", {
      params: { path: { userId: "u" } },
      body: { id: "s", proficiency: 3 },
    });
    expectTypeOf(skill.data).toEqualTypeOf<UserRoutingSkill | undefined>();
    void client.POST("/api/v2/users/{userId}/invite", {
      params: { path: { userId: "u" }, query: { force: true } },
    });
    // @ts-expect-error the bulk body is a list of PatchUser, each with an id
    void client.PATCH("/api/v2/users/bulk", { body: [{ acdAutoAnswer: true }] });
  });

  it("the helpers return the named types of @users-api/types", () => {
    expectTypeOf(client.users.me()).resolves.toEqualTypeOf<UserMe>();
    expectTypeOf(client.users.search({})).toMatchTypeOf<AsyncIterable<User>>();
    expectTypeOf(client.users.search({}).pages()).toEqualTypeOf<
      AsyncIterable<UsersSearchResponse>
    >();
    expectTypeOf(client.users.query()).toMatchTypeOf<AsyncIterable<User>>();
    expectTypeOf(client.users.query().pages()).toEqualTypeOf<
      AsyncIterable<UserCursorEntityListing>
    >();
    expectTypeOf(client.users.bulkUpdate([])).resolves.toEqualTypeOf<BulkUpdateResult>();
    expectTypeOf<BulkUpdateResult["updated"]>().toEqualTypeOf<User[]>();
    expectTypeOf<BulkUpdateResult["failed"][number]["patches"]>().toEqualTypeOf<PatchUser[]>();
    expectTypeOf<BulkUpdateResult["failed"][number]["error"]>().toEqualTypeOf<
      UsersApiError | UsersApiNetworkError | UsersApiResponseValidationError
    >();
    expectTypeOf(client.users.state.get("u")).resolves.toEqualTypeOf<UserStateChange>();
    expectTypeOf(
      client.users.state.set("u", { state: "inactive" }),
    ).resolves.toEqualTypeOf<UserStateChange>();
    expectTypeOf(client.users.routingStatus.get("u")).resolves.toEqualTypeOf<RoutingStatus>();
    expectTypeOf(
      client.users.routingStatus.set("u", "OFF_QUEUE"),
    ).resolves.toEqualTypeOf<RoutingStatus>();
  });

  it("the helpers refuse what the spec refuses", () => {
    // @ts-expect-error not a UserMeExpand value
    void client.users.me({ expand: ["nope"] });
    // @ts-expect-error a search criterion needs a type
    void client.users.search({ query: [{ value: "x" }] });
    // @ts-expect-error request bodies are closed
    void client.users.search({ pageSise: 5 });
    // @ts-expect-error not a user state filter
    void client.users.query({ state: "gone" });
    // @ts-expect-error each patch names its user
    void client.users.bulkUpdate([{ acdAutoAnswer: true }]);
    // @ts-expect-error a state change names the state
    void client.users.state.set("u", { version: 3 });
    // @ts-expect-error stateChangeDate is read-only
    void client.users.state.set("u", { state: "active", stateChangeDate: "2024-01-01" });
    // @ts-expect-error not a routing status
    void client.users.routingStatus.set("u", "LUNCH");
  });
});
