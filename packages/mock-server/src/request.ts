/** Request headers as a Fetch `Headers` object or a Node-style record (any name case). */
export type HeaderInput = Headers | Record<string, string | readonly string[] | undefined>;

/** A transport-neutral HTTP request, as the request handler receives it. */
export interface MockRequest {
  method: string;
  /** An absolute URL, or a path with its query (`/api/v2/users?pageSize=5`). */
  url: string;
  headers: HeaderInput;
  /** The raw body text; undefined or empty for none. */
  body?: string | undefined;
}

/** A case-insensitive header lookup; repeated headers are joined with ", ". */
export function headerReader(headers: HeaderInput): (name: string) => string | undefined {
  if (typeof (headers as Headers).get === "function") {
    return (name) => (headers as Headers).get(name) ?? undefined;
  }
  const lowered = new Map<string, string>();
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value === undefined) continue;
    lowered.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : String(value));
  }
  return (name) => lowered.get(name.toLowerCase());
}
