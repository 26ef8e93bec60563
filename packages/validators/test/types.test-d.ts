// Compile-time proof that every validator's output type is the @users-api/types type of its
// schema, for all four forms, and that the list below covers every schema in the spec.
import type * as StandardSpec from "@standard-schema/spec";
import type * as T from "@users-api/types";
import { describe, expectTypeOf, it } from "vitest";
import type * as V from "../src/index.js";

/** The type each schema's validators must produce, by schema name. */
interface Expected {
  UserState: T.UserState;
  UserStateFilter: T.UserStateFilter;
  UserLookupState: T.UserLookupState;
  SortOrder: T.SortOrder;
  UserExpand: T.UserExpand;
  ContactMediaType: T.ContactMediaType;
  ContactType: T.ContactType;
  RoutingStatusValue: T.RoutingStatusValue;
  RoutingEntityState: T.RoutingEntityState;
  ConditionConjunction: T.ConditionConjunction;
  ConditionOperator: T.ConditionOperator;
  ConditionValueType: T.ConditionValueType;
  LocationState: T.LocationState;
  EmergencyNumberType: T.EmergencyNumberType;
  AddressVerificationStatus: T.AddressVerificationStatus;
  GroupState: T.GroupState;
  GroupType: T.GroupType;
  GroupVisibility: T.GroupVisibility;
  GroupContactType: T.GroupContactType;
  GroupContactMediaType: T.GroupContactMediaType;
  OrganizationState: T.OrganizationState;
  ProductPlatform: T.ProductPlatform;
  OrgUser: T.OrgUser;
  User: T.User;
  UpdateUser: T.UpdateUser;
  CreateUser: T.CreateUser;
  UserEntityListing: T.UserEntityListing;
  Empty: T.Empty;
  ErrorBody: T.ErrorBody;
  Detail: T.Detail;
  Limit: T.Limit;
  Division: T.Division;
  WritableDivision: T.WritableDivision;
  Chat: T.Chat;
  Contact: T.Contact;
  UserImage: T.UserImage;
  Biography: T.Biography;
  Education: T.Education;
  EmployerInfo: T.EmployerInfo;
  RoutingStatus: T.RoutingStatus;
  UserPresence: T.UserPresence;
  PresenceDefinition: T.PresenceDefinition;
  UserConversationSummary: T.UserConversationSummary;
  MediaSummary: T.MediaSummary;
  MediaSummaryDetail: T.MediaSummaryDetail;
  OutOfOffice: T.OutOfOffice;
  Geolocation: T.Geolocation;
  UserStations: T.UserStations;
  UserStation: T.UserStation;
  UserAuthorization: T.UserAuthorization;
  DomainRole: T.DomainRole;
  ResourcePermissionPolicy: T.ResourcePermissionPolicy;
  ResourceConditionNode: T.ResourceConditionNode;
  ResourceConditionValue: T.ResourceConditionValue;
  Location: T.Location;
  LocationDefinition: T.LocationDefinition;
  LocationAddress: T.LocationAddress;
  LocationEmergencyNumber: T.LocationEmergencyNumber;
  LocationImage: T.LocationImage;
  LocationAddressVerificationDetails: T.LocationAddressVerificationDetails;
  AddressableEntityRef: T.AddressableEntityRef;
  Group: T.Group;
  GroupContact: T.GroupContact;
  Team: T.Team;
  UserRoutingSkill: T.UserRoutingSkill;
  UserRoutingLanguage: T.UserRoutingLanguage;
  OAuthLastTokenIssued: T.OAuthLastTokenIssued;
  Organization: T.Organization;
  Trustor: T.Trustor;
  TrusteeAuthorization: T.TrusteeAuthorization;
  TrustorEntityListing: T.TrustorEntityListing;
  UserCommonFields: T.UserCommonFields;
  UserReadFields: T.UserReadFields;
  UserMeExpand: T.UserMeExpand;
  IntegrationPresenceSource: T.IntegrationPresenceSource;
  SearchSortOrder: T.SearchSortOrder;
  SearchCriteriaType: T.SearchCriteriaType;
  SearchCriteriaOperator: T.SearchCriteriaOperator;
  UserStateChangeReason: T.UserStateChangeReason;
  UserMe: T.UserMe;
  UserCursorEntityListing: T.UserCursorEntityListing;
  UserSearchRequest: T.UserSearchRequest;
  SearchSort: T.SearchSort;
  UserSearchCriteria: T.UserSearchCriteria;
  UsersSearchResponse: T.UsersSearchResponse;
  PatchUserList: T.PatchUserList;
  PatchUser: T.PatchUser;
  UserStateChange: T.UserStateChange;
  UpdateUserStateChange: T.UpdateUserStateChange;
  UpdateRoutingStatus: T.UpdateRoutingStatus;
  ProfileSkills: T.ProfileSkills;
  UserRoutingSkillPost: T.UserRoutingSkillPost;
  UserRoutingLanguagePost: T.UserRoutingLanguagePost;
  EntityListingFields: T.EntityListingFields;
  UserSkillEntityListing: T.UserSkillEntityListing;
  UserLanguageEntityListing: T.UserLanguageEntityListing;
  ServerDate: T.ServerDate;
  AutoAnswerSettings: T.AutoAnswerSettings;
  GeolocationSettings: T.GeolocationSettings;
  OrganizationPresence: T.OrganizationPresence;
  OrganizationPresenceDefinition: T.OrganizationPresenceDefinition;
  DomainOrganizationRole: T.DomainOrganizationRole;
  Adjacents: T.Adjacents;
  RoutingSkill: T.RoutingSkill;
  FieldConfigs: T.FieldConfigs;
  TokenInfo: T.TokenInfo;
  DomainOrganizationProduct: T.DomainOrganizationProduct;
}

type Exports = typeof V;
type Name = keyof Expected;

type ValidatedBy<F> = F extends (value: unknown) => { ok: true; value: infer X } | { ok: false }
  ? X
  : never;
type GuardedBy<F> = F extends (value: unknown) => value is infer G ? G : never;
type AssertedBy<F> = F extends (value: unknown) => asserts value is infer A ? A : never;
type OutputOf<S> = S extends StandardSpec.StandardSchemaV1
  ? StandardSpec.StandardSchemaV1.InferOutput<S>
  : never;

describe("validator types", () => {
  it("cover every schema of the spec", () => {
    expectTypeOf<Name>().toEqualTypeOf<keyof T.components["schemas"]>();
  });

  it("validateX returns the types package's X", () => {
    expectTypeOf<{ [N in Name]: ValidatedBy<Exports[`validate${N}`]> }>().toEqualTypeOf<Expected>();
  });

  it("isX narrows to X", () => {
    expectTypeOf<{ [N in Name]: GuardedBy<Exports[`is${N}`]> }>().toEqualTypeOf<Expected>();
  });

  it("assertX asserts X", () => {
    expectTypeOf<{ [N in Name]: AssertedBy<Exports[`assert${N}`]> }>().toEqualTypeOf<Expected>();
  });

  it("xSchema is a Standard Schema v1 (the published interface) whose output is X", () => {
    expectTypeOf<{
      [N in Name]: OutputOf<Exports[`${Uncapitalize<N>}Schema`]>;
    }>().toEqualTypeOf<Expected>();
    expectTypeOf<Exports["userSchema"]>().toExtend<StandardSpec.StandardSchemaV1<T.User, T.User>>();
    expectTypeOf<V.StandardSchemaV1<T.User>>().toEqualTypeOf<
      StandardSpec.StandardSchemaV1<T.User>
    >();
  });

  it("the result type is a discriminated union with the issues on failure", () => {
    expectTypeOf<ReturnType<Exports["validateUser"]>>().toEqualTypeOf<
      | { ok: true; value: T.User; unknownEnumValues?: V.Issue[] }
      | { ok: false; issues: V.Issue[]; moreIssues?: number }
    >();
    expectTypeOf<Parameters<Exports["validateUser"]>>().toEqualTypeOf<
      [value: unknown, options?: V.ValidationOptions]
    >();
    expectTypeOf<V.Issue>().toEqualTypeOf<{ path: string; message: string; keyword: string }>();
    expectTypeOf<V.ValidationError["issues"]>().toEqualTypeOf<V.Issue[]>();
    expectTypeOf<V.ValidationOptions>().toEqualTypeOf<{
      enums?: "closed" | "open";
      maxIssues?: number;
    }>();
  });

  it("a request body's type leaves out read-only fields, as its validator does", () => {
    expectTypeOf<NonNullable<T.UpdateUser["selfUri"]>>().toBeNever();
    expectTypeOf<NonNullable<T.User["selfUri"]>>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<T.UpdateUserStateChange["stateChangeDate"]>>().toBeNever();
    expectTypeOf<NonNullable<T.UserStateChange["stateChangeDate"]>>().toEqualTypeOf<string>();
  });

  it("...at every depth, which is why the validators refuse nested read-only fields too", () => {
    type Group = NonNullable<T.UpdateUser["groups"]>[number];
    type Owner = NonNullable<Group["owners"]>[number];
    expectTypeOf<
      NonNullable<NonNullable<T.UpdateUser["addresses"]>[number]["display"]>
    >().toBeNever();
    expectTypeOf<
      NonNullable<NonNullable<T.CreateUser["addresses"]>[number]["display"]>
    >().toBeNever();
    expectTypeOf<NonNullable<Group["id"]>>().toBeNever();
    expectTypeOf<NonNullable<Owner["id"]>>().toBeNever();
    expectTypeOf<NonNullable<NonNullable<Owner["manager"]>["selfUri"]>>().toBeNever();
    expectTypeOf<
      NonNullable<NonNullable<T.User["addresses"]>[number]["display"]>
    >().toEqualTypeOf<string>();
  });
});
