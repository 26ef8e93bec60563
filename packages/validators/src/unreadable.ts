// Values that cannot be read: a revoked Proxy, a Proxy whose traps throw, an object with a
// throwing getter. Validation reads the value, so such a value makes the generated code throw;
// the public functions catch that and report one `unreadable` issue instead. This finds where
// reading fails, if it can do so cheaply, without ever throwing itself.
import type { Issue } from "./issue.js";
import { escapeSegment, quoteKey } from "./json-pointer.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

/** Where reading a value failed: a JSON Pointer, its Standard Schema keys and a label. */
interface Place {
  pointer: string;
  keys: PropertyKey[];
  label: string;
}

/** At most this many properties are read while looking for the place that cannot be read. */
const READ_BUDGET = 10_000;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const INDEX = /^(?:0|[1-9]\d*)$/;
const ROOT: Place = { pointer: "", keys: [], label: "value" };

function below(place: Place, key: string, inArray: boolean): Place {
  const index = inArray && INDEX.test(key);
  // As pointerLabel (json-pointer.ts) names it: addresses[1].mediaType, ["odd key"].
  const base = place === ROOT ? "" : place.label;
  let label: string;
  if (index) label = `${base}[${key}]`;
  else if (IDENTIFIER.test(key)) label = base === "" ? key : `${base}.${key}`;
  else label = `${base}[${quoteKey(key)}]`;
  return {
    pointer: `${place.pointer}/${escapeSegment(key)}`,
    keys: [...place.keys, index ? Number(key) : key],
    label,
  };
}

/**
 * The first place in `root` (depth first, own string keys in order) where listing or reading a
 * property throws; the root itself when none is found within the budget. Never throws.
 */
function locate(root: unknown): Place {
  try {
    const seen = new Set<unknown>();
    const stack: [unknown, Place][] = [[root, ROOT]];
    let reads = 0;
    while (stack.length > 0) {
      const [value, place] = stack.pop() as [unknown, Place];
      if ((typeof value !== "object" && typeof value !== "function") || value === null) continue;
      if (seen.has(value)) continue;
      seen.add(value);
      let inArray: boolean;
      let keys: string[];
      try {
        inArray = Array.isArray(value);
        keys = Object.getOwnPropertyNames(value);
      } catch {
        return place;
      }
      const children: [unknown, Place][] = [];
      for (const key of keys) {
        if (++reads > READ_BUDGET) return ROOT;
        let child: unknown;
        try {
          child = (value as Record<string, unknown>)[key];
        } catch {
          return below(place, key, inArray);
        }
        if ((typeof child === "object" || typeof child === "function") && child !== null) {
          children.push([child, below(place, key, inArray)]);
        }
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as [unknown, Place]);
    }
  } catch {
    // Out of memory or stack while looking: the place is unknown.
  }
  return ROOT;
}

const MESSAGE = "could not be read (a getter or proxy threw), so it was not checked";

/** The `unreadable` issue for a value whose validation threw. Never throws. */
export function unreadableIssue(value: unknown): Issue {
  const place = locate(value);
  return { path: place.pointer, keyword: "unreadable", message: `${place.label} ${MESSAGE}` };
}

/** The same, as a Standard Schema issue. Never throws. */
export function unreadableStandardIssue(value: unknown): StandardSchemaV1.Issue {
  const place = locate(value);
  return { message: `${place.label} ${MESSAGE}`, path: place.keys };
}
