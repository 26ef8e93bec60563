const REDACTED = "[REDACTED]";
// Shorter strings would blank out ordinary words; real tokens and secrets are far longer.
const MIN_SECRET_LENGTH = 4;
// Issued tokens rotate: keep the newest few, enough to cover requests still in flight.
const MAX_ISSUED_TOKENS = 8;

/** Remembers a client's credentials so that no error text or body ever carries them. */
export interface Redactor {
  /** A credential that lives as long as the client (client secret, static token). */
  addSecret(secret: string | undefined): void;
  /** A token that was issued or fetched; only the newest few are kept. */
  addToken(token: string | undefined): void;
  text(value: string): string;
  /** A deep copy of a parsed JSON value with every secret replaced in its strings. */
  json<T>(value: T): T;
}

/** The forms a credential takes when a server echoes it: as is, or percent-encoded in a URL. */
const encodings = (value: string): string[] => [value, encodeURIComponent(value)];

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  // The newest issued tokens, each with its encodings.
  const tokens: string[][] = [];

  const usable = (value: string | undefined): value is string =>
    !!value && value.length >= MIN_SECRET_LENGTH;

  const replaceAll = (value: string, secret: string): string =>
    value.includes(secret) ? value.split(secret).join(REDACTED) : value;

  const text = (value: string): string => {
    for (const secret of secrets) value = replaceAll(value, secret);
    for (const forms of tokens) for (const token of forms) value = replaceAll(value, token);
    return value;
  };

  const json = <T>(value: T): T => {
    if (typeof value === "string") return text(value) as T;
    if (Array.isArray(value)) return value.map(json) as T;
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[text(key)] = json(item);
      return out as T;
    }
    return value;
  };

  return {
    addSecret(secret) {
      if (usable(secret)) for (const form of encodings(secret)) secrets.add(form);
    },
    addToken(token) {
      if (!usable(token) || tokens.some((forms) => forms[0] === token)) return;
      tokens.push(encodings(token));
      if (tokens.length > MAX_ISSUED_TOKENS) tokens.shift();
    },
    text,
    json,
  };
}
