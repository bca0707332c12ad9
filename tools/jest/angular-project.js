/**
 * Jest settings shared by every Angular project (zoneless, jsdom, jest-preset-angular).
 * `root` is the project folder relative to the workspace, e.g. 'libs/web/identity'.
 */
module.exports = function angularJestConfig(displayName, root) {
  const up = root.split('/').map(() => '..').join('/');
  return {
    displayName,
    preset: `${up}/jest.preset.js`,
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    coverageDirectory: `${up}/coverage/${root}`,
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
      ],
    },
    // @jsverse/utils (used by Transloco) ships ESM in plain .js files.
    transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/))'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
    testEnvironment: 'jsdom',
  };
};
