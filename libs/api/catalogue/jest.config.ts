export default {
  displayName: 'api-catalogue',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: require('../../../tools/jest/swc-transform.js'),
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../../coverage/libs/api/catalogue',
};
