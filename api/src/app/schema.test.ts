import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchema, printSortedSchema } from './schema';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(resolve(__dirname, '../../../schema.graphql'), 'utf8');
    expect(printSortedSchema(await createSchema())).toBe(committed);
  });

  it('keeps the names clients rely on (SPEC §9)', async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()?.getFields() ?? {};
    const mutation = schema.getMutationType()?.getFields() ?? {};
    for (const name of ['me', 'users', 'branches']) expect(query).toHaveProperty(name);
    for (const name of ['login', 'refreshToken', 'logout', 'logoutEverywhere']) expect(mutation).toHaveProperty(name);
  });
});
