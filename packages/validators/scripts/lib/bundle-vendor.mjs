// Bundles the two CommonJS run-time pieces the generated validators need (ajv-formats'
// checks and Ajv's string-length helper) into ES modules, so the published package has no
// `require` and no run-time dependency on Ajv.
import { build } from "esbuild";

const VENDOR = {
  "ajv-formats.js": `export { fullFormats } from "ajv-formats/dist/formats";`,
  "ucs2length.js": `export { default as ucs2length } from "ajv/dist/runtime/ucs2length";`,
};

// A call, not the word inside a string such as ucs2length's `.code` property.
const CALLS_REQUIRE = /(^|[^"'\w.$])require\(/m;

/** `{ fileName: source }` for each vendored module. */
export async function bundleVendor(packageDir) {
  const out = {};
  for (const [fileName, entry] of Object.entries(VENDOR)) {
    const result = await build({
      stdin: { contents: entry, resolveDir: packageDir, sourcefile: fileName },
      absWorkingDir: packageDir,
      bundle: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["main"],
      // Keeps module paths in the output free of the pnpm store layout, so it is reproducible.
      preserveSymlinks: true,
      write: false,
      logLevel: "warning",
    });
    const code = result.outputFiles[0].text;
    if (code.includes(".pnpm") || CALLS_REQUIRE.test(code)) {
      throw new Error(`${fileName}: bundle is not self-contained`);
    }
    out[fileName] = code;
  }
  return out;
}
