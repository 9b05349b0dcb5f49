import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the web app's pure logic (reshaping, time zones, URLs, catalogues): plain Node, no DOM, no
// server. `@/` is the app's root, as in tsconfig.json's `paths`.
export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    include: ['lib/**/*.test.ts', 'i18n/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
