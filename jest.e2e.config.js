// Browser tests: real Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
// They need dist/ (npm run build) and build/local/playground.cjs (the tests build it if missing).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  testTimeout: 60000,
  transform: {
    '^.+\\.(ts|tsx)$': '<rootDir>/tools/jest-esbuild.cjs',
    '^.+\\.m?js$': '<rootDir>/tools/jest-esbuild.cjs',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
