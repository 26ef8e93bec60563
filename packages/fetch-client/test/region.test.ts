import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { regionHosts, regionUrls } from "../src/index.js";

describe("regions", () => {
  it("maps a region host to its API and login URLs", () => {
    expect(regionUrls(regionHosts.eu_west_1)).toEqual({
      apiUrl: "https://api.mypurecloud.ie",
      loginUrl: "https://login.mypurecloud.ie",
    });
    expect(regionUrls(regionHosts.us_east_2).apiUrl).toBe("https://api.use2.us-gov-pure.cloud");
  });

  it("accepts a host, also in the forms the vendor SDKs accept", () => {
    for (const form of ["mypurecloud.de", "api.mypurecloud.de", "https://api.mypurecloud.de/"]) {
      expect(regionUrls(form).apiUrl).toBe("https://api.mypurecloud.de");
    }
  });

  it("knows exactly the region hosts of the spec's servers", () => {
    const spec = JSON.parse(
      readFileSync(new URL("../../spec/src/generated/openapi.json", import.meta.url), "utf8"),
    ) as { servers: { variables: { region: { enum: string[] } } }[] };
    const specHosts = spec.servers[0]!.variables.region.enum;
    expect(Object.values(regionHosts).sort()).toEqual([...specHosts].sort());
    expect(regionHosts.eusc_de_east_1).toBe("edee1.eusc-pure.cloud");
  });

  it("rejects what is not a host, region names included", () => {
    expect(() => regionUrls("")).toThrow(TypeError);
    expect(() => regionUrls("not a host")).toThrow(TypeError);
    expect(() => regionUrls("eu_west_1")).toThrow(/regionHosts/);
  });
});
