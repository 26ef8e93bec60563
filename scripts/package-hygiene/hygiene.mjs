// What a package's tarball must be: `pnpm pack --dry-run --json` lists the files that `pnpm
// publish` (what `changeset publish` runs in a pnpm workspace) would put in it, and each rule
// below reads them from the package folder. (npm lists the same files, but gzips the whole
// tarball to do it: four times slower for the validators.)
//
// 1. license: LICENSE is in the tarball and in `files`, it is the MIT license held by "users-api
//    maintainers", and package.json says `"license": "MIT"`.
// 2. maps: every `//# sourceMappingURL=` comment in a shipped .js/.mjs/.cjs/.d.ts file names a
//    file in the tarball, and every entry of every shipped map's `sources` (joined to its
//    `sourceRoot`, resolved from the map's folder) is a file in the tarball.
// 3. no file twice: no two shipped files have the same bytes (SHA-256), and no two shipped .json
//    files parse to the same value (a re-indented copy, as tsc writes of an imported JSON file).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, posix, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const LICENSE_HOLDER = "users-api maintainers";

/**
 * `pnpm <args> pack --dry-run --json` in cwd, parsed.
 * @param {string} cwd
 * @param {string[]} args
 */
async function pnpmPack(cwd, args) {
  const pnpm = process.platform === "win32" ? "pnpm.cmd" : "pnpm";
  const { stdout } = await run(
    pnpm,
    [...args, "pack", "--dry-run", "--json", "--config.ignore-scripts=true"],
    {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_loglevel: "error" },
    },
  );
  return JSON.parse(stdout);
}

/** @param {{ files: { path: string }[] }} result one package's `pnpm pack --json` */
const paths = (result) => result.files.map((file) => file.path).sort();

/**
 * The files `pnpm pack` would put in the tarball, relative to the package folder.
 * @param {string} packageDir
 * @returns {Promise<string[]>}
 */
export async function packedFiles(packageDir) {
  return paths(await pnpmPack(packageDir, []));
}

/**
 * packedFiles of several packages of the pnpm workspace at `root`, from one `pnpm --recursive
 * pack` (each package listed as `pnpm pack` in its folder lists it: pnpm starts once, not once
 * per package).
 * @param {string} root
 * @param {string[]} packageDirs
 * @returns {Promise<Map<string, string[]>>} the files by package folder
 */
export async function packedFilesOfWorkspace(root, packageDirs) {
  const filters = packageDirs.flatMap((dir) => ["--filter", `./${relative(root, dir)}`]);
  const results = [await pnpmPack(root, ["--recursive", ...filters])].flat();
  /** @type {Map<string, string[]>} */
  const byDir = new Map();
  for (const dir of packageDirs) {
    const { name } = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    const result = results.find((packed) => packed.name === name);
    if (!result) throw new Error(`\`pnpm --recursive pack\` did not list ${name} (${dir})`);
    byDir.set(dir, paths(result));
  }
  return byDir;
}

/** @param {unknown} value @returns {string} JSON with sorted keys */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The file a URL in a map or a sourceMappingURL comment names, relative to the package folder,
 * or undefined when it is not a relative file URL (data: URLs are inline maps).
 * @param {string} fromDir folder of the file that holds the URL, relative to the package
 * @param {string} url
 */
function resolveRelative(fromDir, url) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url.startsWith("data:") ? undefined : url;
  return posix.normalize(posix.join(fromDir, decodeURIComponent(url.split(/[?#]/)[0] ?? "")));
}

/**
 * Every rule broken by the package's tarball, as readable lines (empty when it is clean).
 * @param {string} packageDir
 * @param {{ files?: string[] }} [options] the packed files, if already known
 * @returns {Promise<{ files: string[]; problems: string[] }>}
 */
export async function checkPackage(packageDir, options = {}) {
  const files = options.files ?? (await packedFiles(packageDir));
  const shipped = new Set(files);
  /** @type {string[]} */
  const problems = [];
  const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));

  // 1. license
  if (manifest.license !== "MIT") {
    problems.push(`package.json: license is ${JSON.stringify(manifest.license)}, not "MIT"`);
  }
  if (!Array.isArray(manifest.files) || !manifest.files.includes("LICENSE")) {
    problems.push('package.json: "files" does not list LICENSE');
  }
  if (!shipped.has("LICENSE")) {
    problems.push("LICENSE is not in the tarball");
  } else {
    const license = await readFile(join(packageDir, "LICENSE"), "utf8");
    if (!license.startsWith("MIT License\n")) problems.push("LICENSE is not the MIT license");
    if (!new RegExp(`^Copyright \\(c\\) \\d{4} ${LICENSE_HOLDER}$`, "m").test(license)) {
      problems.push(`LICENSE does not name "${LICENSE_HOLDER}" as the copyright holder`);
    }
  }

  /** @type {Map<string, string[]>} */
  const byHash = new Map();
  /** @type {Map<string, string[]>} */
  const byJson = new Map();
  for (const file of files) {
    const bytes = await readFile(join(packageDir, file));
    const hash = createHash("sha256").update(bytes).digest("hex");
    byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
    const dir = posix.dirname(file);

    // 2. maps
    if (/\.(?:[cm]?js|d\.[cm]?ts)$/.test(file)) {
      const comment = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(bytes.toString("utf8"));
      const target = comment?.[1] === undefined ? undefined : resolveRelative(dir, comment[1]);
      if (target !== undefined && !shipped.has(target)) {
        problems.push(
          `${file}: sourceMappingURL ${comment?.[1]} -> ${target} is not in the tarball`,
        );
      }
    }
    if (file.endsWith(".map")) {
      /** @type {{ sources?: unknown; sourceRoot?: unknown }} */
      let map;
      try {
        map = JSON.parse(bytes.toString("utf8"));
      } catch {
        problems.push(`${file}: not a JSON source map`);
        continue;
      }
      const root = typeof map.sourceRoot === "string" ? map.sourceRoot : "";
      const sources = Array.isArray(map.sources) ? map.sources : [];
      if (sources.length === 0) problems.push(`${file}: no sources`);
      for (const source of sources) {
        const target = resolveRelative(dir, posix.join(root, String(source)));
        if (target !== undefined && !shipped.has(target)) {
          problems.push(`${file}: source ${source} -> ${target} is not in the tarball`);
        }
      }
    }

    // 3. JSON copies
    if (file.endsWith(".json") && !file.endsWith(".map")) {
      try {
        const key = createHash("sha256")
          .update(canonicalJson(JSON.parse(bytes.toString("utf8"))))
          .digest("hex");
        byJson.set(key, [...(byJson.get(key) ?? []), file]);
      } catch {
        problems.push(`${file}: not valid JSON`);
      }
    }
  }

  // 3. no file twice
  for (const group of byHash.values()) {
    if (group.length > 1) problems.push(`the same bytes are shipped twice: ${group.join(", ")}`);
  }
  for (const group of byJson.values()) {
    const sameBytes = [...byHash.values()].some((hashGroup) =>
      group.every((file) => hashGroup.includes(file)),
    );
    if (group.length > 1 && !sameBytes) {
      problems.push(`the same JSON document is shipped twice: ${group.join(", ")}`);
    }
  }
  return { files, problems };
}
