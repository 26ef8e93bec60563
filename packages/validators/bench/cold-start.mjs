// One cold start, run in a fresh process by validators.bench.mjs, which times the whole process
// (start to exit): read the payload, load a validator the way `contender` would, validate it
// once. "empty" loads nothing: it is the baseline that the others are measured against, a
// process that does everything but the import and the validation. "empty-module" imports an
// empty file, and "empty-package" an empty module through a package's `exports` (what importing
// any package costs in Node, before its code: the resolution of a bare specifier).
import { readFileSync } from "node:fs";

const [contender, specFile, userFile, leafFile] = process.argv.slice(2);
const user = JSON.parse(readFileSync(userFile, "utf8"));
const leaf = JSON.parse(readFileSync(leafFile, "utf8"));
let valid;
// From here to the end: the import and the validation, timed inside the process too (less
// exposed to the noise of starting a process on a busy machine).
const started = performance.now();

if (contender === "empty") {
  valid = true;
} else if (contender === "empty-module") {
  await import("./fixtures/empty.mjs");
  valid = true;
} else if (contender === "empty-package") {
  // Written by validators.bench.mjs into bench/node_modules/: an empty module behind `exports`.
  await import("users-api-bench-empty/empty");
  valid = true;
} else if (contender === "leaf") {
  // A schema that references no other: RoutingStatus, through its subpath (the build Node loads).
  const { validateRoutingStatus } = await import("@users-api/validators/routing-status");
  valid = validateRoutingStatus(leaf).ok;
} else if (contender === "subpath") {
  // @users-api/validators/org-user: one module, and the shared ones it needs.
  const { validateOrgUser } = await import("@users-api/validators/org-user");
  valid = validateOrgUser(user).ok;
} else if (contender === "lazy") {
  const { loadValidator } = await import("@users-api/validators/lazy");
  valid = (await loadValidator("OrgUser"))(user).ok;
} else if (contender === "barrel") {
  const { validateOrgUser } = await import("@users-api/validators");
  valid = validateOrgUser(user).ok;
} else if (contender === "standalone-leaf") {
  // Ajv standalone code as generated, one module per definition (the build bundlers get).
  const { validateRoutingStatus } = await import("../dist/generated/routing-status.js");
  valid = validateRoutingStatus(leaf).ok;
} else if (contender === "standalone") {
  const { validateOrgUser } = await import("../dist/generated/org-user.js");
  valid = validateOrgUser(user).ok;
} else if (contender === "standalone-barrel") {
  const { validateOrgUser } = await import("../dist/index.js");
  valid = validateOrgUser(user).ok;
} else if (contender === "ajv") {
  const { default: Ajv2020 } = await import("ajv/dist/2020.js");
  const { default: addFormats } = await import("ajv-formats");
  const { jsonSchemaDefs } = await import("./schemas.mjs");
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({
    $id: "https://bench.example/defs",
    $defs: jsonSchemaDefs(readFileSync(specFile, "utf8")),
  });
  valid = ajv.getSchema("https://bench.example/defs#/$defs/OrgUser")(user);
} else if (contender === "zod") {
  const { z } = await import("zod");
  const { zodInput } = await import("./schemas.mjs");
  valid = z
    .fromJSONSchema(zodInput(readFileSync(specFile, "utf8"), "OrgUser"))
    .safeParse(user).success;
} else {
  throw new Error(`unknown contender ${contender}`);
}

if (valid !== true) throw new Error(`${contender}: the payload did not validate`);
console.log(JSON.stringify({ inProcessMs: performance.now() - started }));
