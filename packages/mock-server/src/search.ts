import type { SearchSort, User, UserSearchCriteria, UserSearchRequest } from "@users-api/types";
import { propertiesOf } from "./spec.js";

/**
 * User search as the mock evaluates it: pure functions over users (full views, as the store's
 * `list({ state: "any" })` gives them), no HTTP and no store.
 *
 * - **Fields** are user properties, dotted into nested ones (`division.name`, `skills.name`,
 *   `employerInfo.dateHire`); arrays on the way are searched item by item. A field that ends
 *   on an object compares the object's `id` and `name` (`manager`, `division`, `skills`). The
 *   vendor's names `routingSkills`, `routingLanguages` and `location` stand for `skills`,
 *   `languages` and `locations`; `addresses` for `addresses.address`. Several `fields`: any
 *   of them may match (but `REQUIRED_FIELDS` needs every one).
 * - **Text** compares ignore case. `value` and `values` together: any of them may match.
 * - **Types**: `EXACT` (the whole value), `CONTAINS`, `STARTS_WITH`, `TERM`/`TERMS` (a whole
 *   word of the value; words split at anything but letters and digits), `REGEX` (the whole
 *   value, ignoring case), `REQUIRED_FIELDS` (every field has a value), `MATCH_ALL`,
 *   `QUERY_STRING` (every word of `value` is in one of the fields, by default `name`, `email`,
 *   `username`, `title` and `department`), `RANGE` (`startValue` <= value <= `endValue`, either
 *   end may be left out), `LESS_THAN`, `LESS_THAN_EQUAL_TO`, `GREATER_THAN`,
 *   `GREATER_THAN_EQUAL_TO` (against `value`).
 * - **Comparisons** are numeric when both sides are numbers, by instant when both are ISO-8601
 *   dates (always, with `dateFormat`; a date-time without an offset is UTC), else by text.
 * - **Operators**, within the query and within each `group`: every `AND` criterion (the
 *   default) must match, no `NOT` criterion may match, and when there are `OR` criteria at
 *   least one of them must. A criterion with a `group` is its group (its type is ignored).
 * - **Scope**: only active users, unless a criterion (at any depth) searches the `state`
 *   field; then users in every state, as the criteria choose.
 * - **Order**: `sort` (each `sortBy` by its `sortOrder`), else `sortBy` by `sortOrder`; `ASC`
 *   by default; users without a value last. Ties, and `SCORE` (the mock does not score), by
 *   name then id.
 */

export const DEFAULT_SEARCH_PAGE_SIZE = 25;

/** The default fields of `QUERY_STRING`. */
export const QUERY_STRING_FIELDS = ["name", "email", "username", "title", "department"];

/** Vendor field names that stand for another path. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  addresses: "addresses.address",
  primaryContactInfo: "primaryContactInfo.address",
};
/** Vendor names of a path's first property. */
const PROPERTY_ALIASES: Readonly<Record<string, string>> = {
  routingSkills: "skills",
  routingLanguages: "languages",
  location: "locations",
};

type Scalar = string | number | boolean;

function pathOf(field: string): string[] {
  const [head = "", ...rest] = (FIELD_ALIASES[field] ?? field).split(".");
  return [PROPERTY_ALIASES[head] ?? head, ...rest];
}

/** The values at a path, arrays on the way flattened; missing and null values left out. */
function leavesAt(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => leavesAt(item, path));
  if (value === undefined || value === null) return [];
  if (path.length === 0) return [value];
  if (typeof value !== "object") return [];
  const [head = "", ...rest] = path;
  return Object.hasOwn(value, head) ? leavesAt((value as Record<string, unknown>)[head], rest) : [];
}

/** The values of a user's field that criteria compare (an object counts by `id` and `name`). */
export function fieldValues(user: User, field: string): Scalar[] {
  return leavesAt(user, pathOf(field)).flatMap((leaf): Scalar[] => {
    if (typeof leaf === "string" || typeof leaf === "number" || typeof leaf === "boolean") {
      return [leaf];
    }
    if (typeof leaf !== "object" || leaf === null) return [];
    const { id, name } = leaf as { id?: unknown; name?: unknown };
    return [id, name].filter((v): v is string => typeof v === "string");
  });
}

/** Whether a user field name is known: its first property is one of `User`'s. */
let userProperties: ReadonlySet<string> | undefined;
export function isUserField(field: string): boolean {
  userProperties ??= new Set(Object.keys(propertiesOf("User")));
  const [head = ""] = pathOf(field);
  return userProperties.has(head);
}

const lower = (value: Scalar): string => String(value).toLowerCase();

const wordsOf = (value: Scalar): string[] =>
  lower(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;
/** A date-time without an offset: read as UTC, so the host's time zone does not matter. */
const NO_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** An ISO-8601 date or date-time as an instant; NaN when it is not one. */
export function parseInstant(text: string): number {
  if (!ISO_DATE.test(text)) return Number.NaN;
  return Date.parse(NO_OFFSET.test(text) ? `${text}Z` : text);
}

/** -1, 0 or 1; undefined when the two cannot be compared (a date that is not one). */
function compare(value: Scalar, bound: string, asDates: boolean): number | undefined {
  const text = String(value);
  if (asDates || (ISO_DATE.test(text) && ISO_DATE.test(bound))) {
    const left = parseInstant(text);
    const right = parseInstant(bound);
    if (Number.isNaN(left) || Number.isNaN(right))
      return asDates ? undefined : textOrder(text, bound);
    return Math.sign(left - right);
  }
  if ((typeof value === "number" || NUMBER.test(text)) && NUMBER.test(bound)) {
    return Math.sign(Number(text) - Number(bound));
  }
  return textOrder(text, bound);
}

/** Ignoring case, then by code units. */
function textOrder(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  if (a !== b) return a < b ? -1 : 1;
  return left < right ? -1 : left > right ? 1 : 0;
}

const regexes = new Map<string, RegExp | null>();
/** The pattern as a whole-value, case-insensitive expression; null when it is not valid. */
export function regexOf(pattern: string): RegExp | null {
  let regex = regexes.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(`^(?:${pattern})$`, "i");
    } catch {
      regex = null;
    }
    if (regexes.size > 1000) regexes.clear();
    regexes.set(pattern, regex);
  }
  return regex;
}

const wantedOf = (criterion: UserSearchCriteria): string[] => [
  ...(criterion.value === undefined ? [] : [criterion.value]),
  ...(criterion.values ?? []),
];

/** Whether a user matches one criterion (its group, when it has one). */
export function matches(user: User, criterion: UserSearchCriteria): boolean {
  if (criterion.group !== undefined) return matchesAll(user, criterion.group);
  const fields = criterion.fields ?? [];
  const wanted = wantedOf(criterion);
  const values = (): Scalar[] => fields.flatMap((field) => fieldValues(user, field));
  const asDates = criterion.dateFormat !== undefined;
  const against = (bound: string | undefined, test: (order: number) => boolean): boolean =>
    bound !== undefined &&
    values().some((value) => {
      const order = compare(value, bound, asDates);
      return order !== undefined && test(order);
    });
  switch (criterion.type) {
    case "MATCH_ALL":
      return true;
    case "REQUIRED_FIELDS":
      return fields.length > 0 && fields.every((f) => leavesAt(user, pathOf(f)).length > 0);
    case "EXACT":
      return values().some((v) => wanted.some((w) => lower(v) === w.toLowerCase()));
    case "CONTAINS":
      return values().some((v) => wanted.some((w) => lower(v).includes(w.toLowerCase())));
    case "STARTS_WITH":
      return values().some((v) => wanted.some((w) => lower(v).startsWith(w.toLowerCase())));
    case "TERM":
    case "TERMS":
      return values().some((v) => {
        const words = wordsOf(v);
        return wanted.some((w) => words.includes(w.toLowerCase()));
      });
    case "REGEX":
      return values().some((v) => wanted.some((w) => regexOf(w)?.test(String(v)) ?? false));
    case "QUERY_STRING": {
      const searched = (fields.length > 0 ? fields : QUERY_STRING_FIELDS).flatMap((field) =>
        fieldValues(user, field).map(lower),
      );
      const words = wordsOf(criterion.value ?? "");
      return words.every((word) => searched.some((value) => value.includes(word)));
    }
    case "RANGE": {
      const { startValue: start, endValue: end } = criterion;
      if (start === undefined && end === undefined) return false;
      return values().some((value) => {
        const low = start === undefined ? 0 : compare(value, start, asDates);
        const high = end === undefined ? 0 : compare(value, end, asDates);
        return low !== undefined && high !== undefined && low >= 0 && high <= 0;
      });
    }
    case "LESS_THAN":
      return against(criterion.value, (order) => order < 0);
    case "LESS_THAN_EQUAL_TO":
      return against(criterion.value, (order) => order <= 0);
    case "GREATER_THAN":
      return against(criterion.value, (order) => order > 0);
    case "GREATER_THAN_EQUAL_TO":
      return against(criterion.value, (order) => order >= 0);
    default:
      return false; // a type newer than the mock matches nothing
  }
}

/** Whether a user matches a list of criteria, combined by their operators. */
export function matchesAll(user: User, criteria: readonly UserSearchCriteria[]): boolean {
  let anyOr = false;
  let orMatched = false;
  for (const criterion of criteria) {
    switch (criterion.operator ?? "AND") {
      case "OR":
        anyOr = true;
        if (!orMatched && matches(user, criterion)) orMatched = true;
        break;
      case "NOT":
        if (matches(user, criterion)) return false;
        break;
      default:
        if (!matches(user, criterion)) return false;
    }
  }
  return !anyOr || orMatched;
}

/** Whether a criterion, at any depth, searches the `state` field. */
const searchesState = (criteria: readonly UserSearchCriteria[]): boolean =>
  criteria.some(
    (c) => (c.fields ?? []).some((f) => pathOf(f)[0] === "state") || searchesState(c.group ?? []),
  );

interface SortKey {
  field: string;
  descending: boolean;
}

function sortKeys(request: UserSearchRequest): SortKey[] {
  const keyOf = (sort: SearchSort): SortKey[] =>
    sort.sortOrder === "SCORE"
      ? []
      : [{ field: sort.sortBy ?? "name", descending: sort.sortOrder === "DESC" }];
  if (request.sort !== undefined && request.sort.length > 0) return request.sort.flatMap(keyOf);
  if (request.sortBy === undefined && request.sortOrder === undefined) return [];
  return keyOf({
    ...(request.sortBy === undefined ? {} : { sortBy: request.sortBy }),
    ...(request.sortOrder === undefined ? {} : { sortOrder: request.sortOrder }),
  });
}

function sortValueOrder(a: Scalar, b: Scalar): number {
  if (typeof a === "number" && typeof b === "number") return Math.sign(a - b);
  return compare(a, String(b), false) ?? 0;
}

const byNameThenId = (a: User, b: User): number => {
  const left = a.name ?? "";
  const right = b.name ?? "";
  if (left !== right) return left < right ? -1 : 1;
  const x = a.id ?? "";
  const y = b.id ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The users in the request's order. */
export function sortUsers(users: readonly User[], request: UserSearchRequest): User[] {
  const keys = sortKeys(request);
  const firsts = new Map<User, (Scalar | undefined)[]>(
    users.map((user) => [user, keys.map((key) => fieldValues(user, key.field)[0])]),
  );
  return [...users].sort((a, b) => {
    const left = firsts.get(a)!;
    const right = firsts.get(b)!;
    for (let i = 0; i < keys.length; i++) {
      const x = left[i];
      const y = right[i];
      if (x === undefined || y === undefined) {
        if (x !== y) return x === undefined ? 1 : -1; // no value: last, either way
        continue;
      }
      const order = sortValueOrder(x, y);
      if (order !== 0) return keys[i]!.descending ? -order : order;
    }
    return byNameThenId(a, b);
  });
}

export interface SearchPage {
  total: number;
  pageCount: number;
  pageSize: number;
  pageNumber: number;
  /** The users on the page, as given (full views). */
  results: User[];
}

/** Every user the request finds, in its order (all pages). */
export function findUsers(users: readonly User[], request: UserSearchRequest): User[] {
  const criteria = request.query ?? [];
  const everyState = searchesState(criteria);
  const found = users.filter(
    (user) => (everyState || user.state === "active") && matchesAll(user, criteria),
  );
  return sortUsers(found, request);
}

/** One page of a search: what `POST /api/v2/users/search` returns, before the users' views. */
export function searchUsers(users: readonly User[], request: UserSearchRequest): SearchPage {
  const found = findUsers(users, request);
  const pageSize = request.pageSize ?? DEFAULT_SEARCH_PAGE_SIZE;
  const pageNumber = request.pageNumber ?? 1;
  const start = (pageNumber - 1) * pageSize;
  return {
    total: found.length,
    pageCount: Math.ceil(found.length / pageSize),
    pageSize,
    pageNumber,
    results: found.slice(start, start + pageSize),
  };
}

export interface SearchProblem {
  /** A JSON Pointer into the request. */
  fieldName: string;
  errorCode: string;
  message: string;
}

const NEEDS_VALUE = new Set([
  "EXACT",
  "CONTAINS",
  "STARTS_WITH",
  "TERM",
  "TERMS",
  "REGEX",
  "QUERY_STRING",
  "LESS_THAN",
  "LESS_THAN_EQUAL_TO",
  "GREATER_THAN",
  "GREATER_THAN_EQUAL_TO",
]);
/** Types compared against `value` only (not `values`). */
const SINGLE_VALUE = new Set([
  "QUERY_STRING",
  "LESS_THAN",
  "LESS_THAN_EQUAL_TO",
  "GREATER_THAN",
  "GREATER_THAN_EQUAL_TO",
]);

function criterionProblems(criterion: UserSearchCriteria, at: string): SearchProblem[] {
  if (criterion.group !== undefined) {
    return criterion.group.flatMap((child, i) => criterionProblems(child, `${at}/group/${i}`));
  }
  const problems: SearchProblem[] = [];
  const type = criterion.type;
  const fields = criterion.fields ?? [];
  if (type !== "MATCH_ALL" && type !== "QUERY_STRING" && fields.length === 0) {
    problems.push({
      fieldName: `${at}/fields`,
      errorCode: "missing.value",
      message: `a ${type} criterion needs the fields to search`,
    });
  }
  fields.forEach((field, i) => {
    if (!isUserField(field)) {
      problems.push({
        fieldName: `${at}/fields/${i}`,
        errorCode: "invalid.value",
        message: `${JSON.stringify(field)} is not a user field`,
      });
    }
  });
  if (NEEDS_VALUE.has(type)) {
    const given = SINGLE_VALUE.has(type)
      ? criterion.value !== undefined
      : wantedOf(criterion).length > 0;
    if (!given) {
      problems.push({
        fieldName: `${at}/${type === "TERMS" ? "values" : "value"}`,
        errorCode: "missing.value",
        message: `a ${type} criterion needs ${SINGLE_VALUE.has(type) ? "a value" : "a value or values"}`,
      });
    }
  }
  if (type === "RANGE" && criterion.startValue === undefined && criterion.endValue === undefined) {
    problems.push({
      fieldName: `${at}/startValue`,
      errorCode: "missing.value",
      message: "a RANGE criterion needs a startValue, an endValue or both",
    });
  }
  if (type === "REGEX") {
    const patterns: [string, string][] = [
      ...(criterion.value === undefined ? [] : [["value", criterion.value] as [string, string]]),
      ...(criterion.values ?? []).map((v, i): [string, string] => [`values/${i}`, v]),
    ];
    for (const [where, pattern] of patterns) {
      if (regexOf(pattern) === null) {
        problems.push({
          fieldName: `${at}/${where}`,
          errorCode: "invalid.value",
          message: `${JSON.stringify(pattern)} is not a valid regular expression`,
        });
      }
    }
  }
  if (criterion.dateFormat !== undefined) {
    for (const name of ["value", "startValue", "endValue"] as const) {
      const text = criterion[name];
      if (text !== undefined && Number.isNaN(parseInstant(text))) {
        problems.push({
          fieldName: `${at}/${name}`,
          errorCode: "invalid.date",
          message: `${JSON.stringify(text)} is not an ISO-8601 date or date-time`,
        });
      }
    }
  }
  return problems;
}

/**
 * What the schema cannot say about a search request (it is checked against the schema first):
 * each criterion has what its type needs, fields are user fields, patterns compile.
 */
export function searchRequestProblems(request: UserSearchRequest): SearchProblem[] {
  const problems = (request.query ?? []).flatMap((c, i) => criterionProblems(c, `/query/${i}`));
  const sortField = (field: string | undefined, at: string): void => {
    if (field !== undefined && !isUserField(field)) {
      problems.push({
        fieldName: at,
        errorCode: "invalid.value",
        message: `${JSON.stringify(field)} is not a user field`,
      });
    }
  };
  sortField(request.sortBy, "/sortBy");
  (request.sort ?? []).forEach((sort, i) => sortField(sort.sortBy, `/sort/${i}/sortBy`));
  return problems;
}
