import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // beforeAll builds the whole site (TypeDoc and Redoc) before Chromium opens it: about 25 s
    // on an idle 2-core machine, more when it is busy. Limits for hangs, not speed requirements.
    hookTimeout: 240_000,
    testTimeout: 60_000,
  },
});
