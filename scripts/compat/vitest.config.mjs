import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // Each fixture is a TypeScript program over the packages' declarations, all in this process
    // (about a second each, more on a busy machine). A limit for hangs, not a speed requirement.
    testTimeout: 180_000,
  },
});
