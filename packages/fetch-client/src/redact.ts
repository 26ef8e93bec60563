const REDACTED = "[REDACTED]";
// Shorter strings would blank out ordinary words; real tokens and secrets are far longer.
const MIN_SECRET_LENGTH = 4;
// Error bodies are copied this deep; deeper values become TOO_DEEP (no recursion, no RangeError).
const MAX_DEPTH = 64;
const TOO_DEEP = "[too deep]";

/** Remembers a client's credentials so that no error text or body ever carries them. */
export interface Redactor {
  /**
   * A credential the client holds or held (client secret, Basic credentials, any token it ever
   * sent): redacted for the client's whole life, as is, percent-encoded and JSON Pointer-escaped.
   */
  add(secret: string | undefined): void;
  /** `value` with every credential replaced, cut to at most `limit` characters. */
  text(value: string, limit?: number): string;
  /**
   * A copy of a parsed JSON value with every credential replaced in its strings and keys: own
   * properties only (no `__proto__` key), at most 64 levels deep, built without recursion.
   */
  json(value: unknown): unknown;
}

/**
 * Credentials are kept for the client's life: a token that was replaced can still come back in
 * the error of a request that was sent with it, and a redactor that forgets would leak it. A
 * client that mints a token per call keeps one string per token (its memory grows with the
 * tokens it used, as a log of them would). Credentials are indexed by their last 4 characters
 * (tokens of one issuer often share a prefix, such as a JWT header, but not an ending), so one
 * pass over a text finds them all: linear in the text, whatever the number of tokens.
 */
export function createRedactor(): Redactor {
  const byEnding = new Map<string, string[]>();
  let longest = 0;

  const text = (value: string, limit = Infinity): string => {
    if (!byEnding.size) return value.slice(0, limit);
    // Past `limit + longest` nothing can reach back into the part that is kept.
    value = value.slice(0, limit + longest);
    // Ranges to blank out, each found by where it ends, merged where they overlap.
    const ranges: [number, number][] = [];
    for (let end = MIN_SECRET_LENGTH; end <= value.length; end++) {
      for (const secret of byEnding.get(value.slice(end - MIN_SECRET_LENGTH, end)) ?? []) {
        let start = end - secret.length;
        if (start >= 0 && value.startsWith(secret, start)) {
          while (start <= ranges.at(-1)?.[1]!) start = Math.min(start, ranges.pop()![0]);
          ranges.push([start, end]);
          break; // the longest first
        }
      }
    }
    let out = "";
    let last = 0;
    for (const [start, end] of ranges) {
      out += value.slice(last, start) + REDACTED;
      last = end;
    }
    return (out + value.slice(last)).slice(0, limit);
  };

  const json = (value: unknown): unknown => {
    const root: Record<string, unknown> = {};
    const stack: [unknown, Record<string | number, unknown>, string | number, number][] = [
      [value, root, "v", 0],
    ];
    for (let item; (item = stack.pop());) {
      const [source, target, key, depth] = item;
      let copy = source;
      if (typeof source === "string") copy = text(source);
      else if (source && typeof source === "object") {
        if (depth >= MAX_DEPTH) copy = TOO_DEEP;
        else if (Array.isArray(source)) {
          const out: unknown[] = (copy = []);
          source.forEach((element, index) => stack.push([element, out as never, index, depth + 1]));
        } else {
          const out: Record<string, unknown> = (copy = {});
          for (const name of Object.keys(source)) {
            const redacted = text(name);
            if (redacted === "__proto__") continue;
            out[redacted] = undefined; // keeps the order of the keys
            stack.push([(source as Record<string, unknown>)[name], out, redacted, depth + 1]);
          }
        }
      }
      target[key] = copy;
    }
    return root.v;
  };

  return {
    add(secret) {
      if (!secret || secret.length < MIN_SECRET_LENGTH) return;
      // As is, percent-encoded (in a URL) and escaped in a JSON Pointer (an issue's path).
      const pointer = secret.replace(/~/g, "~0").replace(/\//g, "~1");
      for (const form of [secret, encodeURIComponent(secret), pointer]) {
        const ending = form.slice(-MIN_SECRET_LENGTH);
        const list = byEnding.get(ending) ?? [];
        if (list.includes(form)) continue;
        list.push(form);
        list.sort((a, b) => b.length - a.length);
        byEnding.set(ending, list);
        longest = Math.max(longest, form.length);
      }
    },
    text,
    json,
  };
}
