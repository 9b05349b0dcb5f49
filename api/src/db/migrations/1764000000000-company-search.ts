import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Company search data kept by the database itself (issue 3):
 * - `company_search`: one row per live company, a weighted `russian` tsvector (name A, legal name B, address and
 *   activity C, contact names D) over text without legal forms and quotes, and the normalised name;
 * - `company_search_keys`: exact/prefix keys (INN, KPP, OGRN, phones as 10 national digits and as the last 7,
 *   e-mails, e-mail and website domains), a btree on (kind, key text_pattern_ops) serves `=` and `LIKE 'x%'`;
 * - `company_search_words`: the vocabulary of name words, where typos and substrings are looked up by trigram
 *   (tens of thousands of words instead of a million names, so a common token never scans every company).
 * Row triggers on the six source tables refresh one company in the writer's transaction; `company_search_rebuild()`
 * rebuilds everything after a bulk load, which may switch the triggers off with `SET pulse.search_triggers = 'off'`;
 * it also (re)creates the secondary indexes, so their definitions live there, once.
 */
export class CompanySearch1764000000000 implements MigrationInterface {
  name = 'CompanySearch1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    // Lower case, no accents, ё → е, no quotes, no legal forms: "ООО «Ромашка»" and "ромашка" are the same name.
    await q.query(`
      CREATE FUNCTION search_normalize(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$
        SELECT btrim(regexp_replace(regexp_replace(regexp_replace(
          replace(lower(f_unaccent(coalesce($1, ''))), 'ё', 'е'),
          '[«»"“”„''\`<>]', ' ', 'g'),
          '\\m(ооо|оао|зао|пао|нао|ао|ип|нко|ано|муп|гуп|фгуп|тоо|llc|ltd)\\M', ' ', 'g'),
          '\\s+', ' ', 'g'))
      $$`);
    await q.query(`
      CREATE FUNCTION search_phone_national(e164 text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT CASE WHEN d ~ '^7\\d{10}$' THEN substr(d, 2) ELSE d END FROM regexp_replace($1, '\\D', '', 'g') AS d
      $$`);
    await q.query(`
      CREATE FUNCTION search_website_domain(website text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT nullif(regexp_replace(regexp_replace(lower(btrim($1)), '^[a-z]+://', ''), '^www\\.|[/:?#].*$', '', 'g'), '') $$`);

    await q.query(`
      CREATE TABLE company_search (
        company_id uuid PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
        document tsvector NOT NULL,
        name_norm text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE company_search_keys (
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        kind varchar(8) NOT NULL CHECK (kind IN ('INN','KPP','OGRN','PHONE','PHONE7','EMAIL','DOMAIN')),
        key text NOT NULL,
        display text NOT NULL
      )`);
    await q.query(`CREATE TABLE company_search_words (word text PRIMARY KEY)`);

    // What the search tables should hold, as views: the trigger refreshes one company, the rebuild all of them.
    await q.query(`
      CREATE VIEW company_search_source AS
      SELECT c.id AS company_id,
        setweight(to_tsvector('russian', search_normalize(c.name)), 'A')
          || setweight(to_tsvector('russian', search_normalize(c.legal_name)), 'B')
          || setweight(to_tsvector('russian', search_normalize(concat_ws(' ', c.address, c.activity_kind))), 'C')
          || setweight(to_tsvector('russian', coalesce((
               SELECT string_agg(search_normalize(concat_ws(' ', ct.last_name, ct.first_name, ct.middle_name)), ' ')
               FROM contacts ct WHERE ct.company_id = c.id AND ct.deleted_at IS NULL), '')), 'D') AS document,
        search_normalize(c.name) AS name_norm,
        search_normalize(concat_ws(' ', c.name, c.legal_name)) AS words_text
      FROM companies c
      WHERE c.deleted_at IS NULL`);
    await q.query(`
      CREATE VIEW company_search_key_source AS
      SELECT c.id AS company_id, k.kind, k.key, k.display
      FROM companies c
      CROSS JOIN LATERAL (
        SELECT 'INN', inn, inn FROM unnest(c.inns) AS inn
        UNION ALL SELECT 'KPP', upper(c.kpp), c.kpp WHERE c.kpp IS NOT NULL
        UNION ALL SELECT 'OGRN', c.ogrn, c.ogrn WHERE c.ogrn IS NOT NULL
        UNION ALL SELECT 'DOMAIN', search_website_domain(c.website), c.website WHERE search_website_domain(c.website) IS NOT NULL
        UNION ALL SELECT v.kind, v.key, ph.e164
          FROM (
            SELECT cp.e164 FROM company_phones cp WHERE cp.company_id = c.id
            UNION ALL
            SELECT xp.e164 FROM contacts ct JOIN contact_phones xp ON xp.contact_id = ct.id
            WHERE ct.company_id = c.id AND ct.deleted_at IS NULL
          ) ph
          CROSS JOIN LATERAL (VALUES
            ('PHONE', search_phone_national(ph.e164)),
            ('PHONE7', right(regexp_replace(ph.e164, '\\D', '', 'g'), 7))
          ) AS v(kind, key)
        UNION ALL SELECT v.kind, v.key, em.email
          FROM (
            SELECT ce.email FROM company_emails ce WHERE ce.company_id = c.id
            UNION ALL
            SELECT xe.email FROM contacts ct JOIN contact_emails xe ON xe.contact_id = ct.id
            WHERE ct.company_id = c.id AND ct.deleted_at IS NULL
          ) em
          CROSS JOIN LATERAL (VALUES
            ('EMAIL', lower(em.email)),
            ('DOMAIN', lower(split_part(em.email, '@', 2)))
          ) AS v(kind, key)
      ) AS k(kind, key, display)
      WHERE c.deleted_at IS NULL AND k.key <> ''`);

    await q.query(`
      CREATE FUNCTION company_search_refresh(p_company_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF p_company_id IS NULL THEN RETURN; END IF;
        DELETE FROM company_search_keys WHERE company_id = p_company_id;
        INSERT INTO company_search_keys (company_id, kind, key, display)
          SELECT company_id, kind, key, display FROM company_search_key_source WHERE company_id = p_company_id;
        INSERT INTO company_search (company_id, document, name_norm)
          SELECT company_id, document, name_norm FROM company_search_source WHERE company_id = p_company_id
          ON CONFLICT (company_id) DO UPDATE SET document = excluded.document, name_norm = excluded.name_norm;
        IF NOT FOUND THEN
          DELETE FROM company_search WHERE company_id = p_company_id;
          RETURN;
        END IF;
        INSERT INTO company_search_words (word)
          SELECT DISTINCT w FROM company_search_source s, regexp_split_to_table(s.words_text, '[^0-9a-zа-я]+') AS w
          WHERE s.company_id = p_company_id AND length(w) >= 3
          ORDER BY w -- one order for every writer: concurrent inserts of the same new words cannot deadlock
          ON CONFLICT DO NOTHING;
      END $$`);
    await q.query(`
      CREATE FUNCTION company_search_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE indexed bigint;
      BEGIN
        -- Filled without secondary indexes, which are then built in one pass each.
        TRUNCATE company_search, company_search_keys, company_search_words;
        DROP INDEX IF EXISTS company_search_document_idx, company_search_keys_key_idx, company_search_keys_company_idx,
          company_search_words_trgm_idx;
        INSERT INTO company_search (company_id, document, name_norm) SELECT company_id, document, name_norm FROM company_search_source;
        GET DIAGNOSTICS indexed = ROW_COUNT;
        INSERT INTO company_search_keys (company_id, kind, key, display) SELECT company_id, kind, key, display FROM company_search_key_source;
        INSERT INTO company_search_words (word)
          SELECT DISTINCT w FROM companies c, regexp_split_to_table(search_normalize(concat_ws(' ', c.name, c.legal_name)), '[^0-9a-zа-я]+') AS w
          WHERE c.deleted_at IS NULL AND length(w) >= 3;
        -- fastupdate off: a GIN pending list is scanned row by row by every search (and misleads the planner).
        CREATE INDEX company_search_document_idx ON company_search USING gin (document) WITH (fastupdate = off);
        CREATE INDEX company_search_keys_key_idx ON company_search_keys (kind, key text_pattern_ops);
        CREATE INDEX company_search_keys_company_idx ON company_search_keys (company_id);
        CREATE INDEX company_search_words_trgm_idx ON company_search_words USING gin (word gin_trgm_ops) WITH (fastupdate = off);
        RETURN indexed;
      END $$`);

    // Triggers: the refresh runs in the writer's transaction; a bulk load may switch them off and rebuild once.
    const guard = `IF current_setting('pulse.search_triggers', true) = 'off' THEN RETURN NULL; END IF;`;
    await q.query(`
      CREATE FUNCTION company_search_on_company() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${guard}
        PERFORM company_search_refresh(NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION company_search_on_company_child() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${guard}
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM company_search_refresh(OLD.company_id); END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.company_id IS DISTINCT FROM OLD.company_id) THEN
          PERFORM company_search_refresh(NEW.company_id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION company_search_on_contact_channel() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${guard}
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM company_search_refresh((SELECT company_id FROM contacts WHERE id = OLD.contact_id));
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.contact_id IS DISTINCT FROM OLD.contact_id) THEN
          PERFORM company_search_refresh((SELECT company_id FROM contacts WHERE id = NEW.contact_id));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER company_search_sync AFTER INSERT OR UPDATE OF name, legal_name, inns, kpp, ogrn, address, activity_kind, website, deleted_at
      ON companies FOR EACH ROW EXECUTE FUNCTION company_search_on_company()`);
    for (const table of ['company_phones', 'company_emails', 'contacts']) {
      await q.query(`CREATE TRIGGER company_search_sync AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION company_search_on_company_child()`);
    }
    for (const table of ['contact_phones', 'contact_emails']) {
      await q.query(`CREATE TRIGGER company_search_sync AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION company_search_on_contact_channel()`);
    }
    await q.query(`SELECT company_search_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['companies', 'company_phones', 'company_emails', 'contacts', 'contact_phones', 'contact_emails']) {
      await q.query(`DROP TRIGGER IF EXISTS company_search_sync ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS company_search_on_company(), company_search_on_company_child(), company_search_on_contact_channel()`);
    await q.query(`DROP FUNCTION IF EXISTS company_search_rebuild(), company_search_refresh(uuid)`);
    await q.query(`DROP VIEW IF EXISTS company_search_key_source, company_search_source`);
    await q.query(`DROP TABLE IF EXISTS company_search_words, company_search_keys, company_search`);
    await q.query(`DROP FUNCTION IF EXISTS search_website_domain(text), search_phone_national(text), search_normalize(text), f_unaccent(text)`);
  }
}
