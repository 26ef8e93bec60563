// Which TypeScript `module` settings can use the packages, proven by a consumer per setting
// (fixtures/<setting>/: package.json with its "type", tsconfig.json, the same index.ts). Each is
// copied into a temp folder whose node_modules links @users-api/types, fetch-client and
// validators to the workspace's packages (their built dist/), then:
// - `tsc --noEmit -p` passes, or fails with exactly the errors the README names (the
//   TypeScript API that tsc runs, in this process, sharing the declaration files: see
//   scripts/typecheck.mjs);
// - a setting that passes also runs: index.ts is transpiled as that setting emits it (ESM, or
//   CommonJS whose require() loads the ESM packages: Node >= 20.19) and executed by this Node.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeCheck } from "../../typecheck.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const require = createRequire(join(root, "package.json"));
/** @type {typeof import("typescript")} */
const ts = require("typescript");

const LINKED = ["types", "fetch-client", "validators"];

// [fixture, package.json "type", outcome, the error codes of a failure]
const CASES = /** @type {const} */ ([
  ["nodenext", "module", "works", []],
  ["node20", "module", "works", []],
  ["bundler", "module", "works", []],
  ["nodenext-cjs", "commonjs", "works", []],
  ["node20-cjs", "commonjs", "works", []],
  // CommonJS output that may not require() ESM: every import of a package is refused.
  ["node16-cjs", "commonjs", "fails", ["TS1479", "TS1541"]],
  ["node18-cjs", "commonjs", "fails", ["TS1479", "TS1541"]],
]);

/** @type {string} */
let work;
beforeAll(async () => {
  for (const name of LINKED) {
    if (!existsSync(join(root, "packages", name, "dist", "index.d.ts"))) {
      throw new Error(`packages/${name}/dist is missing: run \`pnpm build\` before this test`);
    }
  }
  work = await mkdtemp(join(tmpdir(), "users-api-compat-"));
  await mkdir(join(work, "node_modules", "@users-api"), { recursive: true });
  for (const name of LINKED) {
    await symlink(
      join(root, "packages", name),
      join(work, "node_modules", "@users-api", name),
      "dir",
    );
  }
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** @param {string} cwd @param {string[]} args */
async function exec(cwd, args) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } =
      /** @type {{ code: number; stdout: string; stderr: string }} */ (error);
    return { code, stdout, stderr };
  }
}

describe("the fixtures", () => {
  it("are the cases below, each with the same index.ts", async () => {
    const index = await readFile(join(fixtures, "nodenext", "index.ts"), "utf8");
    for (const [fixture, type] of CASES) {
      expect(await readFile(join(fixtures, fixture, "index.ts"), "utf8"), fixture).toBe(index);
      const manifest = JSON.parse(await readFile(join(fixtures, fixture, "package.json"), "utf8"));
      expect(manifest.type, fixture).toBe(type);
    }
  });
});

describe.concurrent.each(CASES)("%s (%s)", (fixture, type, outcome, codes) => {
  it(`type-checks: ${outcome === "works" ? "passes" : `fails with ${codes.join(", ")}`}`, async () => {
    const dir = join(work, fixture);
    await cp(join(fixtures, fixture), dir, { recursive: true });
    const { diagnostics, output } = typeCheck(dir);
    if (outcome === "works") {
      expect(output).toBe("");
      expect(diagnostics).toHaveLength(0);

      // And it runs as that setting emits it.
      const config = ts.readConfigFile(join(dir, "tsconfig.json"), ts.sys.readFile).config;
      const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, dir);
      const js = ts.transpileModule(await readFile(join(dir, "index.ts"), "utf8"), {
        compilerOptions: {
          ...options,
          noEmit: false,
          module: type === "commonjs" ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext,
        },
      }).outputText;
      expect(js.includes("require(")).toBe(type === "commonjs");
      await writeFile(join(dir, "index.js"), js);
      const result = await exec(dir, ["index.js"]);
      expect(result.stderr).not.toMatch(/Error/);
      expect(JSON.parse(result.stdout)).toEqual({ client: "function", valid: true, id: "u1" });
      return;
    }
    expect(diagnostics.length, output).toBeGreaterThan(0);
    const errors = [...output.matchAll(/^index\.ts\(\d+,\d+\): error (TS\d+):/gm)].map(
      (match) => match[1],
    );
    // One error per import of a package (type-only: TS1541; value: TS1479), and nothing else.
    expect(errors.sort()).toEqual(["TS1479", "TS1479", "TS1541"]);
    expect(output).toContain("cannot be imported with 'require'");
  });
});
