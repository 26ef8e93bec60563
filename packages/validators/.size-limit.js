// One size-limit entry per public validator, read from the bundled spec, so that every schema's
// validator is proven to tree-shake on its own. Models that pull in the whole User tree get the
// larger limit; the rest must stay small.
import { readFileSync } from "node:fs";

const spec = JSON.parse(
  readFileSync(new URL("../spec/src/generated/openapi.json", import.meta.url), "utf8"),
);
const schemaNames = Object.keys(spec.components.schemas);

const limits = {
  UpdateUser: "8.5 kB",
  OrgUser: "11 kB",
  User: "11 kB",
  // The calling user: the User tree plus its organization and trustors (each a full OrgUser).
  UserMe: "11.5 kB",
  CreateUser: "2.5 kB",
  ErrorBody: "2.5 kB",
  UserState: "1.75 kB",
};
const defaultLimit = "11 kB";

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
  entry("updateUserSchema (Standard Schema)", "updateUserSchema", "8.5 kB"),
  { name: "everything", path: "dist/index.js", import: "*", limit: "22.5 kB" },
];
