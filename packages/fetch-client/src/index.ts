export { createUsersClient, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { UsersClient, UsersClientOptions } from "./client.js";
export type { AuthOptions, ClientCredentials } from "./auth.js";
export type {
  CallOptions,
  GetUserOptions,
  ListUsersOptions,
  ListUsersQuery,
  UpdateUserOptions,
  UserList,
  UserPatch,
  UsersApi,
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
export type { FetchLike } from "./transport.js";
export type { CreateUser, ErrorBody, UpdateUser, User, UserEntityListing } from "@users-api/types";
