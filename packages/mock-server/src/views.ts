import type { Contact, User, UserExpand } from "@users-api/types";
import type { UserRecord } from "./records.js";

/** Fields a user read returns only when `expand` asks for them, by expand value (`authorization`, which two expand values control, is handled on its own). */
const EXPANDED_FIELDS = {
  routingStatus: "routingStatus",
  presence: "presence",
  conversationSummary: "conversationSummary",
  outOfOffice: "outOfOffice",
  geolocation: "geolocation",
  station: "station",
  lasttokenissued: "lastTokenIssued",
  team: "team",
  groups: "groups",
  profileSkills: "profileSkills",
  certifications: "certifications",
  locations: "locations",
  skills: "skills",
  languages: "languages",
  languagePreference: "languagePreference",
  employerInfo: "employerInfo",
  biography: "biography",
} as const satisfies Partial<Record<UserExpand, keyof UserRecord>>;

type ExpandedField = (typeof EXPANDED_FIELDS)[keyof typeof EXPANDED_FIELDS];

const EXPANDED_FIELD_NAMES = new Set<string>([...Object.values(EXPANDED_FIELDS), "authorization"]);

/** Which expand-only fields to include: the given expand values, or `"all"`. */
export type Expansion = ReadonlySet<string> | "all";

export const userSelfUri = (id: string): string => `/api/v2/users/${encodeURIComponent(id)}`;

/** The primary contacts are derived: the user's email, then their first phone number. */
function primaryContactInfo(record: UserRecord): Contact[] {
  const primary: Contact[] = [];
  if (record.email) {
    primary.push({
      address: record.email,
      display: record.email,
      mediaType: "EMAIL",
      type: "PRIMARY",
    });
  }
  const phone = record.addresses?.find((a) => a.mediaType === "PHONE" && a.address);
  if (phone) primary.push({ ...phone, type: "PRIMARY" });
  return primary;
}

/** Sets a property, also one named `__proto__` (which `=` would take for the prototype). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/**
 * A deep copy of plain JSON data (what records hold): plain objects (own enumerable keys,
 * `__proto__` as a key like any other) and arrays rebuilt, anything else shared. About 8x
 * faster than `structuredClone` on users, which was most of the time a user list took.
 */
function copyJson<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = copyJson(value[i] as unknown);
    return copy as T;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value; // a Date, say
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    put(copy, key, copyJson((value as Record<string, unknown>)[key]));
  }
  return copy as T;
}

const EXPANDED_ENTRIES = Object.entries(EXPANDED_FIELDS) as [string, ExpandedField][];

/**
 * The API's view of a stored user: derived fields filled in, expand-only fields included only
 * when asked for. Returns a copy, so callers may change it freely. Built in one pass that
 * copies each value it takes (every request reads it: a list of 100 users with every expand
 * is 600 KB of JSON).
 */
export function userView(
  record: UserRecord,
  lookup: (id: string) => UserRecord | undefined,
  expand: Expansion,
): User {
  const fields = record as unknown as Record<string, unknown>;
  const view: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value !== undefined && key !== "managerId" && !EXPANDED_FIELD_NAMES.has(key)) {
      put(view, key, copyJson(value));
    }
  }
  view["primaryContactInfo"] = copyJson(primaryContactInfo(record));
  const managerId = record.managerId;
  if (managerId !== undefined) {
    const manager = lookup(managerId);
    view["manager"] = {
      id: managerId,
      ...(manager?.name === undefined ? {} : { name: manager.name }),
      version: manager?.version ?? 1,
      selfUri: userSelfUri(managerId),
    };
  }
  for (const [expandValue, field] of EXPANDED_ENTRIES) {
    if ((expand === "all" || expand.has(expandValue)) && record[field] !== undefined) {
      view[field] = copyJson(record[field]);
    }
  }
  // `authorization` comes with either expand; its `unusedRoles` only with the second.
  const withUnusedRoles = expand === "all" || expand.has("authorization.unusedRoles");
  if (record.authorization && (withUnusedRoles || expand.has("authorization"))) {
    const { unusedRoles: _unused, ...authorization } = record.authorization;
    view["authorization"] = copyJson(withUnusedRoles ? record.authorization : authorization);
  }
  view["selfUri"] = userSelfUri(record.id);
  return view as unknown as User;
}
