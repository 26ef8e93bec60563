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

/** A user's key at an external authority (an HR system, say); both parts are case-sensitive. */
export interface ExternalId {
  authorityName: string;
  externalKey: string;
}

/** What a store starts from: users in insertion order, each user's trustors and external ids. */
export interface StoreContents {
  users: UserRecord[];
  trustors: Map<string, Trustor[]>;
  /** External ids by user id. */
  externalIds: Map<string, ExternalId[]>;
}
