/** ESM TypeScript through ts-jest; see README "Development" for why ESM throughout. */
export default {
  preset: 'ts-jest/presets/default-esm',
  // The node environment, failing a test file that leaves a loopback server open (test/harness/open-servers.ts).
  testEnvironment: '<rootDir>/test/harness/server-leak-environment.js',
  roots: ['<rootDir>/test', '<rootDir>/actions', '<rootDir>/packages'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: {
    '^@gates/core$': '<rootDir>/packages/core/src/index.ts',
    '^@gates/core/read-metrics$': '<rootDir>/packages/core/src/metrics/read-metrics.ts',
    '^@gates/dispatcher$': '<rootDir>/packages/dispatcher/src/registry.ts',
    '^@gates/dispatcher/resolve-command$': '<rootDir>/packages/dispatcher/src/resolve-command.ts',
    // @actions/workflow-parser imports its schemas as JSON without an import attribute (see docs/workflow-runner.md).
    '^\\.\\./(workflow|action)-v1\\.0\\.min\\.json$': '<rootDir>/test/workflow-runner/parser/$1-schema.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 30000,
  // Two workers even on a 2-core machine (jest's default there is one): most tests wait on the bundles' child
  // processes, so two files at a time cut CI's run from 569 s to 437 s with every test passing.
  maxWorkers: 2,
};
