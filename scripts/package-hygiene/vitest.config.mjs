import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // One `pnpm --recursive pack --dry-run` for the packages (a few seconds on a busy machine)
    // and one for the broken package. A limit for hangs.
    testTimeout: 120_000,
  },
});
