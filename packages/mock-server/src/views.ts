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

/**
 * The API's view of a stored user: derived fields filled in, expand-only fields included only
 * when asked for. Returns a copy, so callers may change it freely.
 */
export function userView(
  record: UserRecord,
  lookup: (id: string) => UserRecord | undefined,
  expand: Expansion,
): User {
  const { managerId, ...fields } = record;
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && !EXPANDED_FIELD_NAMES.has(key)) view[key] = value;
  }
  view["primaryContactInfo"] = primaryContactInfo(record);
  if (managerId !== undefined) {
    const manager = lookup(managerId);
    view["manager"] = {
      id: managerId,
      ...(manager?.name === undefined ? {} : { name: manager.name }),
      version: manager?.version ?? 1,
      selfUri: userSelfUri(managerId),
    };
  }
  for (const [expandValue, field] of Object.entries(EXPANDED_FIELDS) as [string, ExpandedField][]) {
    if ((expand === "all" || expand.has(expandValue)) && record[field] !== undefined) {
      view[field] = record[field];
    }
  }
  // `authorization` comes with either expand; its `unusedRoles` only with the second.
  const withUnusedRoles = expand === "all" || expand.has("authorization.unusedRoles");
  if (record.authorization && (withUnusedRoles || expand.has("authorization"))) {
    const { unusedRoles: _unused, ...authorization } = record.authorization;
    view["authorization"] = withUnusedRoles ? record.authorization : authorization;
  }
  view["selfUri"] = userSelfUri(record.id);
  return structuredClone(view) as User;
}
