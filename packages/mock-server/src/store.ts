import type {
  Contact,
  CreateUser,
  Trustor,
  UpdateUser,
  User,
  UserState,
  UserStateFilter,
} from "@users-api/types";
import { divisionById } from "./catalog.js";
import { createPrng, type Prng } from "./prng.js";
import type { StoreContents, UserRecord } from "./records.js";
import { contactDisplay } from "./contacts.js";
import { seedContents } from "./seed.js";
import { writableProperties } from "./spec.js";
import { userView, type Expansion } from "./views.js";

export interface UserStoreOptions {
  /** How many users to pre-create. The same number always gives the same users. Default 0. */
  seed?: number;
}

export type CreateOutcome =
  { ok: true; user: UserRecord } | { ok: false; reason: "duplicate-email"; existingId: string };

export type UpdateOutcome =
  | { ok: true; user: UserRecord }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "conflict"; currentVersion: number }
  | { ok: false; reason: "unknown-manager"; managerId: string }
  | { ok: false; reason: "duplicate-email"; email: string; existingId: string };

export interface ListFilter {
  /** Default `active`; `any` lists every state. */
  state?: UserStateFilter;
  ids?: readonly string[];
  jabberIds?: readonly string[];
  sortOrder?: "ascending" | "descending";
}

/**
 * The UpdateUser properties the store does not copy onto the user as given, and why. Every
 * other writable property of UpdateUser in the spec is copied, so a new one is stored at once.
 */
const SPECIAL_UPDATE_FIELDS = {
  version: "compared with the stored version, then bumped",
  state: "a state change is exclusive: restore, deactivate or delete",
  manager: "an id on the wire: checked to be another user, stored as managerId",
  addresses: "stored with their read-only display filled in",
} as const satisfies Partial<Record<keyof UpdateUser, string>>;

type SpecialUpdateField = keyof typeof SPECIAL_UPDATE_FIELDS;
/** The keys of T that can hold a value (the writable view keeps read-only keys as `never`). */
type SettableKeys<T> = {
  [K in keyof T]-?: [Exclude<T[K], undefined>] extends [never] ? never : K;
}[keyof T];
type CopiedUpdateField = Exclude<SettableKeys<UpdateUser>, SpecialUpdateField>;

// Compile-time exhaustiveness: every copied UpdateUser property is a field of the stored user
// with a type that takes the patch's value. A new UpdateUser property that the user model
// lacks fails here, until it is added to the user models or made a special case above.
const copiedFieldsFit: Pick<UpdateUser, CopiedUpdateField> extends Partial<
  Pick<UserRecord, CopiedUpdateField>
>
  ? true
  : never = true;
void copiedFieldsFit;

/** The UpdateUser properties copied as given: the spec's writable ones but the special cases. */
const COPIED_FIELDS = writableProperties("UpdateUser").filter(
  (name) => !Object.hasOwn(SPECIAL_UPDATE_FIELDS, name),
) as CopiedUpdateField[];

/** Addresses are stored with their read-only `display` filled in, as the API returns them. */
const withDisplay = (addresses: readonly Contact[]): Contact[] =>
  addresses.map(({ display: _ignored, ...contact }) => {
    const display = contactDisplay(contact);
    return display === undefined ? contact : { ...contact, display };
  });

const byName = (a: UserRecord, b: UserRecord): number => {
  const left = a.name ?? "";
  const right = b.name ?? "";
  if (left !== right) return left < right ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * The mock server's in-memory users: plain data and the rules of the API (versions, soft
 * delete, state), with no HTTP in it. Reads return copies.
 */
export class UserStore {
  readonly seed: number;
  #users = new Map<string, UserRecord>();
  #trustors = new Map<string, Trustor[]>();
  #ids: Prng;

  constructor(options: UserStoreOptions = {}) {
    this.seed = options.seed ?? 0;
    this.#ids = createPrng(0);
    this.reset();
  }

  /** Forget every change: back to the seeded users. */
  reset(): void {
    const contents: StoreContents = seedContents(this.seed);
    this.#users = new Map(contents.users.map((user) => [user.id, user]));
    this.#trustors = contents.trustors;
    this.#ids = createPrng(this.seed + 0x5eed);
  }

  /** How many users the store holds, in every state. */
  get size(): number {
    return this.#users.size;
  }

  /** The stored record of a user in any state (a live object: do not change it). */
  record(id: string): UserRecord | undefined {
    return this.#users.get(id);
  }

  /** A user in any state, with every field (as if every expand had been asked for). */
  get(id: string): User | undefined {
    const record = this.#users.get(id);
    return record && this.view(record, "all");
  }

  /** Users matching a filter, sorted by name, with every field. */
  list(filter: ListFilter = {}): User[] {
    return this.query(filter).map((record) => this.view(record, "all"));
  }

  /** The API's view of a stored user. */
  view(record: UserRecord, expand: Expansion): User {
    return userView(record, (id) => this.#users.get(id), expand);
  }

  /** Stored records matching a filter, sorted by name (then id). */
  query(filter: ListFilter = {}): UserRecord[] {
    const state = filter.state ?? "active";
    const ids = filter.ids && new Set(filter.ids);
    const jabberIds = filter.jabberIds && new Set(filter.jabberIds);
    const found = [...this.#users.values()].filter(
      (user) =>
        (state === "any" || user.state === state) &&
        (!ids || ids.has(user.id)) &&
        (!jabberIds || jabberIds.has(user.chat?.jabberId ?? "")),
    );
    found.sort(byName);
    if (filter.sortOrder === "descending") found.reverse();
    return found;
  }

  /** A live (not deleted) user other than `exceptId` with this email, ignoring case. */
  #holderOf(email: string | undefined, exceptId?: string): UserRecord | undefined {
    if (email === undefined) return undefined;
    const wanted = email.toLowerCase();
    for (const user of this.#users.values()) {
      if (
        user.id !== exceptId &&
        user.state !== "deleted" &&
        user.email?.toLowerCase() === wanted
      ) {
        return user;
      }
    }
    return undefined;
  }

  create(body: CreateUser): CreateOutcome {
    const existing = this.#holderOf(body.email);
    if (existing) return { ok: false, reason: "duplicate-email", existingId: existing.id };
    const division = divisionById(body.divisionId);
    const user: UserRecord = {
      id: this.#ids.uuid(),
      name: body.name,
      division,
      email: body.email,
      username: body.email,
      state: body.state ?? "active",
      version: 1,
      acdAutoAnswer: false,
    };
    if (body.department !== undefined) user.department = body.department;
    if (body.title !== undefined) user.title = body.title;
    if (body.addresses !== undefined) user.addresses = withDisplay(body.addresses);
    this.#users.set(user.id, user);
    return { ok: true, user };
  }

  /**
   * Applies a PATCH, all or nothing: the change is made on a copy that replaces the user only
   * when every check has passed. `version` must equal the current version; success bumps it.
   * When `state` is given it is the only field changed (restore, deactivate or delete). A
   * deleted user can only have its state changed. Emails stay unique among live users.
   */
  update(id: string, patch: UpdateUser): UpdateOutcome {
    const current = this.#users.get(id);
    if (!current || (current.state === "deleted" && patch.state === undefined)) {
      return { ok: false, reason: "not-found" };
    }
    if (patch.version !== current.version) {
      return { ok: false, reason: "conflict", currentVersion: current.version };
    }
    const next = structuredClone(current);
    if (patch.state !== undefined) {
      next.state = patch.state;
    } else {
      if (patch.manager !== undefined && patch.manager !== "") {
        const manager = this.#users.get(patch.manager);
        if (!manager || manager.id === id) {
          return { ok: false, reason: "unknown-manager", managerId: patch.manager };
        }
      }
      const target = next as Record<string, unknown>;
      for (const field of COPIED_FIELDS) {
        if (patch[field] !== undefined) target[field] = structuredClone(patch[field]);
      }
      if (patch.addresses !== undefined) next.addresses = withDisplay(patch.addresses);
      if (patch.manager === "") delete next.managerId;
      else if (patch.manager !== undefined) next.managerId = patch.manager;
    }
    const restored = current.state === "deleted" && next.state !== "deleted";
    if (restored || (next.state !== "deleted" && next.email !== current.email)) {
      const holder = this.#holderOf(next.email, id);
      if (holder && next.email !== undefined) {
        return { ok: false, reason: "duplicate-email", email: next.email, existingId: holder.id };
      }
    }
    next.version += 1;
    this.#users.set(id, next);
    return { ok: true, user: next };
  }

  /** Soft delete: the user's state becomes `deleted`. False when there is no such live user. */
  delete(id: string): boolean {
    const user = this.#users.get(id);
    if (!user || user.state === "deleted") return false;
    this.#setState(user, "deleted");
    return true;
  }

  /** The organizations that trust a user (copies). */
  trustors(userId: string): Trustor[] {
    return structuredClone(this.#trustors.get(userId) ?? []);
  }

  /** Replaces the organizations that trust a user, for tests that need particular trustors. */
  setTrustors(userId: string, trustors: readonly Trustor[]): void {
    this.#trustors.set(userId, structuredClone([...trustors]));
  }

  #setState(user: UserRecord, state: UserState): void {
    user.state = state;
    user.version += 1;
  }
}

export function createUserStore(options: UserStoreOptions = {}): UserStore {
  return new UserStore(options);
}
