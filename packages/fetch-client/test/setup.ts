// Runs before every test file (vitest's setupFiles), also when test files share one module
// graph: hooks registered in a helper module would run for the first file that imports it only.
import { afterEach, vi } from "vitest";
import { closeServers } from "./helpers/server.js";

afterEach(async () => {
  vi.useRealTimers(); // a test that faked the clock (helpers/clock.ts) gets the real one back
  await closeServers();
});
