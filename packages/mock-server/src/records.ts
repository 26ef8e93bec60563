import type { Trustor, User, UserState } from "@users-api/types";

/**
 * A user as the store keeps it: every field, including those that are only returned when
 * expanded. `manager`, `primaryContactInfo` and `selfUri` are derived when a user is read,
 * so they always reflect the current store.
 */
export type UserRecord = Omit<
  User,
  "id" | "state" | "version" | "manager" | "primaryContactInfo" | "selfUri"
> & {
  id: string;
  state: UserState;
  version: number;
  managerId?: string;
};

/** What a store starts from: users in insertion order and each user's trustors. */
export interface StoreContents {
  users: UserRecord[];
  trustors: Map<string, Trustor[]>;
}
