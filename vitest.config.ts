// Unit and fixture tests run in Node; browser tests (tests/browser) build the site once and drive Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    fileParallelism: true,
  },
});
