// The two bundles hold one document. That they equal what the generator writes (and so that
// generating is deterministic) is the drift check's job, `pnpm check:drift`, which regenerates
// on every CI run and compares with the committed files.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { bundledJsonFile, bundledYamlFile } from "./support/repo.js";

describe("bundling", () => {
  it("the JSON and YAML bundles hold the same document", () => {
    const json: unknown = JSON.parse(readFileSync(bundledJsonFile, "utf8"));
    expect(json).toMatchObject({ openapi: "3.1.0" });
    expect(parse(readFileSync(bundledYamlFile, "utf8"))).toEqual(json);
  });
});
