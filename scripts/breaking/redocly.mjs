import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

// The CLI package has no exports map for its bin, so locate it through package.json.
const cliPackageJson = require.resolve("@redocly/cli/package.json");
const cliBin = join(dirname(cliPackageJson), require(cliPackageJson).bin.redocly);

// No update notice and no telemetry: the gate runs offline.
const env = { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off" };

/** @param {string[]} args */
async function redocly(args) {
  try {
    return await run(process.execPath, [cliBin, ...args, "--lint-config", "off"], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = /** @type {{ stdout?: string; stderr?: string }} */ (
      error
    );
    throw new Error(`redocly ${args[0]} failed:\n${stderr || stdout}`.trimEnd(), { cause: error });
  }
}

/** @param {string | undefined} config */
const configArgs = (config) => (config ? ["--config", config] : []);

/**
 * Bundle (possibly multi-file) OpenAPI descriptions into JSON documents with internal refs only,
 * all in one redocly process: each start of the CLI costs most of a CPU-second.
 * @param {string[]} inputs
 * @param {string[]} outputs a .json path for each input
 * @param {{ config?: string | undefined }} [options]
 */
export async function bundleSpecs(inputs, outputs, options = {}) {
  // With several inputs and no --output, redocly prints each bundle to stdout, one after the
  // other with nothing between them (`--output <dir>` would name both openapi.json). Each is
  // JSON.stringify(bundle, null, 2): a line that is just "}" ends one, then "{" starts the next.
  const { stdout } = await redocly([
    "bundle",
    ...inputs,
    "--ext",
    "json",
    ...configArgs(options.config),
  ]);
  const bundles = stdout.split(/(?<=\n\})\n?(?=\{\n)/);
  if (bundles.length !== outputs.length) {
    throw new Error(
      `redocly bundle printed ${bundles.length} documents for ${inputs.length} inputs`,
    );
  }
  await Promise.all(outputs.map((output, i) => writeFile(output, bundles[i] ?? "")));
}

/**
 * Run `redocly diff` and return its JSON report: every change with the semver impact its rules
 * gave it (impacts come from the `diff:` section of the config).
 * @param {string} base
 * @param {string} revision
 * @param {{ config?: string | undefined; reportPath: string }} options
 * @returns {Promise<import("./classify.mjs").DiffReport>}
 */
export async function diffSpecs(base, revision, options) {
  const { stderr } = await redocly([
    "diff",
    base,
    revision,
    "--format",
    "json",
    "--fail-on",
    "none",
    "--output",
    options.reportPath,
    ...configArgs(options.config),
  ]);
  // With no diff rules on, every change would be rated patch/minor: refuse rather than pass.
  if (stderr.includes("No diff rules are on")) {
    throw new Error(`redocly diff has no diff rules turned on; check the config.\n${stderr}`);
  }
  return JSON.parse(await readFile(options.reportPath, "utf8"));
}
