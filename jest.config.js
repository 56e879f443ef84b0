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
    { ...common, displayName: 'unit', roots: ['<rootDir>/src', '<rootDir>/demo'], testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
    },
  ],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // One worker at a time (the e2e specs share Redis and two cores), replaced once it holds more than this after a spec file:
  // under --experimental-vm-modules the modules each file loads are never freed, and one process running all 95 files in
  // band ran out of heap after about 37 minutes.
  workerIdleMemoryLimit: '1536MB',
  // booting the app on a fresh database (migrations, taxonomy, demo) takes seconds, more on PGlite
  testTimeout: 60_000,
};
