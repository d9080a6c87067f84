import { defineConfig } from "vitest/config";

// Two projects: fast unit tests of the pure modules, and tests of the production build in dist/ (run after
// `npm run build`): browser tests that drive Chromium (test/e2e/) and checks of the files themselves (test/dist/).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**", "test/dist/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/e2e/**/*.test.ts", "test/dist/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
