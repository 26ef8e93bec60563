import { defineConfig } from "vitest/config";
import scripts from "./vitest.scripts.config.mjs";

// Every vitest suite of the repository in one run (`pnpm test:vitest`, what `pnpm test` runs):
// the repo tools' suites, then the packages' and the example's tests, side by side. One vitest
// (and one pnpm) start instead of one per package, and the long end-to-end suites start first
// while the short ones fill the gaps (scripts/vitest-listed-order.mjs). Each folder keeps its own
// vitest config, so `pnpm --filter <package> test` and `pnpm test:scripts` run the same tests.
export default defineConfig({
  test: {
    ...scripts.test,
    projects: [...(scripts.test?.projects ?? []), "packages/*", "examples/*"],
  },
});
