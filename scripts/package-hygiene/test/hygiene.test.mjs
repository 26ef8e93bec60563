// Every published package's tarball, as `pnpm pack --dry-run --json` lists it (after `pnpm
// build`; one `pnpm --recursive pack` for the five): LICENSE, source maps that resolve to shipped files, and no file shipped twice. The
// rules are spelled out at the top of ../hygiene.mjs.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkPackage, packedFilesOfWorkspace } from "../hygiene.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const PACKAGES = ["spec", "types", "validators", "fetch-client", "mock-server"];

/** @type {Promise<Map<string, string[]>> | undefined} one `pnpm pack --dry-run` for all */
let packs;
/** @param {string} name */
async function packed(name) {
  for (const other of PACKAGES) {
    if (!existsSync(join(root, "packages", other, "dist", "index.js"))) {
      throw new Error(`packages/${other}/dist is missing: run \`pnpm build\` before this test`);
    }
  }
  const dirs = PACKAGES.map((other) => join(root, "packages", other));
  packs ??= packedFilesOfWorkspace(root, dirs);
  return /** @type {string[]} */ ((await packs).get(join(root, "packages", name)));
}

describe.concurrent.each(PACKAGES)("@users-api/%s tarball", (name) => {
  const packageDir = join(root, "packages", name);

  it("has LICENSE, maps that resolve to shipped files, and no file twice", async () => {
    const { files, problems } = await checkPackage(packageDir, { files: await packed(name) });
    expect(problems, `packages/${name}: ${files.length} files`).toEqual([]);
    // The maps point into src/, so src/ is shipped: go-to-definition lands in the TypeScript.
    expect(files).toContain("LICENSE");
    expect(files).toContain("dist/index.js.map");
    expect(files).toContain("dist/index.d.ts.map");
    expect(files.some((file) => /^src\/index\.[jt]s$/.test(file))).toBe(true);
    const map = JSON.parse(readFileSync(join(packageDir, "dist/index.d.ts.map"), "utf8"));
    expect(map.sources).toEqual(["../src/index.ts"]);
  });
});

describe("@users-api/spec ships its bundle once", () => {
  it("as dist/generated/openapi.json, byte-identical to src/generated/openapi.json", async () => {
    const packageDir = join(root, "packages", "spec");
    const files = await packed("spec");
    expect(files.filter((file) => file.endsWith("openapi.json"))).toEqual([
      "dist/generated/openapi.json",
    ]);
    expect(files.filter((file) => file.endsWith("openapi.yaml"))).toEqual([
      "dist/generated/openapi.yaml",
    ]);
    for (const file of ["openapi.json", "openapi.yaml"]) {
      expect(readFileSync(join(packageDir, "dist/generated", file))).toEqual(
        readFileSync(join(packageDir, "src/generated", file)),
      );
    }
  });
});

describe("the LICENSE files", () => {
  it("are one text in every package", () => {
    const texts = new Set(
      PACKAGES.map((name) => readFileSync(join(root, "packages", name, "LICENSE"), "utf8")),
    );
    expect(texts.size).toBe(1);
  });
});

describe("checkPackage finds what it looks for", () => {
  /** @type {string[]} */
  const dirs = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("a missing LICENSE, a map whose source is not shipped, a missing map, copies", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hygiene-"));
    dirs.push(dir);
    /** @param {string} file @param {string} text */
    const write = async (file, text) => {
      await mkdir(join(dir, file, ".."), { recursive: true });
      await writeFile(join(dir, file), text);
    };
    await write(
      "package.json",
      JSON.stringify({ name: "broken", version: "1.0.0", license: "ISC", files: ["dist"] }),
    );
    await write("src/index.ts", "export const a = 1;\n");
    await write("dist/index.js", "export const a = 1;\n//# sourceMappingURL=index.js.map\n");
    await write(
      "dist/index.d.ts",
      "export declare const a = 1;\n//# sourceMappingURL=index.d.ts.map\n",
    );
    await write(
      "dist/index.d.ts.map",
      JSON.stringify({ version: 3, sources: ["../src/index.ts"] }),
    );
    await write("dist/data.json", '{"a":1,"b":[1,2]}');
    await write("dist/generated/data.json", '{\n    "b": [1, 2],\n    "a": 1\n}\n');
    await write("dist/copy.js", "export const a = 1;\n//# sourceMappingURL=index.js.map\n");

    const { problems } = await checkPackage(dir);

    expect(problems).toEqual(
      expect.arrayContaining([
        'package.json: license is "ISC", not "MIT"',
        'package.json: "files" does not list LICENSE',
        "LICENSE is not in the tarball",
        "dist/index.js: sourceMappingURL index.js.map -> dist/index.js.map is not in the tarball",
        "dist/copy.js: sourceMappingURL index.js.map -> dist/index.js.map is not in the tarball",
        "dist/index.d.ts.map: source ../src/index.ts -> src/index.ts is not in the tarball",
        "the same bytes are shipped twice: dist/copy.js, dist/index.js",
        "the same JSON document is shipped twice: dist/data.json, dist/generated/data.json",
      ]),
    );
    expect(problems).toHaveLength(8);
  });
});
