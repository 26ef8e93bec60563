// The small consumer project that bench/scale.mjs type-checks against the types generated from
// a scaled spec: the types are first compiled to declarations, as the published package ships
// them, and the consumer reads them with the repo's compiler options (skipLibCheck included).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Writes the declaration build and the consumer under `dir`; returns both tsconfig paths. */
export function writeConsumerProject(dir, { root, typesDir, n }) {
  const last = n === 1 ? "" : `X${n}`;
  const lastPath = n === 1 ? "/api/v2/users/{userId}" : `/api/v2/x${n}/users/{userId}`;
  const base = (from) => relative(from, join(root, "tsconfig.base.json"));

  const buildDir = join(dir, "types-build");
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(
    join(buildDir, "tsconfig.json"),
    JSON.stringify({
      extends: base(buildDir),
      compilerOptions: {
        rootDir: relative(buildDir, typesDir),
        outDir: "dist",
        emitDeclarationOnly: true,
        declarationMap: false,
        sourceMap: false,
        types: [],
      },
      include: [relative(buildDir, typesDir)],
    }),
  );

  const consumerDir = join(dir, "consumer");
  mkdirSync(consumerDir, { recursive: true });
  const dist = relative(consumerDir, join(buildDir, "dist"));
  writeFileSync(
    join(consumerDir, "consumer.ts"),
    `import type { paths, Readable } from "${dist}/openapi.js";
import type {
  OrgUser,
  OrgUser${last} as LastOrgUser,
  UpdateUser${last} as LastUpdateUser,
  UserState${last} as LastUserState,
} from "${dist}/schemas.js";

type GetUser = paths["${lastPath}"]["get"];
type Fetched = Readable<GetUser["responses"][200]["content"]["application/json"]>;

export const patch: LastUpdateUser = { version: 3, name: "Ada", title: "Engineer" };
export const active: LastUserState = "active";
export function displayName(user: OrgUser): string {
  return user.name ?? user.email ?? "unknown";
}
// Copies are structurally identical, so TypeScript compares them member by member.
export function asFirst(user: LastOrgUser): OrgUser {
  return user;
}
export function fetchedId(user: Fetched): string | undefined {
  return user.id;
}
`,
  );
  writeFileSync(
    join(consumerDir, "tsconfig.json"),
    JSON.stringify({
      extends: base(consumerDir),
      compilerOptions: { noEmit: true, types: [] },
      files: ["consumer.ts"],
    }),
  );
  return { build: join(buildDir, "tsconfig.json"), consumer: join(consumerDir, "tsconfig.json") };
}
