/**
 * Browser end-to-end tests: the built API (serving the built web app) and worker as real
 * processes on real PostgreSQL, Redis and SMTP, driven through Debian's Chromium.
 */
export default {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: require('../../tools/jest/swc-transform.js'),
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 180000,
};
