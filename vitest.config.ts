import { defineConfig } from "vitest/config";

const integrationFiles = [
  "packages/app/test/**/*.test.ts",
  "packages/db/test/**/*.test.ts",
  "apps/*/test/**/*.test.ts",
];

/**
 * Four kinds of test: pure unit tests, integration tests on a real database (embedded PGlite, and
 * PostgreSQL too when TEST_DATABASE_URL is set), tests across several server processes on PostgreSQL, and browser
 * tests in headless Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/domain/test/**/*.test.ts",
            "packages/reference/test/**/*.test.ts",
            "packages/contracts/test/**/*.test.ts",
            "tests/*.test.ts",
          ],
        },
      },
      {
        test: {
          name: "pglite",
          include: integrationFiles,
          globalSetup: ["tests/support/global-setup.ts"],
          env: { GF_TEST_ENGINE: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "postgres",
          include: integrationFiles,
          // These always use the embedded database (the CLI's default), whatever the project.
          exclude: ["apps/cli/test/**", "packages/db/test/pglite-persistence.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          env: { GF_TEST_ENGINE: "postgres" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Several real server processes sharing one PostgreSQL database: kill -9 in the middle of work, and races
        // between processes. Needs TEST_DATABASE_URL, as the postgres project does.
        test: {
          name: "processes",
          include: ["tests/processes/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          env: { GF_TEST_ENGINE: "postgres" },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/e2e/browser-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page re-renders in well under a second here, but in CI it shares two cores with a server and a seed.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
