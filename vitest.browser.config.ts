import { defineConfig } from 'vitest/config';

// Browser-Tests (Chromium): nacheinander, ein Server je Datei.
export default defineConfig({
  test: {
    include: ['packages/web/test/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-browser.json' },
  },
});
