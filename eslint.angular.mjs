import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** ESLint for every Angular project (apps/web, libs/web/*): the base rules plus Angular's. */
export default [
  ...baseConfig,
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'mr', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'mr', style: 'kebab-case' }],
    },
  },
];
