import { defineConfig } from '@playwright/test';

// The extension is loaded into a persistent context per worker (tests/e2e/fixtures.ts);
// `npm run test:e2e` expects `npm run build` to have produced .output/chrome-mv3.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
