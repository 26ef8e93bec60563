import { apiUrlFor, loginUrlFor } from "@users-api/spec/hosts";

/**
 * The platform's regions and their host suffixes, for the `region` option
 * (`region: regionHosts.eu_west_1`). A region's API lives at `https://api.{host}` and its OAuth
 * server at `https://login.{host}`.
 */
export const regionHosts = {
  us_east_1: "mypurecloud.com",
  eu_west_1: "mypurecloud.ie",
  ap_southeast_2: "mypurecloud.com.au",
  ap_northeast_1: "mypurecloud.jp",
  eu_central_1: "mypurecloud.de",
  us_west_2: "usw2.pure.cloud",
  ca_central_1: "cac1.pure.cloud",
  ap_northeast_2: "apne2.pure.cloud",
  eu_west_2: "euw2.pure.cloud",
  ap_south_1: "aps1.pure.cloud",
  us_east_2: "use2.us-gov-pure.cloud",
  sa_east_1: "sae1.pure.cloud",
  me_central_1: "mec1.pure.cloud",
  ap_northeast_3: "apne3.pure.cloud",
  eu_central_2: "euc2.pure.cloud",
  mx_central_1: "mxc1.pure.cloud",
  ap_southeast_1: "apse1.pure.cloud",
  eusc_de_east_1: "edee1.eusc-pure.cloud",
} as const;

/** A region name such as `eu_west_1`. */
export type Region = keyof typeof regionHosts;
/** A region's host suffix such as `mypurecloud.ie`. */
export type RegionHost = (typeof regionHosts)[Region];

/** The default region host, as in the vendor's SDKs (`us_east_1`). */
export const defaultRegionHost: RegionHost = "mypurecloud.com";

export interface RegionUrls {
  /** `https://api.{host}` */
  apiUrl: string;
  /** `https://login.{host}` */
  loginUrl: string;
}

/**
 * Maps a region host (`mypurecloud.ie`; also accepted with a leading `https://`, `api.` or
 * `login.` and a trailing `/`, as the vendor's SDKs accept it) to its API and login URLs.
 * For a region name, look its host up in {@link regionHosts} first.
 */
export function regionUrls(region: RegionHost | (string & {})): RegionUrls {
  const host = region
    .replace(/^https?:\/\//, "")
    .replace(/^(api|login)\./, "")
    .replace(/\/+$/, "");
  if (!/^[\w-]+(\.[\w-]+)+$/.test(host)) {
    throw new TypeError(`region must be a host such as "mypurecloud.ie" (see regionHosts)`);
  }
  return { apiUrl: apiUrlFor(host), loginUrl: loginUrlFor(host) };
}
