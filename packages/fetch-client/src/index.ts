export { createUsersClient, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { UsersClient, UsersClientOptions } from "./client.js";
export type { AuthOptions, ClientCredentials } from "./auth.js";
export type {
  BulkUpdateFailure,
  BulkUpdateResult,
  CallOptions,
  ConflictOptions,
  GetMeOptions,
  GetUserOptions,
  ListUsersOptions,
  ListUsersQuery,
  Paged,
  QueryUsersOptions,
  RoutingStatusApi,
  UpdateUserOptions,
  UserCursorList,
  UserList,
  UserPatch,
  UserSearchResults,
  UsersApi,
  UserStateApi,
  UserStateUpdate,
} from "./users.js";
export {
  isVersionConflict,
  UsersApiAuthError,
  UsersApiError,
  UsersApiNetworkError,
  UsersApiResponseValidationError,
  UsersApiTimeoutError,
} from "./errors.js";
export type { ResponseIssue, UsersApiErrorInit } from "./errors.js";
export { defaultRetryPolicy, parseRetryAfter } from "./retry.js";
export type { RetryOptions, RetryPolicy } from "./retry.js";
export { defaultRegionHost, regionHosts, regionUrls } from "./region.js";
export type { Region, RegionHost, RegionUrls } from "./region.js";
export type { FetchLike } from "./timeout.js";
export type {
  CreateUser,
  ErrorBody,
  PatchUser,
  RoutingStatus,
  UpdateRoutingStatus,
  UpdateUser,
  User,
  UserCursorEntityListing,
  UserEntityListing,
  UserMe,
  UserSearchRequest,
  UsersSearchResponse,
  UserStateChange,
} from "@users-api/types";
