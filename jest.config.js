/** Jest runs TypeScript through SWC (TypeScript 7 has no compiler API for ts-jest); tsc type-checks separately. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/globalSetup.cjs',
};
