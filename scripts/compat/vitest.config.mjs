import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // Each fixture is a real `tsc` run over the packages' declarations (a few seconds each, more
    // when they run side by side on a busy machine). A limit for hangs, not a speed requirement.
    testTimeout: 180_000,
  },
});
