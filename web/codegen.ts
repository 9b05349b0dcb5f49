import type { CodegenConfig } from '@graphql-codegen/cli';

// The API emits the schema into the repository root. SCHEMA_EXTRA (comma-separated files) may add SDL, e.g.
// `extend type Query`, for operations whose API part is still being written.
const extra = (process.env.SCHEMA_EXTRA ?? '').split(',').map((file) => file.trim()).filter(Boolean);
const schema = ['../schema.graphql', ...extra];

const config: CodegenConfig = {
  schema,
  documents: ['lib/operations/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTimeISO: 'string', DateTime: 'string', LocalDate: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
