import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed apollo-angular services for every operation in libs/web, generated from the schema the API
 * emits. `CODEGEN_OUTPUT` lets tools/codegen/check.mjs generate into a scratch file to detect a
 * stale committed client.
 */
const output = process.env['CODEGEN_OUTPUT'] ?? 'libs/web/core/src/lib/graphql/generated.ts';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      plugins: ['typescript', 'typescript-operations', 'typescript-apollo-angular'],
      config: {
        addExplicitOverride: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
        nonOptionalTypename: false,
        skipTypename: true,
        dedupeFragments: true,
      },
    },
  },
  hooks: { afterOneFileWrite: ['prettier --write'] },
};

export default config;
