/**
 * Jest runs TypeScript through SWC (TypeScript 7 has no compiler API for ts-jest); tsc type-checks separately.
 * Two projects: `unit` needs Node alone (npm run test:unit); `system` (test/cli, test/ui, test/system) also needs
 * LibreOffice, poppler, fonts and Chromium for two of its suites, which test/system/setup.cjs finds
 * or installs before it runs.
 */
const common = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
};

export default {
  // A global option: jest ignores it inside projects.
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/globalSetup.cjs',
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/test/core', '<rootDir>/test/gas', '<rootDir>/test/fakes', '<rootDir>/test/bench'],
    },
    {
      ...common,
      displayName: 'system',
      roots: ['<rootDir>/test/cli', '<rootDir>/test/ui', '<rootDir>/test/system'],
      globalSetup: '<rootDir>/test/system/setup.cjs',
      globalTeardown: '<rootDir>/test/system/teardown.cjs',
    },
  ],
};
