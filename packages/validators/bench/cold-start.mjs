// One cold start, run in a fresh process by validators.bench.mjs: load a validator for
// OrgUser the way `contender` would, validate one user, and print the elapsed milliseconds.
import { readFileSync } from "node:fs";

const started = performance.now();
const [contender, specFile, userFile] = process.argv.slice(2);
const user = JSON.parse(readFileSync(userFile, "utf8"));
let valid;

if (contender === "aot") {
  const { validateOrgUser } = await import("../dist/index.js");
  valid = validateOrgUser(user).ok;
} else if (contender === "aot-subpath") {
  // @users-api/validators/org-user: only OrgUser's module graph.
  const { validateOrgUser } = await import("../dist/generated/org-user.js");
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
}

if (valid !== true) throw new Error(`${contender}: the user did not validate`);
console.log(JSON.stringify({ ms: performance.now() - started }));
