/**
 * One Neo4j for the whole run: tests/support/globalSetup.ts starts a throwaway local Neo4j (temporary
 * data folder, free port), applies the schema and loads the seed dataset; globalTeardown stops it.
 * Integration tests share that database, so they run in band (one worker): the "nothing written"
 * checks compare whole-graph counts, which a parallel test file would disturb.
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
  testTimeout: 60000,
};
