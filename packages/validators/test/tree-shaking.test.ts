// validateX and isX run different compiled code (ajv/validators/ collects every error,
// ajv/guards/ stops at the first): a bundle with only one of them has none of the other.
// Bundles dist/ with esbuild as a consumer's bundler would: build first.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));

/** Bytes of ajv/validators/ and ajv/guards/ (compiled modules) in a bundle of `names`. */
async function ajvBytes(names: string): Promise<Record<string, number>> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(entry)};`, resolveDir: "." },
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
  });
  const [output] = Object.values(result.metafile.outputs);
  const bytes: Record<string, number> = {};
  for (const [file, { bytesInOutput }] of Object.entries(output!.inputs)) {
    const folder = /generated\/ajv\/(validators|guards)\//.exec(file)?.[1];
    if (folder !== undefined) bytes[folder] = (bytes[folder] ?? 0) + bytesInOutput;
  }
  return bytes;
}

describe("bundles", () => {
  it("with validateX only have no guards", async () => {
    const bytes = await ajvBytes("validateUser, assertUser, userSchema");
    expect(bytes.validators).toBeGreaterThan(0);
    expect(bytes.guards ?? 0).toBe(0);
  });

  it("with isX only have no collecting validators", async () => {
    const bytes = await ajvBytes("isUser");
    expect(bytes.guards).toBeGreaterThan(0);
    expect(bytes.validators ?? 0).toBe(0);
  });
});
