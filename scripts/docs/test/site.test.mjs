// The docs site, built by `pnpm run docs`'s own code into a temp folder, served from 127.0.0.1
// and read in real headless Chromium (Debian's chromium-headless-shell, the headless build of
// Chromium that Playwright itself runs headless tests in, through playwright-core): the
// pages a consumer opens show what they are for, and no page logs an error or fails a request.
// Without /usr/bin/chromium-headless-shell the test fails (CI installs it first): it never skips.
// (The full browser, /usr/bin/chromium in headless mode, took twice the CPU for the same pages.)
//
// The site is built once for the file and read in one Chromium, in one tab, as a reader moves
// through the site: each test navigates the tab and sees only the errors reported from then on.
// A tab per test cost a renderer process each, and a fresh load of the API reference per test
// that reads it (Redoc renders the whole spec: seconds of CPU); the second of those tests follows
// a link within the page (a change of `#`), as a reader would.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocs, PACKAGES } from "../build.mjs";
import { serve } from "../serve.mjs";

const CHROMIUM = "/usr/bin/chromium-headless-shell";
// The flags this machine's Chromium needs: no sandbox as root, no GPU, and no background
// connections (the network is closed; they would fail). The site is one origin on 127.0.0.1:
// without site isolation the tab keeps one renderer process from page to page (about 10% of
// Chromium's CPU in this test).
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-site-isolation-trials",
  "--disable-features=site-per-process",
];

const root = fileURLToPath(new URL("../../../", import.meta.url));
const require = createRequire(join(root, "package.json"));
/** @type {typeof import("typescript")} */
const ts = require("typescript");
const spec = JSON.parse(
  readFileSync(join(root, "packages/spec/src/generated/openapi.json"), "utf8"),
);

/** @type {string} */
let out;
/** @type {Awaited<ReturnType<typeof serve>>} */
let server;
/** @type {import("playwright-core").Browser} */
let browser;
/** @type {import("playwright-core").Page} */
let page;
/** What the tab reported since the current test's `open`. @type {string[]} */
let errors = [];
/** The requests made since then. @type {Set<import("playwright-core").Request>} */
let requests = new Set();

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium-headless-shell (apt-get install -y ` +
        "chromium-headless-shell, as .ci/run " +
        "and the CI workflow do). This test does not skip.",
    );
  }
  out = await mkdtemp(join(tmpdir(), "users-api-docs-site-"));
  await buildDocs({ out });
  server = await serve(out);
  // After the build: an idle Chromium costs CPU too.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("request", (request) => requests.add(request));
  page.on("requestfailed", (request) => {
    if (requests.has(request)) {
      errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  page.on("response", (response) => {
    if (requests.has(response.request()) && response.status() >= 400) {
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/**
 * The tab, navigated to a page of the site, with every error reported from then on: console
 * errors, uncaught exceptions, failed requests and responses with an error status. To the same
 * page with another `#`, the navigation stays within the page (no reload).
 * @param {string} path relative to the site root, e.g. "api/index.html#/schemas/orguser"
 */
async function open(path) {
  const target = new URL(path, server.url);
  const current = new URL(page.url());
  if (`${current.origin}${current.pathname}` !== `${target.origin}${target.pathname}`) {
    // Leave the previous page first: what it still had in flight (Redoc's blob: requests) is
    // aborted then, as when its own tab closed, and is not this page's.
    await page.goto("about:blank");
  }
  errors = [];
  requests = new Set();
  await page.goto(target.href);
}

/**
 * Every property of a schema of the bundled spec, through `$ref` and `allOf`.
 * @param {Record<string, any>} schema
 * @returns {string[]}
 */
function fieldsOf(schema) {
  if (typeof schema.$ref === "string") {
    return fieldsOf(spec.components.schemas[String(schema.$ref.split("/").at(-1))]);
  }
  return [
    ...new Set([
      ...(schema.allOf ?? []).flatMap(fieldsOf),
      ...Object.keys(schema.properties ?? {}),
    ]),
  ];
}

/** @param {Record<string, any>} item a response or a `$ref` to one */
const resolveResponse = (item) =>
  item.$ref ? spec.components.responses[String(item.$ref.split("/").at(-1))] : item;

/** The option names of `createUsersClient`, read from the built declarations. */
function clientOptionNames() {
  const entry = join(root, "packages/fetch-client/dist/index.d.ts");
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    // The option names are declared in the package's own files: without the standard library
    // (lib.dom.d.ts and the rest) the program costs a third of the CPU.
    noLib: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = /** @type {import("typescript").SourceFile} */ (program.getSourceFile(entry));
  const moduleSymbol = /** @type {import("typescript").Symbol} */ (
    checker.getSymbolAtLocation(source)
  );
  const createClient = checker
    .getExportsOfModule(moduleSymbol)
    .find((symbol) => symbol.name === "createUsersClient");
  if (!createClient) throw new Error("createUsersClient is not exported");
  const signature = checker.getTypeOfSymbolAtLocation(createClient, source).getCallSignatures()[0];
  const options = signature?.getParameters()[0];
  if (!options) throw new Error("createUsersClient takes no options");
  return {
    typeName: checker.typeToString(checker.getTypeOfSymbolAtLocation(options, source)),
    names: checker
      .getTypeOfSymbolAtLocation(options, source)
      .getNonNullableType()
      .getProperties()
      .map((property) => property.name),
  };
}

describe("the docs site in Chromium", () => {
  it("opens on a page that links the API reference and every package", async () => {
    await open("index.html");
    expect(await page.locator('a[href="api/index.html"]').count()).toBe(1);
    expect(await page.locator('a[href="packages/index.html"]').count()).toBe(1);
    for (const name of PACKAGES) {
      const link = page.locator(`a[href="packages/modules/_users-api_${name}.html"]`);
      expect(await link.innerText()).toBe(`@users-api/${name}`);
    }
    expect(errors).toEqual([]);
  });

  it("shows every field of OrgUser in the API reference's schemas", async () => {
    const fields = fieldsOf(spec.components.schemas.OrgUser);
    expect(fields.length).toBeGreaterThan(10);
    await open("api/index.html#/schemas/orguser");
    const section = page.locator('[id="schemas/orguser"]');
    await section.waitFor();
    const lines = (await section.innerText()).split("\n").map((line) => line.trim());
    expect(lines[0]).toBe("OrgUser");
    expect(fields.filter((field) => !lines.includes(field))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows PATCH /api/v2/users/{userId} with its 409 response", async () => {
    const operation = spec.paths["/api/v2/users/{userId}"].patch;
    const conflict = resolveResponse(operation.responses["409"]);
    await open(`api/index.html#/users/${operation.operationId.toLowerCase()}`);
    const section = page.locator(`[id="users/${operation.operationId.toLowerCase()}"]`);
    await section.waitFor();
    expect(await section.innerText()).toContain(operation.summary);
    await page
      .getByText("PATCH/api/v2/users/{userId}")
      .or(page.getByText("/api/v2/users/{userId}"))
      .first()
      .waitFor();
    // The responses are tabs by status; the 409 one shows its description.
    await section.getByRole("tab", { name: "409", exact: true }).click();
    const firstLine = String(conflict.description).split("\n")[0]?.trim() ?? "";
    await section.getByText(firstLine.slice(0, 40)).first().waitFor();
    expect(errors).toEqual([]);
  });

  it("shows createUsersClient and every one of its options in the package reference", async () => {
    const { typeName, names } = clientOptionNames();
    expect(names).toEqual(expect.arrayContaining(["baseUrl", "region", "accessToken"]));
    await open("packages/functions/_users-api_fetch-client.createUsersClient.html");
    expect(await page.locator("h1").innerText()).toContain("createUsersClient");
    await page.locator(`a:has-text("${typeName}")`).first().click();
    await page.waitForURL(/interfaces\//);
    expect(await page.locator("h1").innerText()).toContain(typeName);
    const text = await page.locator(".col-content").innerText();
    expect(names.filter((name) => !new RegExp(`^${name}\\??$`, "m").test(text))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows each package's README on its page", async () => {
    for (const name of PACKAGES) {
      const readme = readFileSync(join(root, "packages", name, "README.md"), "utf8");
      const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) =>
        (match[1] ?? "").replace(/`/g, "").trim(),
      );
      expect(headings.length, `${name}/README.md has sections`).toBeGreaterThan(0);
      await open(`packages/modules/_users-api_${name}.html`);
      const text = await page.locator(".col-content").innerText();
      expect(
        headings.filter((heading) => !text.includes(heading)),
        `packages/${name}/README.md sections on its page`,
      ).toEqual([]);
      expect(errors).toEqual([]);
    }
  });
});
