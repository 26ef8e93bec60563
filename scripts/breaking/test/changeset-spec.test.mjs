// The gate's fixture spec pairs, classified (classifySpecs: the bump, the change, its rule), then
// through `pnpm changeset:spec`: the written .changeset/<name>.md has the bump the gate requires
// for every @users-api/* package and a summary naming each operation and field. Both in one file,
// so one process: classify.mjs keeps redocly's report of a pair, and each pair is diffed once.
// The last test takes it through a throwaway repository: a release tag, a spec edit, the CLI,
// the gate, and `changeset version` writing the summary into CHANGELOG.md.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { changesetSpec, DEFAULT_NAME } from "../changeset-spec.mjs";
import { classifySpecs } from "../classify.mjs";

const run = promisify(execFile);
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const cli = fileURLToPath(new URL("../changeset-spec.mjs", import.meta.url));
const gate = fileURLToPath(new URL("../check-breaking.mjs", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const changesetBin = join(repoRoot, "node_modules/@changesets/cli/bin.js");
// The repository's own config: its `diff:` section sets the impacts the gate relies on.
const config = join(repoRoot, "redocly.yaml");

const PACKAGES = ["spec", "types", "validators", "fetch-client", "mock-server"].map(
  (name) => `@users-api/${name}`,
);

const tempDirs = /** @type {string[]} */ ([]);
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A workspace in miniature: the five @users-api packages, a private one that must not be
 * released, the repository's redocly.yaml (its `diff:` impacts; a link, as classify.mjs keys
 * redocly's reports by the config's real path) and a .changeset folder.
 */
async function createWorkspace() {
  const dir = await mkdtemp(join(tmpdir(), "changeset-spec-"));
  tempDirs.push(dir);
  const manifests = [
    ...PACKAGES.map((name) => ({ name, version: "1.0.0" })),
    { name: "@users-api/internal-tools", version: "1.0.0", private: true },
  ];
  for (const manifest of manifests) {
    const packageDir = join(dir, "packages", manifest.name.split("/")[1] ?? "");
    await mkdir(packageDir, { recursive: true });
    await writeFile(join(packageDir, "package.json"), JSON.stringify(manifest));
  }
  await mkdir(join(dir, ".changeset"));
  await symlink(config, join(dir, "redocly.yaml"));
  return dir;
}

/** @param {string} name */
const classifyFixture = (name) =>
  classifySpecs(`${fixtures}${name}/base.yaml`, `${fixtures}${name}/head.yaml`, { config });

/** @param {string} text a changeset file */
function parseChangeset(text) {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`not a changeset:\n${text}`);
  const body = match[2] ?? "";
  /** @param {string} heading */
  const section = (heading) => {
    const start = body.indexOf(`**${heading}**\n\n`);
    if (start === -1) return [];
    const rest = body.slice(start + heading.length + 6);
    const end = rest.indexOf("\n\n");
    return (end === -1 ? rest : rest.slice(0, end))
      .split("\n")
      .filter((line) => line.startsWith("- "))
      .map((line) => line.slice(2));
  };
  return {
    releases: /** @type {Record<string, string>} */ (parse(match[1] ?? "")),
    headline: body.split("\n")[0],
    breaking: section("Breaking changes"),
    nonBreaking: section("Non-breaking changes"),
  };
}

/** @param {string} cwd @param {string} fixture @param {Partial<Parameters<typeof changesetSpec>[0]>} [extra] */
const runFixture = (cwd, fixture, extra = {}) =>
  changesetSpec({
    cwd,
    spec: "spec/openapi.yaml",
    baseSpec: join(fixtures, fixture, "base.yaml"),
    headSpec: join(fixtures, fixture, "head.yaml"),
    scope: "@users-api/",
    name: DEFAULT_NAME,
    ...extra,
  });

describe("classifySpecs on fixture spec pairs", () => {
  // [fixture, bump the change needs, a fragment of the reported change, its rule or undefined]
  const cases = /** @type {const} */ ([
    ["identical", "none", undefined, undefined],
    ["description-only", "patch", "`description` was modified.", undefined],
    ["example-only", "patch", "`examples` was modified.", undefined],
    ["new-optional-field", "minor", "`department` was added.", undefined],
    ["new-operation", "minor", "`/users/{userId}/manager` was added.", undefined],
    ["new-optional-parameter", "minor", "Optional `state` query parameter was added.", undefined],
    ["response-enum-value-added", "minor", "gained values: 'deleted'", "enum-values-added"],
    ["removed-field", "major", "Property `email` of `User` was removed.", "property-removed"],
    [
      "removed-operation",
      "major",
      "Operation `PATCH /users/{userId}` was removed.",
      "operation-removed",
    ],
    [
      "type-changed",
      "major",
      "Type of `version` widened from 'integer' to 'string'.",
      "schema-type-changed",
    ],
    [
      "newly-required-request-field",
      "major",
      "`UpdateUser` became required: `name`.",
      "required-properties-added",
    ],
    [
      "new-required-parameter",
      "major",
      "Required `divisionId` query parameter was added.",
      "parameter-became-required",
    ],
    ["request-enum-value-removed", "major", "lost values: 'inactive'", "enum-values-removed"],
    [
      "request-schema-closed",
      "major",
      "`additionalProperties` of `UpdateUser` was set to 'false'.",
      "schema-constraint-changed",
    ],
  ]);

  it.concurrent.each(cases)("%s needs %s", async (name, bump, what, rule) => {
    const result = await classifyFixture(name);
    expect(result.bump).toBe(bump);
    if (what === undefined) {
      expect(result.changes).toEqual([]);
      return;
    }
    const change = result.changes.find((c) => c.what.includes(what));
    expect(change, JSON.stringify(result.changes, null, 2)).toBeDefined();
    expect(change?.impact).toBe(bump);
    expect(change?.rules).toEqual(rule === undefined ? [] : expect.arrayContaining([rule]));
  });

  it("names the operation and the schema of a removed field", async () => {
    const { changes } = await classifyFixture("removed-field");
    expect(changes).toEqual([
      {
        impact: "major",
        where:
          "GET /users responses/200/content/application/json/schema/properties/entities/items/properties/email",
        source: "#/components/schemas/User/properties/email",
        what: "Property `email` of `User` was removed.",
        rules: ["property-removed"],
        kind: "removed",
        api: ["Removed field `User.email`"],
      },
    ]);
  });

  it("diffs byte-identical root files that refer to files which changed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "changeset-spec-refs-"));
    tempDirs.push(dir);
    const root = [
      "openapi: 3.1.0",
      "info: { title: Refs, version: 1.0.0 }",
      "paths:",
      "  /users/{userId}:",
      "    get:",
      "      operationId: getUser",
      "      parameters: [{ name: userId, in: path, required: true, schema: { type: string } }]",
      "      responses:",
      '        "200":',
      "          description: The user.",
      "          content: { application/json: { schema: { $ref: ./User.yaml } } }",
      "",
    ].join("\n");
    const user = "type: object\nproperties:\n  id: { type: string }\n";
    for (const [side, schema] of /** @type {const} */ ([
      ["base", `${user}  email: { type: string }\n`],
      ["head", user],
    ])) {
      await mkdir(join(dir, side));
      await writeFile(join(dir, side, "User.yaml"), schema);
      await writeFile(join(dir, side, "openapi.yaml"), root);
    }
    const result = await classifySpecs(
      join(dir, "base/openapi.yaml"),
      join(dir, "head/openapi.yaml"),
      { config },
    );
    expect(result.bump).toBe("major");
  });

  it("fails loudly when the config turns no diff rules on", async () => {
    const noRules = `${fixtures}no-diff-rules.redocly.yaml`;
    await expect(
      classifySpecs(`${fixtures}removed-field/base.yaml`, `${fixtures}removed-field/head.yaml`, {
        config: noRules,
      }),
    ).rejects.toThrow(/no diff rules/);
  });
});

describe("changeset:spec on the gate's fixture pairs", () => {
  // [fixture, bump for every package, breaking lines, non-breaking lines]
  const cases = /** @type {const} */ ([
    ["removed-field", "major", ["Removed field `User.email`"], []],
    ["removed-operation", "major", ["Removed operation `PATCH /users/{userId}` (patchUser)"], []],
    [
      "type-changed",
      "major",
      [
        "Changed `format` of field `User.version` from `int32` to (not set)",
        "Changed the type of field `User.version` from `integer` to `string`",
      ],
      [],
    ],
    ["newly-required-request-field", "major", ["Field `name` of `UpdateUser` became required"], []],
    [
      "new-required-parameter",
      "major",
      ["Added required query parameter `divisionId` to `GET /users` (listUsers)"],
      [],
    ],
    [
      "new-operation",
      "minor",
      [],
      ["Added operation `GET /users/{userId}/manager` (getUserManager)"],
    ],
    ["new-optional-field", "minor", [], ["Added field `User.department`"]],
    [
      "new-optional-parameter",
      "minor",
      [],
      ["Added optional query parameter `state` to `GET /users` (listUsers)"],
    ],
    [
      "response-enum-value-added",
      "minor",
      [],
      ["Added enum values `deleted` to schema `UserState`"],
    ],
    ["description-only", "patch", [], ["Changed the description of field `User.name`"]],
  ]);

  it.concurrent.each(cases)("%s: %s", async (fixture, bump, breaking, nonBreaking) => {
    const cwd = await createWorkspace();
    const result = await runFixture(cwd, fixture);
    expect(result.exitCode, result.message).toBe(0);
    const written = await readFile(join(cwd, ".changeset", `${DEFAULT_NAME}.md`), "utf8");
    const changeset = parseChangeset(written);
    expect(changeset.releases).toEqual(Object.fromEntries(PACKAGES.map((name) => [name, bump])));
    expect(changeset.headline).toBe(
      `API changes in \`head.yaml\` (compared with \`base.yaml\`): ` +
        `${breaking.length} breaking, ${nonBreaking.length} non-breaking.`,
    );
    expect(changeset.breaking).toEqual(breaking);
    expect(changeset.nonBreaking).toEqual(nonBreaking);
  });

  it("writes nothing when the API did not change, and removes its own stale file", async () => {
    const cwd = await createWorkspace();
    await runFixture(cwd, "removed-field");
    const file = join(cwd, ".changeset", `${DEFAULT_NAME}.md`);
    await expect(readFile(file, "utf8")).resolves.toContain("Removed field `User.email`");

    const result = await runFixture(cwd, "identical");
    expect(result.exitCode).toBe(0);
    expect(result.message).toContain("no API changes");
    expect(result.message).toContain(`removed the stale .changeset/${DEFAULT_NAME}.md`);
    await expect(readFile(file, "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("rewrites its own file but leaves a hand-written changeset of the same name alone", async () => {
    const cwd = await createWorkspace();
    await runFixture(cwd, "removed-field");
    const rerun = await runFixture(cwd, "new-optional-field");
    expect(rerun.exitCode, rerun.message).toBe(0);
    const file = join(cwd, ".changeset", `${DEFAULT_NAME}.md`);
    expect(parseChangeset(await readFile(file, "utf8")).nonBreaking).toEqual([
      "Added field `User.department`",
    ]);

    const handWritten = '---\n"@users-api/spec": patch\n---\n\nFixed a typo.\n';
    await writeFile(file, handWritten);
    const refused = await runFixture(cwd, "removed-field");
    expect(refused.exitCode).toBe(1);
    expect(refused.message).toContain("was not written by changeset:spec");
    expect(await readFile(file, "utf8")).toBe(handWritten);
  });
});

describe("changeset:spec end to end", () => {
  const gitEnv = {
    ...process.env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Changeset Test",
    GIT_AUTHOR_EMAIL: "changeset@example.com",
    GIT_COMMITTER_NAME: "Changeset Test",
    GIT_COMMITTER_EMAIL: "changeset@example.com",
    // No `git maintenance run --auto` after each commit.
    GIT_CONFIG_COUNT: "1",
    GIT_CONFIG_KEY_0: "maintenance.auto",
    GIT_CONFIG_VALUE_0: "false",
  };

  it("writes the changeset the gate asks for, and `changeset version` puts it in every CHANGELOG.md", async () => {
    const dir = await createWorkspace();
    /** @param {string[]} args */
    const git = (...args) => run("git", args, { cwd: dir, env: gitEnv });
    // The repository's own changelog generator, resolved from the repository's node_modules.
    await symlink(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
    await writeFile(join(dir, ".gitignore"), "node_modules\n");
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "root", private: true }));
    await writeFile(join(dir, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
    // The repository's changesets config (fixed group, changelog-git), less the example
    // consumer this workspace does not have.
    const config = JSON.parse(await readFile(join(repoRoot, ".changeset", "config.json"), "utf8"));
    await writeFile(
      join(dir, ".changeset", "config.json"),
      JSON.stringify({ ...config, ignore: [] }),
    );
    await mkdir(join(dir, "spec"));
    const spec = join(dir, "spec", "openapi.yaml");
    await copyFile(join(fixtures, "removed-field", "base.yaml"), spec);
    await git("init", "-q", "-b", "main");
    await git("add", "-A");
    await git("commit", "-q", "-m", "release 1.0.0");
    await git("tag", "@users-api/spec@1.0.0");

    // A breaking and a non-breaking change: email removed, the manager operation added.
    const removed = await readFile(join(fixtures, "removed-field", "head.yaml"), "utf8");
    const added = await readFile(join(fixtures, "new-operation", "head.yaml"), "utf8");
    const operation = added.slice(
      added.indexOf("  /users/{userId}/manager:"),
      added.indexOf("components:"),
    );
    await writeFile(spec, removed.replace("components:", `${operation}components:`));

    // That the gate fails such a change with no changeset is check-breaking.e2e.test.mjs's "fails a
    // spec change with no changeset at all"; here the gate runs once, on the changeset written.
    const { stdout } = await run(process.execPath, [cli], { cwd: dir });
    expect(stdout).toContain(`wrote .changeset/${DEFAULT_NAME}.md (major for 5 packages)`);
    const changeset = parseChangeset(
      await readFile(join(dir, ".changeset", `${DEFAULT_NAME}.md`), "utf8"),
    );
    expect(changeset.headline).toBe(
      "API changes in `spec/openapi.yaml` (compared with @users-api/spec@1.0.0 (last release)): 1 breaking, 1 non-breaking.",
    );
    expect(changeset.breaking).toEqual(["Removed field `User.email`"]);
    expect(changeset.nonBreaking).toEqual([
      "Added operation `GET /users/{userId}/manager` (getUserManager)",
    ]);

    const gateAfter = await run(process.execPath, [gate], { cwd: dir });
    expect(gateAfter.stdout).toContain("OK: The pending changesets");

    await git("add", "-A");
    await git("commit", "-q", "-m", "drop email, add manager");
    await run(process.execPath, [changesetBin, "version"], { cwd: dir, env: gitEnv });
    for (const name of PACKAGES) {
      const packageDir = join(dir, "packages", name.split("/")[1] ?? "");
      const changelog = await readFile(join(packageDir, "CHANGELOG.md"), "utf8");
      expect(changelog, name).toContain("## 2.0.0\n\n### Major Changes");
      expect(changelog).toMatch(
        /- [0-9a-f]{7}: API changes in `spec\/openapi\.yaml` .*: 1 breaking, 1 non-breaking\./,
      );
      expect(changelog).toContain("  **Breaking changes**\n\n  - Removed field `User.email`");
      expect(changelog).toContain(
        "  **Non-breaking changes**\n\n  - Added operation `GET /users/{userId}/manager` (getUserManager)",
      );
      const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
      expect(manifest.version).toBe("2.0.0");
    }
  });
});
