// Run-time checks for the `format`s the spec uses, called by the generated validators.
// uri and uri-reference give ajv-formats' ("full" mode) answers: its own regular expressions,
// behind a short one that accepts only the common shapes of what they accept (a scheme,
// `//`, a plain host, a path and query of plain characters; a path from the root). The full
// expressions are large, and compiling one on its first use took more time than loading and
// running a whole OrgUser validator; now only input the short ones turn down (percent-escapes,
// IP literals, `mailto:`..., or not a URI at all) pays for it. The others give exactly
// ajv-formats' full-mode answers (a test compares them on many inputs) while staying out of its
// module: int32/int64/double are one-liners, so schemas with only those need none of its
// regular expressions, and date/date-time avoid its regular-expression matches and string
// splitting, which made date-time the most expensive check in a user payload.
import { fullFormats } from "./generated/ajv/ajv-formats.js";

// Each part is a subset of what ajv-formats' expression takes in the same place (RFC 3986's
// pchar, query and fragment characters without percent-escapes; a reg-name host), so a match
// here is a match there; the tests compare both on many inputs.
const SIMPLE_URI =
  /^[a-z][a-z0-9+\-.]*:\/\/[a-z0-9\-._~]*(?::\d*)?(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*(?:\?[a-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\-._~!$&'()*+,;=:@/?]*)?$/i;
const SIMPLE_ABSOLUTE_PATH =
  /^\/(?:[a-z0-9\-._~!$&'()*+,;=:@]+(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*)?(?:\?[a-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\-._~!$&'()*+,;=:@/?]*)?$/i;

// Functions rather than constants read from `fullFormats`, so that bundlers can leave
// ajv-formats out of validators that check no URIs.
export function uri(value: string): boolean {
  return SIMPLE_URI.test(value) || fullFormats.uri(value);
}

export function uriReference(value: string): boolean {
  return (
    SIMPLE_URI.test(value) ||
    SIMPLE_ABSOLUTE_PATH.test(value) ||
    fullFormats["uri-reference"].test(value)
  );
}

/** Whether `uri`/`uriReference` answer `value` without ajv-formats' expressions (for tests). */
export function simpleUri(value: string): boolean {
  return SIMPLE_URI.test(value) || SIMPLE_ABSOLUTE_PATH.test(value);
}

interface NumberFormat {
  readonly type: "number";
  readonly validate: (value: number) => boolean;
}

export const int32: NumberFormat = {
  type: "number",
  validate: (value) => Number.isInteger(value) && value <= 2 ** 31 - 1 && value >= -(2 ** 31),
};

/** JavaScript numbers hold integers exactly only up to 2^53, so any integer passes, as in ajv-formats. */
export const int64: NumberFormat = { type: "number", validate: (value) => Number.isInteger(value) };

export const double: NumberFormat = { type: "number", validate: () => true };

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number written by `count` ASCII digits at `start`, or -1. */
function digits(value: string, start: number, count: number): number {
  let number = 0;
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** `yyyy-mm-dd` at `start`, a real calendar day. The caller checks the length. */
function isDateAt(value: string, start: number): boolean {
  if (value.charCodeAt(start + 4) !== 45 || value.charCodeAt(start + 7) !== 45) return false;
  const year = digits(value, start, 4);
  const month = digits(value, start + 5, 2);
  const day = digits(value, start + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month] as number));
}

/** RFC 3339 full-date. */
export function date(value: string): boolean {
  return value.length === 10 && isDateAt(value, 0);
}

// The characters ajv-formats splits a date-time at (/t|\s/i).
const SEPARATOR = /^[t\s]$/i;

function isSeparator(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  return code === 84 || code === 116 || code === 32 || SEPARATOR.test(value.charAt(index));
}

/** RFC 3339 partial-time plus a required time-offset, from `start` to the end of `value`. */
function isTimeWithZoneAt(value: string, start: number): boolean {
  if (value.charCodeAt(start + 2) !== 58 || value.charCodeAt(start + 5) !== 58) return false;
  const hour = digits(value, start, 2);
  const minute = digits(value, start + 3, 2);
  let end = start + 8;
  if (hour < 0 || minute < 0 || digits(value, start + 6, 2) < 0) return false;
  if (value.charCodeAt(end) === 46) {
    const fractionStart = ++end;
    while (end < value.length && digits(value, end, 1) >= 0) end++;
    if (end === fractionStart) return false;
  }
  // The seconds as ajv-formats reads them: Number("59.99999999999999999") is 60.
  const wholeSecond = digits(value, start + 6, 2);
  const second =
    wholeSecond < 59 || end === start + 8 ? wholeSecond : Number(value.slice(start + 6, end));

  let sign = 1;
  let zoneHour = 0;
  let zoneMinute = 0;
  const zone = value.charCodeAt(end);
  if (zone === 90 || zone === 122) {
    if (end + 1 !== value.length) return false;
  } else if (zone === 43 || zone === 45) {
    sign = zone === 45 ? -1 : 1;
    zoneHour = digits(value, end + 1, 2);
    if (zoneHour < 0) return false;
    const rest = value.length - (end + 3);
    if (rest === 0) zoneMinute = 0;
    else if (rest === 2) zoneMinute = digits(value, end + 3, 2);
    else if (rest === 3 && value.charCodeAt(end + 3) === 58) zoneMinute = digits(value, end + 4, 2);
    else return false;
    if (zoneMinute < 0) return false;
  } else {
    return false;
  }

  if (zoneHour > 23 || zoneMinute > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second is 23:59:60 in UTC.
  const utcMinute = minute - zoneMinute * sign;
  const utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
  return (
    (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61
  );
}

/** RFC 3339 date-time with a time zone. */
export function dateTime(value: string): boolean {
  return (
    value.length >= 20 &&
    isDateAt(value, 0) &&
    isSeparator(value, 10) &&
    isTimeWithZoneAt(value, 11)
  );
}
