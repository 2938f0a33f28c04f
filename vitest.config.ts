import { defineConfig } from 'vitest/config';
import { pinTestClock } from './test/clock';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files on disk: keep workers few on a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    // The backend's clock is pinned (test/clock.ts): no test depends on the day it runs.
    env: { SAGSOVERBLIK_NOW: pinTestClock() },
  },
});
