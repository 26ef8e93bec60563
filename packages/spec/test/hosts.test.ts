import { describe, expect, it } from "vitest";
import { apiUrlFor, loginUrlFor, loginUrlForApi } from "../src/hosts.js";
import { loadBundledDocument } from "./support/repo.js";

describe("hosts", () => {
  it("follow the spec's servers and OAuth token URL for the default region", () => {
    const document = loadBundledDocument() as {
      servers: { url: string; variables: { region: { default: string } } }[];
      components: {
        securitySchemes: Record<string, { flows: Record<string, { tokenUrl: string }> }>;
      };
    };
    const [server] = document.servers;
    const region = server?.variables.region.default ?? "";
    expect(server?.url.replace("{region}", region)).toBe(apiUrlFor(region));
    const tokenUrl = Object.values(document.components.securitySchemes)[0]?.flows[
      "clientCredentials"
    ]?.tokenUrl;
    expect(tokenUrl).toBe(`${loginUrlFor(region)}/oauth/token`);
  });

  it("find the login host of an api host, port included", () => {
    expect(loginUrlForApi("https://api.mypurecloud.jp")).toBe("https://login.mypurecloud.jp");
    expect(loginUrlForApi("http://api.example.test:8080/x")).toBe("http://login.example.test:8080");
    expect(loginUrlForApi("http://127.0.0.1:8080")).toBeUndefined();
  });
});
