import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSchema, printSortedSchema } from '../app/schema';

/** Writes the committed contract, `schema.graphql` at the repository root, from the code. */
export const SCHEMA_PATH = resolve(__dirname, '../../../schema.graphql');

if (require.main === module) {
  createSchema().then((schema) => {
    writeFileSync(SCHEMA_PATH, printSortedSchema(schema));
    console.log(`wrote ${SCHEMA_PATH}`);
  });
}
