#!/usr/bin/env node
// `pnpm run docs`: the static docs site, in one folder (docs-site/ unless --out says otherwise).
// (`pnpm docs` without `run` is pnpm's own command, which opens a package's home page.)
//
//   index.html         a landing page: the packages, with links to both references
//   api/index.html     the HTTP API reference, rendered by Redoc (`redocly build-docs
//                      --inlineBundle`: one self-contained file, no CDN) from the bundled spec
//   packages/          TypeDoc: every package's API from its built declarations and doc
//                      comments, each package's README on the page of its main entry
//
// Needs the packages built (`pnpm build`): it reads packages/*/dist and the bundled spec.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(root, "package.json"));

export const PACKAGES = ["spec", "types", "validators", "fetch-client", "mock-server"];
const BUNDLE = join(root, "packages/spec/src/generated/openapi.json");

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {string} name a package
 * @param {string} bin a file relative to its package.json, e.g. "dist/cli.js"
 */
function binOf(name, bin) {
  return join(dirname(require.resolve(`${name}/package.json`)), bin);
}

/** @param {string} label @param {string[]} args */
async function node(label, args) {
  try {
    return await run(process.execPath, args, {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        NO_COLOR: "1",
      },
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = /** @type {{ stdout?: string; stderr?: string }} */ (
      error
    );
    throw new Error(`${label} failed:\n${stdout}${stderr}`.trimEnd(), { cause: error });
  }
}

/**
 * Redoc's footer loads the Redocly logo from its CDN; the site draws it inline instead, so that
 * it loads nothing from anywhere else (and works offline).
 */
const LOGO =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='60' height='14'%3E" +
  "%3Ctext x='0' y='11' font-family='sans-serif' font-size='11' fill='%23333'%3ERedocly%3C/text%3E%3C/svg%3E";

/**
 * The API reference: Redoc, one HTML file with its scripts inlined, every schema of
 * `components.schemas` in a "Schemas" section of its own beside the operations.
 * @param {string} out
 */
async function buildApiReference(out) {
  const cli = binOf("@redocly/cli", require("@redocly/cli/package.json").bin.redocly);
  const file = join(out, "api", "index.html");
  await node("redocly build-docs", [
    cli,
    "build-docs",
    BUNDLE,
    "--output",
    file,
    "--inlineBundle",
    "--title",
    "Users API reference",
    "--openapi.schemaDefinitionsTagName=Schemas",
    "--openapi.disableTelemetry=true",
    "--config",
    join(root, "redocly.yaml"),
    "--lint-config",
    "off",
  ]);
  const html = (await readFile(file, "utf8")).replace(
    /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g,
    LOGO,
  );
  if (html.includes("cdn.redoc.ly")) {
    throw new Error("redocly build-docs: the page still loads something from cdn.redoc.ly");
  }
  await writeFile(file, html);
}

/** The packages' reference: TypeDoc over their declarations. @param {string} out */
async function buildPackagesReference(out) {
  const { stdout, stderr } = await node("typedoc", [
    // Its CLI itself: bin/typedoc only forks a second node process to run it.
    binOf("typedoc", "dist/cli.js"),
    "--options",
    join(here, "typedoc.json"),
    "--out",
    join(out, "packages"),
    "--logLevel",
    "Warn",
  ]);
  return `${stdout}${stderr}`.trim();
}

/**
 * A 16x16 icon (a blue square), so that no page of the site asks for a /favicon.ico that is not
 * there.
 */
function favicon() {
  const size = 16;
  const pixels = size * size * 4;
  const mask = size * 4; // one bit per pixel, rows padded to 32 bits
  const image = 40 + pixels + mask;
  const ico = Buffer.alloc(6 + 16 + image);
  ico.writeUInt16LE(1, 2); // type: icon
  ico.writeUInt16LE(1, 4); // one image
  ico.writeUInt8(size, 6);
  ico.writeUInt8(size, 7);
  ico.writeUInt16LE(1, 10); // planes
  ico.writeUInt16LE(32, 12); // bits per pixel
  ico.writeUInt32LE(image, 14);
  ico.writeUInt32LE(22, 18); // offset of the image
  ico.writeUInt32LE(40, 22); // BITMAPINFOHEADER
  ico.writeInt32LE(size, 26);
  ico.writeInt32LE(size * 2, 30); // XOR and AND masks
  ico.writeUInt16LE(1, 34);
  ico.writeUInt16LE(32, 36);
  for (let i = 0; i < size * size; i++) ico.writeUInt32LE(0xff0b57d0, 62 + i * 4); // BGRA
  return ico;
}

/** The landing page. @param {string} out */
async function buildIndex(out) {
  const rows = [];
  for (const name of PACKAGES) {
    const manifest = JSON.parse(
      await readFile(join(root, "packages", name, "package.json"), "utf8"),
    );
    const page = `packages/modules/${manifest.name.replace(/[@/]/g, "_")}.html`;
    rows.push(
      `<li><a href="${page}"><code>${escapeHtml(manifest.name)}</code></a>: ${escapeHtml(manifest.description ?? "")}</li>`,
    );
  }
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>users-api documentation</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
a { color: #0b57d0; } code { font-size: 0.95em; } li { margin: 0.4rem 0; }
</style>
</head>
<body>
<h1>users-api</h1>
<p>One OpenAPI 3.1 spec of the Users API, generated into npm packages released together at one version.</p>
<h2><a href="api/index.html">HTTP API reference</a></h2>
<p>Every operation with its parameters, request body and responses (errors included), and every schema, rendered from the bundled spec (<code>@users-api/spec/openapi.json</code>).</p>
<h2><a href="packages/index.html">Package reference</a></h2>
<p>Each package's exports with their doc comments, and its README.</p>
<ul>
${rows.join("\n")}
</ul>
</body>
</html>
`;
  await writeFile(join(out, "index.html"), html);
  await writeFile(join(out, "favicon.ico"), favicon());
}

/**
 * Build the whole site into `out` (emptied first).
 * @param {{ out: string }} options
 * @returns {Promise<{ out: string; warnings: string }>}
 */
export async function buildDocs({ out }) {
  const missing = [
    BUNDLE,
    ...PACKAGES.map((name) => join(root, "packages", name, "dist/index.d.ts")),
  ]
    .filter((file) => !existsSync(file))
    .map((file) => relative(root, file));
  if (missing.length > 0) {
    throw new Error(`run \`pnpm build\` first; missing: ${missing.join(", ")}`);
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // Redoc takes a few seconds, TypeDoc most of the time: side by side.
  const [, warnings] = await Promise.all([buildApiReference(out), buildPackagesReference(out)]);
  await buildIndex(out);
  return { out, warnings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "docs-site" } } });
  const out = resolve(root, values.out);
  const started = performance.now();
  buildDocs({ out }).then(
    ({ warnings }) => {
      if (warnings) console.warn(warnings);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`docs: built ${relative(process.cwd(), out) || "."}/ in ${seconds} s`);
      console.log(`  ${relative(process.cwd(), join(out, "index.html"))}`);
    },
    (error) => {
      console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
