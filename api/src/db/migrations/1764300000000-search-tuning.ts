import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Company search at a million companies (issue 3, docs/benchmarks.md "Search"):
 * - word candidates come from a GIN index over `search_terms(document, company_id)`: every lexeme of the document,
 *   every prefix of it from 2 characters on, and the company's bucket (`#0`…`#63`, from its id). A word typed as a
 *   prefix ("ромаш", or any word: the search treats every word of 3+ characters as a prefix) is one exact index
 *   entry: over the document index a prefix query first collects the posting lists of every lexeme with that prefix
 *   into a bitmap (60–90 ms for a city or a first name at 1 M companies), while an AND of exact entries skips
 *   through the posting lists (about 1 ms). The bucket lets a very common word read 1/64 of its companies first
 *   (the search needs a few hundred candidates, not 90,000). The index only narrows the candidates: the real
 *   tsquery is still checked on every candidate row.
 * - the plain document index goes: no search statement uses it any more.
 * `company_search_rebuild()` owns the index definitions, so it is replaced here with the new set and run once.
 */
export class SearchTuning1764300000000 implements MigrationInterface {
  name = 'SearchTuning1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // A company's bucket: 0–63 from the last byte of its (random) id.
    await q.query(`
      CREATE FUNCTION search_bucket(company_id uuid) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT get_byte(uuid_send(company_id), 15) % 64 $$`);
    // PostgreSQL 17+ runs index builds with search_path = pg_catalog, pg_temp: the body of a function used in an
    // index expression must name our own functions with their schema (kept inlinable, unlike a SET search_path).
    const [{ schema }]: Array<{ schema: string }> = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    await q.query(`
      CREATE FUNCTION search_terms(document tsvector, company_id uuid) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT array_to_tsvector(array_agg(DISTINCT p) || ('#' || ${schema}.search_bucket(company_id)))
        FROM unnest(tsvector_to_array(document)) AS l,
          LATERAL (SELECT l UNION ALL SELECT left(l, n) FROM generate_series(2, length(l) - 1) AS n) AS t(p)
      $$`);
    // The same query with every prefix mark dropped: 'ромаш':* & 'нижн':* → 'ромаш' & 'нижн', entries of the index above.
    await q.query(`
      CREATE FUNCTION search_prefix_query(query text) RETURNS tsquery LANGUAGE sql STABLE PARALLEL SAFE STRICT
      AS $$ SELECT regexp_replace(to_tsquery('russian', query)::text, ':\\*', '', 'g')::tsquery $$`);
    await q.query(rebuildFunction(true));
    await q.query(`DROP INDEX IF EXISTS company_search_document_idx`);
    await rebuild(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(rebuildFunction(false));
    await q.query(`DROP INDEX IF EXISTS company_search_terms_idx`);
    await rebuild(q);
    await q.query(`DROP FUNCTION IF EXISTS search_prefix_query(text), search_terms(tsvector, uuid), search_bucket(uuid)`);
  }
}

/** The rebuild takes minutes at a million companies: no statement timeout (the pool's is 30 s) for this transaction. */
async function rebuild(q: QueryRunner): Promise<void> {
  await q.query(`SET LOCAL statement_timeout = 0`);
  await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  await q.query(`SELECT company_search_rebuild()`);
  await q.query(`ANALYZE company_search, company_search_keys, company_search_words`);
}

/** company_search_rebuild() as in 1764000000000, with the prefix index (up) or the plain document index (down). */
function rebuildFunction(prefixes: boolean): string {
  const wordIndex = prefixes
    ? `CREATE INDEX company_search_terms_idx ON company_search USING gin (search_terms(document, company_id)) WITH (fastupdate = off);`
    : `CREATE INDEX company_search_document_idx ON company_search USING gin (document) WITH (fastupdate = off);`;
  return `
    CREATE OR REPLACE FUNCTION company_search_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
    DECLARE indexed bigint;
    BEGIN
      -- Filled without secondary indexes, which are then built in one pass each.
      TRUNCATE company_search, company_search_keys, company_search_words;
      DROP INDEX IF EXISTS company_search_document_idx, company_search_terms_idx, company_search_keys_key_idx,
        company_search_keys_company_idx, company_search_words_trgm_idx;
      INSERT INTO company_search (company_id, document, name_norm) SELECT company_id, document, name_norm FROM company_search_source;
      GET DIAGNOSTICS indexed = ROW_COUNT;
      INSERT INTO company_search_keys (company_id, kind, key, display) SELECT company_id, kind, key, display FROM company_search_key_source;
      INSERT INTO company_search_words (word)
        SELECT DISTINCT w FROM companies c, regexp_split_to_table(search_normalize(concat_ws(' ', c.name, c.legal_name)), '[^0-9a-zа-я]+') AS w
        WHERE c.deleted_at IS NULL AND length(w) >= 3;
      -- fastupdate off: a GIN pending list is scanned row by row by every search (and misleads the planner).
      ${wordIndex}
      CREATE INDEX company_search_keys_key_idx ON company_search_keys (kind, key text_pattern_ops);
      CREATE INDEX company_search_keys_company_idx ON company_search_keys (company_id);
      CREATE INDEX company_search_words_trgm_idx ON company_search_words USING gin (word gin_trgm_ops) WITH (fastupdate = off);
      RETURN indexed;
    END $$`;
}
