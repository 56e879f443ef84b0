/**
 * Two projects: `unit` specs sit next to the code and touch no I/O; `e2e` specs in test/ boot the real app
 * and speak GraphQL over HTTP to it against a real PostgreSQL (DATABASE_URL) or the embedded one.
 * Native ESM: run with NODE_OPTIONS=--experimental-vm-modules.
 */
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
    },
  ],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // booting the app on a fresh database (migrations, taxonomy, demo) takes seconds, more on PGlite
  testTimeout: 60_000,
};
