import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // The classifier and end-to-end tests start redocly and git processes, and the end-to-end
    // ones run concurrently: each takes about 20 s on a busy 2-core machine and passes 30 s when
    // more runs beside. A limit for hangs, not a speed requirement.
    testTimeout: 180_000,
  },
});
