/**
 * The browser test of the local platform's console (npm run test:browser): playwright-core driving
 * Debian's /usr/bin/chromium headless against `platform/main.ts` in sandbox mode. Kept out of
 * `npm test` (jest.config.js ignores test/browser/) because it needs Chromium installed.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testTimeout: 120000,
}
