import { defineConfig } from 'vitest/config';

// The Firefox journeys (tests/firefox), apart from the unit tests: real Firefox ESR,
// no fake browser. `npm test` builds .output/firefox-mv3 first.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    // One Firefox at a time: two would fight over a 2-core CI machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
