// `npm test` runs both projects: the unit and integration suites (Node) and the browser
// tests (test/e2e: Debian's Chromium driven by playwright-core; .ci/run installs it).
const transform = {
  '^.+\\.(ts|tsx)$': '<rootDir>/tools/jest-esbuild.cjs',
  '^.+\\.m?js$': '<rootDir>/tools/jest-esbuild.cjs',
};
const moduleFileExtensions = ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
      transform,
      transformIgnorePatterns: ['/node_modules/(?!preact)'],
      moduleFileExtensions,
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      // Chromium on a shared 2-core machine: give every step room.
      testTimeout: 180_000,
      transform,
      moduleFileExtensions,
    },
  ],
  testTimeout: 60000,
};
