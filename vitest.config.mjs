import { defineConfig } from "vitest/config";
import scripts from "./vitest.scripts.config.mjs";

// Every vitest suite of the repository in one run (`pnpm test:vitest`, what `pnpm test` runs):
// the packages' and the example's unit tests and the repo tools' suites, side by side. One
// vitest (and one pnpm) start instead of one per package, and the long end-to-end suites start
// at once instead of after the packages' tests. Each folder keeps its own vitest config, so
// `pnpm --filter <package> test` and `pnpm test:scripts` run the same tests alone.
export default defineConfig({
  test: {
    projects: ["packages/*", "examples/*", ...scripts.test.projects],
    maxWorkers: scripts.test.maxWorkers,
  },
});
