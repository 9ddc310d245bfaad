// Unit and integration suites. Browser tests (test/e2e) have their own config.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.(ts|tsx)$': '<rootDir>/tools/jest-esbuild.cjs',
    '^.+\\.m?js$': '<rootDir>/tools/jest-esbuild.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!preact)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
