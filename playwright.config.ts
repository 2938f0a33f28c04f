import { defineConfig } from '@playwright/test';
import { pinTestClock } from './test/clock';

// The backend's clock is pinned (test/clock.ts); workers inherit the variable.
pinTestClock();

/**
 * End-to-end tests: the real renderer build (out/renderer) in Debian's Chromium,
 * bound to the real backend and a real register file (see test/e2e/fixtures.ts).
 * Only the Electron shell is substituted, by a Playwright binding.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Fails the run if an application log line of any test holds a CPR number or a citizen's name (issue 8).
  globalTeardown: './test/e2e/log-scan.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 1,
  retries: 0,
  // The runs at other moments (scripts/test-all.mjs) keep their results and artefacts apart from the main run's.
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  use: {
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
