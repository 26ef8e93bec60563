import type {
  Contact,
  CreateUser,
  PatchUser,
  RoutingStatus,
  RoutingStatusValue,
  Trustor,
  UpdateUser,
  User,
  UserRoutingLanguage,
  UserRoutingSkill,
  UserState,
  UserStateChange,
  UserStateChangeReason,
  UserStateFilter,
} from "@users-api/types";
import { divisionById, routingLanguageById, routingSkillById } from "./catalog.js";
import { createPrng, type Prng } from "./prng.js";
import type { ExternalId, StoreContents, UserRecord } from "./records.js";
import { contactDisplay } from "./contacts.js";
import { seedContents } from "./seed.js";
import { writableProperties } from "./spec.js";
import type { JsonText } from "./json-text.js";
import { ViewTextCache } from "./view-cache.js";
import { userView, type Expansion } from "./views.js";

export interface UserStoreOptions {
  /** How many users to pre-create. The same number always gives the same users. Default 0. */
  seed?: number;
  /**
   * The clock that dates changes (a state change's `stateChangeDate`, a routing status's
   * `startTime`), in milliseconds since the epoch. Default `Date.now`.
   */
  now?: () => number;
}

export type CreateOutcome =
  { ok: true; user: UserRecord } | { ok: false; reason: "duplicate-email"; existingId: string };

export type UpdateOutcome =
  | { ok: true; user: UserRecord }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "conflict"; currentVersion: number }
  | { ok: false; reason: "unknown-manager"; managerId: string }
  | { ok: false; reason: "duplicate-email"; email: string; existingId: string };

/** One item of a bulk change that failed, by its index in the request. */
export interface BulkFailure {
  index: number;
  id: string;
}

/**
 * A bulk change is all or nothing: an id given twice, or naming no live user, fails it whole
 * and changes nothing.
 */
export type BulkOutcome =
  | { ok: true; users: UserRecord[] }
  | { ok: false; reason: "duplicate-id" | "not-found"; items: BulkFailure[] };

/** Giving a user a routing skill or language: the user or the catalog entry may be unknown. */
export type RoutingEntryOutcome<T> =
  { ok: true; entry: T } | { ok: false; reason: "not-found" | "unknown-entry" };

export type InviteOutcome = "sent" | "already-invited" | "not-found";

export interface StateChangeRequest {
  state: UserState;
  version: number;
  stateChangeReason?: UserStateChangeReason | undefined;
}

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

/** The order of user listings: by name, then by id (code-unit order, names missing as ""). */
export const compareByName = (
  a: Pick<UserRecord, "name" | "id">,
  b: Pick<UserRecord, "name" | "id">,
): number => {
  const left = a.name ?? "";
  const right = b.name ?? "";
  if (left !== right) return left < right ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

const byName = compareByName;

const externalKeyOf = (authorityName: string, externalKey: string): string =>
  JSON.stringify([authorityName, externalKey]);

type RoutingKind = "skills" | "languages";

/**
 * The mock server's in-memory users: plain data and the rules of the API (versions, soft
 * delete, state), with no HTTP in it. Reads return copies.
 *
 * Every method that changes anything calls `#changed()`: cached views of users (JSON text)
 * are kept only until then.
 */
export class UserStore {
  readonly seed: number;
  /** How many changes the store has had; only ever grows (`reset()` too counts). */
  #generation = 0;
  #texts = new ViewTextCache();
  #users = new Map<string, UserRecord>();
  #trustors = new Map<string, Trustor[]>();
  /** User ids by external id (`externalKeyOf(authority, key)`). */
  #externalIds = new Map<string, string>();
  /** The reason and date of each user's last state change, kept beside the user. */
  #stateChanges = new Map<string, { reason?: UserStateChangeReason; date: string }>();
  /** How many invitations each user was sent. */
  #invitations = new Map<string, number>();
  #meId: string | undefined;
  #ids: Prng;
  readonly #now: () => number;

  constructor(options: UserStoreOptions = {}) {
    this.seed = options.seed ?? 0;
    this.#now = options.now ?? Date.now;
    this.#ids = createPrng(0);
    this.reset();
  }

  /** Forget every change: back to the seeded users (and the default `me`). */
  reset(): void {
    this.#changed();
    const contents: StoreContents = seedContents(this.seed);
    this.#users = new Map(contents.users.map((user) => [user.id, user]));
    this.#trustors = contents.trustors;
    this.#externalIds = new Map();
    for (const [userId, ids] of contents.externalIds) {
      for (const { authorityName, externalKey } of ids) {
        this.#externalIds.set(externalKeyOf(authorityName, externalKey), userId);
      }
    }
    this.#stateChanges = new Map();
    this.#invitations = new Map();
    this.#meId = undefined;
    this.#ids = createPrng(this.seed + 0x5eed);
  }

  /** Marks a change: every cached view text is stale from now on. */
  #changed(): void {
    this.#generation += 1;
  }

  /** The store's clock (`options.now`), as an ISO-8601 date-time. */
  timestamp(): string {
    return new Date(this.#now()).toISOString();
  }

  /** A live (not deleted) user's record. */
  #live(id: string): UserRecord | undefined {
    const user = this.#users.get(id);
    return user && user.state !== "deleted" ? user : undefined;
  }

  /**
   * Changes a copy of a live user and stores it in its place (records handed out earlier stay
   * as they were). Undefined when there is no such live user.
   */
  #replace(id: string, change: (next: UserRecord) => void): UserRecord | undefined {
    const current = this.#live(id);
    if (!current) return undefined;
    const next = structuredClone(current);
    change(next);
    this.#changed();
    this.#users.set(id, next);
    return next;
  }

  /** How many users the store holds, in every state. */
  get size(): number {
    return this.#users.size;
  }

  /**
   * The stored record of a user in any state (a live object: do not change it; the store's
   * methods change users, and a change made here may not show in reads).
   */
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

  /**
   * The API's views of stored users, as JSON text: the same text as `JSON.stringify` of
   * {@link view}, made once until the store next changes.
   */
  viewTexts(records: readonly UserRecord[], expand: Expansion): JsonText[] {
    return this.#texts.texts(this.#generation, records, expand, (record) =>
      this.view(record, expand),
    );
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
    this.#changed();
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
    this.#changed();
    this.#users.set(id, next);
    if (patch.state !== undefined) this.#stateChanges.set(id, { date: this.timestamp() });
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
    this.#changed();
    this.#trustors.set(userId, structuredClone([...trustors]));
  }

  #setState(user: UserRecord, state: UserState): void {
    this.#changed();
    user.state = state;
    user.version += 1;
    this.#stateChanges.set(user.id, { date: this.timestamp() });
  }

  // ------------------------------------------------------------------ the calling user

  /**
   * The user a user token (any accepted bearer token not issued by `POST /oauth/token`) acts
   * for: the user given to {@link setMe}, else the first active user in creation order (with
   * a seed, the first seeded user, who leads the others). Undefined when that user is deleted
   * or there is none.
   */
  me(): UserRecord | undefined {
    if (this.#meId !== undefined) return this.#live(this.#meId);
    for (const user of this.#users.values()) if (user.state === "active") return user;
    return undefined;
  }

  /** Makes user tokens act for this user; `undefined` restores the default. `reset()` too. */
  setMe(id: string | undefined): void {
    if (id !== undefined && !this.#users.has(id)) throw new Error(`No user ${id} in the store.`);
    this.#changed();
    this.#meId = id;
  }

  // ------------------------------------------------------------------ state

  /** A user's state resource (any state, deleted too); undefined for an unknown user. */
  stateChange(id: string): UserStateChange | undefined {
    const user = this.#users.get(id);
    if (!user) return undefined;
    const change = this.#stateChanges.get(id);
    return {
      state: user.state,
      version: user.version,
      ...(change?.reason === undefined ? {} : { stateChangeReason: change.reason }),
      ...(change === undefined ? {} : { stateChangeDate: change.date }),
    };
  }

  /**
   * Moves a user (deleted ones too: that restores them) to a state, with the rules of a PATCH
   * of `state`: the version must be current and is bumped, emails stay unique. Records the
   * reason and the date.
   */
  changeState(id: string, change: StateChangeRequest): UpdateOutcome {
    const outcome = this.update(id, { version: change.version, state: change.state });
    if (outcome.ok) {
      this.#changed();
      this.#stateChanges.set(id, {
        date: this.timestamp(),
        ...(change.stateChangeReason === undefined ? {} : { reason: change.stateChangeReason }),
      });
    }
    return outcome;
  }

  // ------------------------------------------------------------------ bulk

  /**
   * Applies a bulk change (`acdAutoAnswer` per user), all or nothing: an id given twice, or
   * one that names no live user, changes nothing. Each user changed gets a new version; an
   * item without `acdAutoAnswer` leaves its user as it is. Returns the users in request order.
   */
  patchMany(items: readonly PatchUser[]): BulkOutcome {
    const seen = new Set<string>();
    const duplicates: BulkFailure[] = [];
    const missing: BulkFailure[] = [];
    items.forEach(({ id }, index) => {
      if (seen.has(id)) duplicates.push({ index, id });
      seen.add(id);
      if (!this.#live(id)) missing.push({ index, id });
    });
    if (duplicates.length > 0) return { ok: false, reason: "duplicate-id", items: duplicates };
    if (missing.length > 0) return { ok: false, reason: "not-found", items: missing };
    const users = items.map(({ id, acdAutoAnswer }) =>
      acdAutoAnswer === undefined
        ? this.#live(id)!
        : this.#replace(id, (next) => {
            next.acdAutoAnswer = acdAutoAnswer;
            next.version += 1;
          })!,
    );
    return { ok: true, users };
  }

  // ------------------------------------------------------------------ sub-resources
  // Routing status, profile skills and routing skills and languages are not part of the
  // versioned profile: changing them does not bump the user's version.

  /**
   * Sets a live user's routing status (`startTime` now unless given). Undefined when there is
   * no such live user.
   */
  setRoutingStatus(
    id: string,
    status: RoutingStatusValue,
    startTime?: string,
  ): RoutingStatus | undefined {
    const user = this.#replace(id, (next) => {
      next.routingStatus = { userId: id, status, startTime: startTime ?? this.timestamp() };
    });
    return user?.routingStatus && structuredClone(user.routingStatus);
  }

  /** Replaces a live user's profile skills; undefined when there is no such live user. */
  setProfileSkills(id: string, skills: readonly string[]): string[] | undefined {
    const user = this.#replace(id, (next) => {
      next.profileSkills = [...skills];
    });
    return user && [...(user.profileSkills ?? [])];
  }

  /**
   * Gives a live user an organization routing skill at a proficiency, or changes the
   * proficiency of one they have (and makes it active).
   */
  addRoutingSkill(
    id: string,
    skillId: string,
    proficiency: number,
  ): RoutingEntryOutcome<UserRoutingSkill> {
    return this.#upsertRouting("skills", id, skillId, proficiency);
  }

  /** As {@link addRoutingSkill}, for an organization routing language. */
  addRoutingLanguage(
    id: string,
    languageId: string,
    proficiency: number,
  ): RoutingEntryOutcome<UserRoutingLanguage> {
    return this.#upsertRouting("languages", id, languageId, proficiency);
  }

  #upsertRouting<K extends RoutingKind>(
    kind: K,
    id: string,
    entryId: string,
    proficiency: number,
  ): RoutingEntryOutcome<NonNullable<UserRecord[K]>[number]> {
    type Entry = NonNullable<UserRecord[K]>[number];
    if (!this.#live(id)) return { ok: false, reason: "not-found" };
    const known = kind === "skills" ? routingSkillById(entryId) : routingLanguageById(entryId);
    if (!known) return { ok: false, reason: "unknown-entry" };
    const user = encodeURIComponent(id);
    const entry: UserRoutingSkill & UserRoutingLanguage =
      kind === "skills"
        ? {
            id: known.id,
            name: known.name,
            proficiency,
            state: "active",
            skillUri: `/api/v2/routing/skills/${known.id}`,
            selfUri: `/api/v2/users/${user}/routingskills/${known.id}`,
          }
        : {
            id: known.id,
            name: known.name,
            proficiency,
            state: "active",
            languageUri: `/api/v2/routing/languages/${known.id}`,
            selfUri: `/api/v2/users/${user}/routinglanguages/${known.id}`,
          };
    this.#replace(id, (next) => {
      const entries: Entry[] = [...((next[kind] ?? []) as Entry[])];
      const at = entries.findIndex((held) => held.id === entryId);
      if (at < 0) entries.push(entry as Entry);
      else entries[at] = entry as Entry;
      (next as Record<RoutingKind, Entry[]>)[kind] = entries;
    });
    return { ok: true, entry: structuredClone(entry) as Entry };
  }

  // ------------------------------------------------------------------ external ids

  /** Lets an external authority know a user by a key (both case-sensitive); replaces any holder. */
  setExternalId(userId: string, authorityName: string, externalKey: string): void {
    if (!this.#users.has(userId)) throw new Error(`No user ${userId} in the store.`);
    this.#changed();
    this.#externalIds.set(externalKeyOf(authorityName, externalKey), userId);
  }

  /** The live user an external authority knows by this key. */
  byExternalId(authorityName: string, externalKey: string): UserRecord | undefined {
    const id = this.#externalIds.get(externalKeyOf(authorityName, externalKey));
    return id === undefined ? undefined : this.#live(id);
  }

  /** The external ids of a user. */
  externalIdsOf(userId: string): ExternalId[] {
    const ids: ExternalId[] = [];
    for (const [key, holder] of this.#externalIds) {
      if (holder !== userId) continue;
      const [authorityName, externalKey] = JSON.parse(key) as [string, string];
      ids.push({ authorityName, externalKey });
    }
    return ids;
  }

  // ------------------------------------------------------------------ invitations

  /**
   * Sends a live user an invitation: only the first time, unless `force`. `not-found` for a
   * deleted or unknown user.
   */
  invite(id: string, force = false): InviteOutcome {
    if (!this.#live(id)) return "not-found";
    const sent = this.#invitations.get(id) ?? 0;
    if (sent > 0 && !force) return "already-invited";
    this.#changed();
    this.#invitations.set(id, sent + 1);
    return "sent";
  }

  /** How many invitations a user was sent. */
  invitations(id: string): number {
    return this.#invitations.get(id) ?? 0;
  }
}

export function createUserStore(options: UserStoreOptions = {}): UserStore {
  return new UserStore(options);
}
