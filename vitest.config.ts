import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/globalSetup.ts"],
    // Build tests spawn real Eleventy builds; two cores run two at a time comfortably.
    maxWorkers: 2,
    // Generous: these bound hangs on a loaded 2-core machine; no test asserts on time.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
