// Ships the bundled spec as plain files beside the compiled entry point.
import { copyFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(packageDir, "dist"), { recursive: true });
for (const file of ["openapi.json", "openapi.yaml"]) {
  copyFileSync(join(packageDir, "src/generated", file), join(packageDir, "dist", file));
}
