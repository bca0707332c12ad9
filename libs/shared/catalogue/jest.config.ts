export default {
  displayName: 'shared-catalogue',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: require('../../../tools/jest/swc-transform.js'),
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../../coverage/libs/shared/catalogue',
};
