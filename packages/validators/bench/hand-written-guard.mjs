// The kind of type guard a team writes by hand for an OrgUser: every top-level field's type,
// the state enum, version's int32 range, and the shape of the contact and image lists. It
// checks far less than the schema (no nested models, no formats), so it marks the speed of
// "barely checking" rather than an equal alternative.
const USER_STATES = new Set(["active", "inactive", "deleted"]);
const MEDIA_TYPES = new Set(["PHONE", "EMAIL", "SMS"]);
const STRING_FIELDS = [
  "id",
  "name",
  "department",
  "email",
  "title",
  "username",
  "languagePreference",
];
const OBJECT_FIELDS = [
  "division",
  "chat",
  "manager",
  "biography",
  "employerInfo",
  "routingStatus",
  "presence",
  "conversationSummary",
  "outOfOffice",
  "geolocation",
  "station",
  "authorization",
  "team",
  "lastTokenIssued",
  "organization",
];
const ARRAY_FIELDS = [
  "certifications",
  "profileSkills",
  "locations",
  "groups",
  "skills",
  "languages",
];

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isContact(value) {
  return (
    isObject(value) &&
    (value.address === undefined || typeof value.address === "string") &&
    (value.mediaType === undefined || MEDIA_TYPES.has(value.mediaType))
  );
}

export function isOrgUserByHand(value) {
  if (!isObject(value)) return false;
  const { version } = value;
  if (!Number.isInteger(version) || version < -(2 ** 31) || version > 2 ** 31 - 1) return false;
  for (const field of STRING_FIELDS) {
    if (value[field] !== undefined && typeof value[field] !== "string") return false;
  }
  for (const field of OBJECT_FIELDS) {
    if (value[field] !== undefined && !isObject(value[field])) return false;
  }
  for (const field of ARRAY_FIELDS) {
    if (value[field] !== undefined && !Array.isArray(value[field])) return false;
  }
  if (value.state !== undefined && !USER_STATES.has(value.state)) return false;
  if (value.acdAutoAnswer !== undefined && typeof value.acdAutoAnswer !== "boolean") return false;
  for (const list of [value.addresses, value.primaryContactInfo]) {
    if (list !== undefined && !(Array.isArray(list) && list.every(isContact))) return false;
  }
  if (value.images !== undefined) {
    if (!Array.isArray(value.images)) return false;
    for (const image of value.images) {
      if (!isObject(image) || (image.imageUri !== undefined && typeof image.imageUri !== "string"))
        return false;
    }
  }
  return true;
}
