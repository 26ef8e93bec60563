// Ships the bundled spec once, as the generator wrote it, in dist/generated/.
//
// dist/index.js imports ./generated/openapi.json, so tsc writes its own copy of the bundle there,
// re-indented (4 spaces). This replaces that copy with the generator's bytes, so the one file
// serves both the default export and `@users-api/spec/openapi.json` (byte-identical to
// src/generated/openapi.json), and puts the YAML beside it for `@users-api/spec/openapi.yaml`.
import { copyFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(packageDir, "dist/generated"), { recursive: true });
for (const file of ["openapi.json", "openapi.yaml"]) {
  copyFileSync(join(packageDir, "src/generated", file), join(packageDir, "dist/generated", file));
}
