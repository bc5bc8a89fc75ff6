import { defineConfig } from 'vitest/config';

// Three suites: fast unit tests, property tests (fast-check), and the conformance suite that
// builds every case with a real Docker/BuildKit and compares it with the simulator.
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
    ],
  },
});
