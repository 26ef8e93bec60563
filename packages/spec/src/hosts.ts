// The spec's host rule: a region's API is served at `https://api.{region}` (its `servers`) and
// its OAuth server at `https://login.{region}` (its security scheme). The one place that maps
// one to the other.

/** `https://api.{regionHost}` */
export const apiUrlFor = (regionHost: string): string => `https://api.${regionHost}`;

/** `https://login.{regionHost}` */
export const loginUrlFor = (regionHost: string): string => `https://login.${regionHost}`;

/**
 * The login URL that belongs to an API base URL: `https://api.X[:port]` ->
 * `https://login.X[:port]`. Undefined when the host does not start with `api.`.
 */
export function loginUrlForApi(baseUrl: string): string | undefined {
  const url = new URL(baseUrl);
  if (!url.hostname.startsWith("api.")) return undefined;
  return `${url.protocol}//login.${url.host.slice("api.".length)}`;
}
