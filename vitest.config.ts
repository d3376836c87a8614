import { configDefaults, defineConfig } from 'vitest/config';

// *.pg.test.ts prüfen, was es nur auf einem PostgreSQL-Server gibt (Rollen im Cluster, mehrere
// Verbindungen); sie laufen mit EGH_TEST_DB=postgresql (npm run test:postgres), sonst gar nicht –
// statt als übersprungene Tests im Lauf auf PGlite zu stehen.
const nurPostgres = process.env.EGH_TEST_DB === 'postgresql' ? [] : ['**/*.pg.test.ts'];

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...nurPostgres],
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
