// The code blocks of every README in the repo: extracted, checked for the fragment convention,
// type-checked in one `tsc` run against the built workspace packages, and run when marked `run`.
//
// Convention (documented in the root README, "Examples in the READMEs"):
//   ```ts / ```js            complete: type-checked (strict, NodeNext) against the packages
//   ```ts run / ```js run    complete and also run with node (tsx), the Users API answered by
//                            @users-api/mock-server's msw handlers (mock-preload.mjs)
//   ```ts fragment           not checked; its first line must be `// fragment: <what it assumes>`
//                            so a reader sees it too (and a block with that line must be marked)
// Other languages (sh, md, text, ...) are not checked.
import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
/** Gitignored (root .gitignore); inside the repo so that module resolution reaches its node_modules. */
export const workDir = fileURLToPath(new URL("./.work", import.meta.url));
const here = dirname(fileURLToPath(import.meta.url));

const checkedLanguages = new Map([
  ["ts", "ts"],
  ["typescript", "ts"],
  ["js", "js"],
  ["javascript", "js"],
]);
export const fragmentMarker = /^\s*\/\/ fragment: \S/;

/** Every README a consuming team or maintainer reads, relative to the repo root, sorted. */
export function listReadmes(root = repoRoot) {
  const found = ["README.md", "bench/README.md", "spec/examples/README.md"];
  for (const dir of ["packages", "examples", "scripts"]) {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.isDirectory() && existsSync(join(root, dir, entry.name, "README.md"))) {
        found.push(`${dir}/${entry.name}/README.md`);
      }
    }
  }
  return found.filter((file) => existsSync(join(root, file))).sort();
}

/**
 * The fenced code blocks of a Markdown text: `{ file, line (of the opening fence, 1-based),
 * lang, flags, code }`.
 */
export function extractBlocks(text, file) {
  const lines = text.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const [lang = "", ...flags] = info.trim().split(/\s+/).filter(Boolean);
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).exec(lines[j]);
      if (close) break;
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
    }
    blocks.push({ file, line: i + 1, lang: lang.toLowerCase(), flags, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/** ts/js blocks only, with `kind`: "ts" | "js" and `mode`: "fragment" | "run" | "check". */
export function codeBlocks(blocks) {
  return blocks
    .filter((block) => checkedLanguages.has(block.lang))
    .map((block) => ({
      ...block,
      kind: checkedLanguages.get(block.lang),
      mode: block.flags.includes("fragment")
        ? "fragment"
        : block.flags.includes("run")
          ? "run"
          : "check",
    }));
}

/** Problems with the fragment convention, each naming README file and line. */
export function conventionProblems(blocks) {
  const problems = [];
  for (const block of blocks) {
    const first = block.code.split("\n").find((line) => line.trim() !== "") ?? "";
    const marked = fragmentMarker.test(first);
    if (block.mode === "fragment" && !marked) {
      problems.push(
        `${block.file}:${block.line}: a \`${block.lang} fragment\` block must start with "// fragment: <what it assumes>"`,
      );
    }
    if (block.mode !== "fragment" && marked) {
      problems.push(
        `${block.file}:${block.line}: starts with "// fragment:" but the fence is not marked \`${block.lang} fragment\``,
      );
    }
    const unknown = block.flags.filter((flag) => !["fragment", "run"].includes(flag));
    if (unknown.length)
      problems.push(`${block.file}:${block.line}: unknown fence flag(s) ${unknown.join(" ")}`);
  }
  return problems;
}

/** Every README's ts/js blocks. */
export function readAllBlocks(root = repoRoot) {
  return listReadmes(root).flatMap((file) =>
    codeBlocks(extractBlocks(readFileSync(join(root, file), "utf8"), file)),
  );
}

const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

const fileNameOf = (block) =>
  `${block.file.replace(/\/?README\.md$/, "").replace(/[^A-Za-z0-9]+/g, "-") || "root"}.L${block.line}.${block.kind}`;

const links = {
  "@users-api/spec": "packages/spec",
  "@users-api/types": "packages/types",
  "@users-api/validators": "packages/validators",
  "@users-api/fetch-client": "packages/fetch-client",
  "@users-api/mock-server": "packages/mock-server",
  msw: "packages/mock-server/node_modules/msw",
};

/**
 * Writes the complete blocks into `dir` as one project: a module per block (`export {}`
 * appended), a strict NodeNext tsconfig, and node_modules symlinks to the workspace packages
 * (their own dependencies resolve from their real paths). Returns the blocks with `path`.
 */
export function writeProject(blocks, dir = workDir, root = repoRoot) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules", "@users-api"), { recursive: true });
  for (const [name, target] of Object.entries(links)) {
    symlinkSync(join(root, target), join(dir, "node_modules", name), "dir");
  }
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ private: true, type: "module" })}\n`,
  );
  const compilerOptions = {
    strict: true,
    module: "NodeNext",
    moduleResolution: "NodeNext",
    target: "ES2022",
    lib: ["ES2023"],
    types: ["node"],
    noEmit: true,
    skipLibCheck: true,
  };
  // TypeScript blocks: strict. JavaScript blocks: checked as JS (checkJs) with strict null
  // checks etc., but unannotated parameters are allowed, as in any JS file.
  writeJson(join(dir, "tsconfig.json"), { compilerOptions, include: ["*.ts"] });
  writeJson(join(dir, "tsconfig.js.json"), {
    compilerOptions: { ...compilerOptions, allowJs: true, checkJs: true, noImplicitAny: false },
    include: ["*.js"],
  });
  writeFileSync(join(dir, "mock-preload.mjs"), readFileSync(join(here, "mock-preload.mjs")));
  const written = [];
  for (const block of blocks.filter((b) => b.mode !== "fragment")) {
    const path = join(dir, fileNameOf(block));
    writeFileSync(path, `${block.code}\nexport {};\n`);
    written.push({ ...block, path });
  }
  return written;
}

function exec(command, args, options) {
  return new Promise((resolve) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** One `tsc --noEmit` over the project; its errors as "README.md:line: TSxxxx message". */
export async function typecheck(written, dir = workDir, root = repoRoot) {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const runs = await Promise.all(
    [
      ["tsconfig.json", "ts"],
      ["tsconfig.js.json", "js"],
    ]
      .filter(([, kind]) => written.some((block) => block.kind === kind))
      .map(([config]) =>
        exec(process.execPath, [tsc, "-p", join(dir, config), "--pretty", "false"], { cwd: dir }),
      ),
  );
  const code = runs.find((run) => run.code !== 0)?.code ?? 0;
  const stdout = runs.map((run) => run.stdout).join("\n");
  const stderr = runs.map((run) => run.stderr).join("\n");
  const byName = new Map(written.map((block) => [relative(dir, block.path), block]));
  const errors = [];
  for (const line of `${stdout}\n${stderr}`.split("\n")) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line.trim());
    if (!match) {
      if (/error TS\d+/.test(line)) errors.push(line.trim());
      continue;
    }
    const block = byName.get(match[1]);
    errors.push(
      block
        ? `${block.file}:${block.line + Number(match[2])}: ${match[4]} ${match[5]} (block at line ${block.line})`
        : `${match[1]}(${match[2]}): ${match[4]} ${match[5]}`,
    );
  }
  if (code !== 0 && errors.length === 0) errors.push(`tsc exited with ${code}: ${stdout}${stderr}`);
  return errors;
}

/** Runs a block marked `run` with node + tsx, the Users API answered by the mock server. */
export function runBlock(block) {
  return exec(process.execPath, ["--import", "tsx", "--import", "./mock-preload.mjs", block.path], {
    cwd: dirname(block.path),
    env: { ...process.env, NODE_OPTIONS: "" },
    timeout: 120_000,
  });
}
