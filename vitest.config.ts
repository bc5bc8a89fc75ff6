import { defineConfig } from 'vitest/config';

// Four suites: fast unit tests, property tests (fast-check), the conformance suite that builds
// every case with a real Docker/BuildKit and compares it with the simulator, and the end-to-end
// suite that drives the built site in Debian's Chromium (playwright-core; see tests/e2e/README.md).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'property', include: ['tests/property/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'conformance',
          include: ['tests/conformance/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the site into a temporary folder and serves it with `astro preview`.
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // Every test must finish in 30 s; hooks launch Chromium.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has 2 cores, and timing-sensitive pages (Monaco,
          // the engine worker) get flaky when two browsers compete.
          fileParallelism: false,
        },
      },
    ],
  },
});
