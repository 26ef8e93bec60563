// One size-limit entry per public validator, read from the bundled spec, so that every schema's
// validator is proven small on its own. Models that pull in the whole User tree get the larger
// limit; the rest must stay small. Each includes the `unreadable` handling (nothing escapes:
// ~0.5 kB); isX runs other code (ajv/guards/, fail-fast), so "everything" holds both.
//
// Each schema is bundled from its own module (what `@users-api/validators/<schema>` gives a
// bundler): with `"sideEffects": false`, a bundler keeps of the barrel only the modules whose
// exports are used, so that is also what `import { validateX } from "@users-api/validators"`
// costs. The entries that the limits below name are bundled from the barrel too, which proves
// it, and costs a parse of every module per entry (the reason the others do not).
import { readFileSync } from "node:fs";
import { fileNameFor } from "./scripts/lib/emit-modules.mjs";

const spec = JSON.parse(
  readFileSync(new URL("../spec/src/generated/openapi.json", import.meta.url), "utf8"),
);
const schemaNames = Object.keys(spec.components.schemas);

const limits = {
  UpdateUser: "9 kB",
  OrgUser: "11.5 kB",
  User: "11.5 kB",
  // The calling user: the User tree plus its organization and trustors (each a full OrgUser).
  UserMe: "12 kB",
  CreateUser: "3 kB",
  ErrorBody: "3 kB",
  UserState: "2.25 kB",
};
const defaultLimit = "11.5 kB";

const entry = (name, exported, limit, path = "dist/index.js") => ({
  name,
  path,
  import: `{ ${exported} }`,
  limit,
});

export default [
  ...schemaNames.map((name) =>
    entry(
      `validate${name}`,
      `validate${name}`,
      limits[name] ?? defaultLimit,
      `dist/generated/${fileNameFor(name)}.js`,
    ),
  ),
  ...Object.keys(limits).map((name) =>
    entry(`validate${name} (from the barrel)`, `validate${name}`, limits[name]),
  ),
  entry("updateUserSchema (Standard Schema)", "updateUserSchema", "9 kB"),
  // The fail-fast guards (ajv/guards/) without the collecting validators.
  entry("isUser", "isUser", "11.5 kB"),
  entry("isUpdateUser", "isUpdateUser", "9 kB"),
  { name: "everything", path: "dist/index.js", import: "*", limit: "38 kB" },
];
