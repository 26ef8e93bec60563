// One size-limit entry per public validator, read from the bundled spec, so that every schema's
// validator is proven to tree-shake on its own. Models that pull in the whole User tree get the
// larger limit; the rest must stay small. Each includes the `unreadable` handling (nothing
// escapes: ~0.5 kB); isX runs other code (ajv/guards/, fail-fast), so "everything" holds both.
import { readFileSync } from "node:fs";

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

const entry = (name, exported, limit) => ({
  name,
  path: "dist/index.js",
  import: `{ ${exported} }`,
  limit,
});

export default [
  ...schemaNames.map((name) =>
    entry(`validate${name}`, `validate${name}`, limits[name] ?? defaultLimit),
  ),
  entry("updateUserSchema (Standard Schema)", "updateUserSchema", "9 kB"),
  // The fail-fast guards (ajv/guards/) without the collecting validators.
  entry("isUser", "isUser", "11.5 kB"),
  entry("isUpdateUser", "isUpdateUser", "9 kB"),
  { name: "everything", path: "dist/index.js", import: "*", limit: "38 kB" },
];
