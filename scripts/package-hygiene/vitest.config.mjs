import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // `pnpm pack --dry-run` per package: a few seconds each on a busy machine. A limit for hangs.
    testTimeout: 120_000,
  },
});
