// End to end: a throwaway git repository with a released spec, a spec change and a changeset,
// checked by the real CLI (git, redocly and the changesets release plan, all offline).
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../check-breaking.mjs", import.meta.url));
const repoConfig = fileURLToPath(new URL("../../../redocly.yaml", import.meta.url));

// Keep the developer's git config (signing, hooks, default branch) out of the throwaway repos.
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Gate Test",
  GIT_AUTHOR_EMAIL: "gate@example.com",
  GIT_COMMITTER_NAME: "Gate Test",
  GIT_COMMITTER_EMAIL: "gate@example.com",
  // No `git maintenance run --auto` after each commit.
  GIT_CONFIG_COUNT: "1",
  GIT_CONFIG_KEY_0: "maintenance.auto",
  GIT_CONFIG_VALUE_0: "false",
};

const openapi = `openapi: 3.1.0
info:
  title: Users API e2e
  version: 1.0.0
paths:
  /users/{userId}:
    get:
      operationId: getUser
      summary: Get a user
      parameters:
        - name: userId
          in: path
          required: true
          schema:
            type: string
      responses:
        "200":
          description: The user.
          content:
            application/json:
              schema:
                $ref: ./schemas/User.yaml
`;

/** @param {{ email?: boolean; nameDescription?: string; department?: boolean }} [options] */
function userSchema({
  email = true,
  nameDescription = "The user's name.",
  department = false,
} = {}) {
  return [
    "type: object",
    "properties:",
    "  id:",
    "    type: string",
    "  name:",
    "    type: string",
    `    description: ${nameDescription}`,
    ...(email ? ["  email:", "    type: string"] : []),
    ...(department ? ["  department:", "    type: string"] : []),
    "",
  ].join("\n");
}

const tempDirs = /** @type {string[]} */ ([]);
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A repository like this one in miniature: a workspace with two @users-api packages in one
 * fixed group, a two-file spec, and the root redocly.yaml.
 * @param {{ branch?: string }} [options]
 */
async function createRepo({ branch = "main" } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "check-breaking-e2e-"));
  tempDirs.push(dir);
  /** @param {string} path @param {string} text */
  const write = async (path, text) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  /** @param {string[]} args */
  const git = async (...args) => (await run("git", args, { cwd: dir, env: gitEnv })).stdout.trim();
  /** @param {string} message */
  const commit = async (message) => {
    await git("add", "-A");
    await git("commit", "-q", "-m", message);
  };
  /** @param {string} version */
  const setVersion = async (version) => {
    for (const name of ["spec", "types"]) {
      await write(
        `packages/${name}/package.json`,
        JSON.stringify({ name: `@users-api/${name}`, version }),
      );
    }
  };
  /** As `changeset version` + `changeset publish` would: bump, commit, tag. @param {string} version */
  const release = async (version) => {
    await setVersion(version);
    await commit(`release ${version}`);
    await git("tag", `@users-api/spec@${version}`);
    await git("tag", `@users-api/types@${version}`);
  };
  /** @param {string} id @param {"patch" | "minor" | "major"} bump */
  const addChangeset = (id, bump) =>
    write(`.changeset/${id}.md`, `---\n"@users-api/spec": ${bump}\n---\n\nSpec change.\n`);

  await git("init", "-q", "-b", branch);
  await write("package.json", JSON.stringify({ name: "e2e-root", private: true }));
  await write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  await setVersion("0.0.0");
  await write(
    ".changeset/config.json",
    JSON.stringify({
      changelog: false,
      commit: false,
      fixed: [["@users-api/*"]],
      linked: [],
      access: "public",
      baseBranch: "main",
      updateInternalDependencies: "patch",
      ignore: [],
    }),
  );
  await copyFile(repoConfig, join(dir, "redocly.yaml"));
  await write("spec/openapi.yaml", openapi);
  await write("spec/schemas/User.yaml", userSchema());
  await commit("spec 1.0.0");
  return { dir, git, write, commit, release, addChangeset };
}

/**
 * @param {string} cwd
 * @param {string[]} [args]
 * @returns {Promise<{ code: number; output: string }>}
 */
async function check(cwd, args = []) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } =
      /** @type {{ code: number; stdout: string; stderr: string }} */ (error);
    return { code, output: stdout + stderr };
  }
}

describe.concurrent("check-breaking CLI", () => {
  it("fails a removed field released with a minor changeset, naming the change and the bump", async () => {
    const repo = await createRepo();
    await repo.release("1.0.0");
    await repo.write("spec/schemas/User.yaml", userSchema({ email: false }));
    await repo.addChangeset("drop-email", "minor");

    const { code, output } = await check(repo.dir);

    expect(code, output).toBe(1);
    expect(output).toContain("compared with @users-api/spec@1.0.0 (last release)");
    expect(output).toContain(
      "FAIL: the spec change needs a major release, but the pending changesets (.changeset/drop-email.md) plan a minor release of @users-api/*.",
    );
    expect(output).toMatch(
      /major {2}GET \/users\/\{userId\} responses\/200\/content\/application\/json\/schema\/properties\/email .*Property `email` of `User` was removed\. \[property-removed\]/,
    );
    expect(output).toContain('choose "major"');
  });

  it("fails a spec change with no changeset at all", async () => {
    const repo = await createRepo();
    await repo.release("1.0.0");
    await repo.write("spec/schemas/User.yaml", userSchema({ department: true }));
    await repo.commit("add department");

    const { code, output } = await check(repo.dir);

    expect(code, output).toBe(1);
    expect(output).toContain(
      "FAIL: the spec change needs a minor release, but there is no pending changeset for @users-api/*.",
    );
    expect(output).toContain("`department` was added.");
  });

  it("passes when the changeset's bump is right", async () => {
    const repo = await createRepo();
    await repo.release("1.0.0");
    await repo.write("spec/schemas/User.yaml", userSchema({ email: false }));
    await repo.addChangeset("drop-email", "major");
    await repo.commit("drop email");

    const { code, output } = await check(repo.dir);

    expect(code, output).toBe(0);
    expect(output).toContain("API changes: 1 major; they need a major release.");
    expect(output).toContain(
      "OK: The pending changesets (.changeset/drop-email.md) plan a major release of @users-api/*.",
    );
  });

  it("passes with no API change and no changeset", async () => {
    const repo = await createRepo();
    await repo.release("1.0.0");

    const { code, output } = await check(repo.dir);

    expect(code, output).toBe(0);
    expect(output).toContain("No API changes: no release is needed.");
  });

  it("compares with the newest release, or with --base", async () => {
    const repo = await createRepo();
    await repo.release("1.0.0");
    await repo.write("spec/schemas/User.yaml", userSchema({ email: false }));
    await repo.commit("drop email");
    await repo.release("2.0.0");
    await repo.write(
      "spec/schemas/User.yaml",
      userSchema({ email: false, nameDescription: "Full name." }),
    );
    await repo.addChangeset("reword", "patch");

    const sinceRelease = await check(repo.dir);
    expect(sinceRelease.code, sinceRelease.output).toBe(0);
    expect(sinceRelease.output).toContain("compared with @users-api/spec@2.0.0 (last release)");
    expect(sinceRelease.output).toContain("`description` was modified.");

    const sinceOlder = await check(repo.dir, ["--base", "@users-api/types@1.0.0"]);
    expect(sinceOlder.code, sinceOlder.output).toBe(1);
    expect(sinceOlder.output).toContain("compared with @users-api/types@1.0.0\n");
    expect(sinceOlder.output).toContain("Property `email` of `User` was removed.");
  });

  it("before the first release, compares a branch with its fork point from the base branch", async () => {
    const repo = await createRepo();
    await repo.git("checkout", "-q", "-b", "feature");
    await repo.write("spec/schemas/User.yaml", userSchema({ department: true }));
    await repo.addChangeset("department", "patch");
    await repo.commit("add department");

    const { code, output } = await check(repo.dir);

    expect(code, output).toBe(1);
    expect(output).toMatch(/compared with main \(merge-base [0-9a-f]{7}\)/);
    expect(output).toContain("needs a minor release, but the pending changesets");
  });

  it("refuses to pass a released repository whose release tags are missing", async () => {
    const repo = await createRepo();
    await repo.release("1.0.0");
    await repo.git("tag", "-d", "@users-api/spec@1.0.0", "@users-api/types@1.0.0");
    await repo.write("spec/schemas/User.yaml", userSchema({ email: false }));
    await repo.commit("drop email");

    const { code, output } = await check(repo.dir);

    expect(code, output).toBe(2);
    expect(output).toContain("no @users-api/*@* release tag is reachable from HEAD");
    expect(output).toContain("packages are at 1.0.0");
  });

  it("has nothing to compare without a release or a base branch", async () => {
    const repo = await createRepo({ branch: "trunk" });

    const { code, output } = await check(repo.dir);

    expect(code, output).toBe(0);
    expect(output).toContain("no release yet");
    expect(output).toContain("nothing to compare");
  });
});
