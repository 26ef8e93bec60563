import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // The classifier and end-to-end tests start redocly and git processes.
    testTimeout: 30_000,
  },
});
