import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// One copy of graphql (its CommonJS build, which type-graphql requires) for everything in the tests, or schema
// objects come from "another realm". graphql-query-complexity's ESM build imports `graphql/….mjs` files directly.
const graphqlRoot = dirname(require.resolve('graphql'));
const alias = [
  { find: /^graphql$/, replacement: require.resolve('graphql') },
  { find: /^graphql\/(.+)\.mjs$/, replacement: `${graphqlRoot}/$1.js` },
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: each file has its own database, two files at a time keep both busy.
          maxWorkers: 2,
          pool: 'forks',
          // Its ESM build imports graphql's .mjs files; inlined, it goes through the alias to the one CJS copy.
          server: { deps: { inline: ['graphql-query-complexity'] } },
        },
      },
    ],
  },
});
