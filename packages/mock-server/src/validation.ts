import type {
  CreateUser,
  SortOrder,
  UpdateUser,
  UserExpand,
  UserLookupState,
  UserStateFilter,
} from "@users-api/types";
import {
  validateCreateUser,
  validateSortOrder,
  validateUpdateUser,
  validateUserExpand,
  validateUserLookupState,
  validateUserStateFilter,
} from "@users-api/validators";
import type { Issue } from "@users-api/validators";

export type { Issue };

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: readonly Issue[] };

export type Validate<T> = (value: unknown) => ValidationResult<T>;

/**
 * The validators the server checks requests with: the request bodies and the enum schemas
 * that query parameters use. `@users-api/validators` provides them all (the default).
 */
export interface RequestValidators {
  validateCreateUser: Validate<CreateUser>;
  validateUpdateUser: Validate<UpdateUser>;
  validateUserExpand: Validate<UserExpand>;
  validateUserStateFilter: Validate<UserStateFilter>;
  validateUserLookupState: Validate<UserLookupState>;
  validateSortOrder: Validate<SortOrder>;
}

/** The names of the schemas a query parameter may refer to. */
export type QuerySchemaName = "UserExpand" | "UserStateFilter" | "UserLookupState" | "SortOrder";

export const defaultValidators: RequestValidators = {
  validateCreateUser,
  validateUpdateUser,
  validateUserExpand,
  validateUserStateFilter,
  validateUserLookupState,
  validateSortOrder,
};
