import type { DataSource, EntityManager } from 'typeorm';
import { escapeLike } from '../../common/sql';
import { type Actor, companyScope } from '../access/access-policy';
import {
  HEADLINE_OPTIONS,
  type SearchPlan,
  escapeHtml,
  headlineToHtml,
  markRange,
  planSearch,
  searchWords,
  wordsQuery,
} from './company-search-query';
import { SearchMatchField } from './company-search.types';

/**
 * Candidates read from an index before ranking bound the work of a very common token: 20 per hit asked for,
 * between 200 (typeahead) and 1,000 (the list).
 */
export const SEARCH_CANDIDATE_LIMIT = 1000;
const candidateLimit = (limit: number) => Math.min(SEARCH_CANDIDATE_LIMIT, Math.max(200, limit * 20));
const STATEMENT_TIMEOUT = '2s';
/** Vocabulary words tried per query word in the typo/substring stage, and how alike they must be. */
const TYPO_ALTERNATIVES = 5;
const TYPO_SIMILARITY = 0.4;
/** Digits-only queries up to this length are also looked up as a word of a name. */
const MAX_NAME_NUMBER = 6;
const NAME_SPLIT = `'[^0-9a-zа-я]+'`;

export interface RankedHit {
  id: string;
  score: number;
  matchedOn: SearchMatchField;
  highlight: string | null;
}

export interface RankedSearch {
  hits: RankedHit[];
  /** True when an index stage stopped at its candidate limit: more companies may match. */
  capped: boolean;
}

/** Digits as they appear inside an E.164 number: a Russian trunk "8" before 10 digits is the country code 7. */
export function phoneDigits(digits: string): string {
  return digits.length === 11 && digits.startsWith('8') ? `7${digits.slice(1)}` : digits;
}

/** Positional parameters for hand-written SQL. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The visibility rule of access-policy's companyScope as SQL on alias `c` (see CompanyService.visibleCompanies). */
function scopeSql(actor: Actor, params: Params): string {
  const scope = companyScope(actor);
  if (scope.kind === 'branch') return `AND (c.branch_id IS NOT DISTINCT FROM ${params.add(scope.branchId)} OR c.responsible_id = ${params.add(actor.id)})`;
  if (scope.kind === 'own') return `AND c.responsible_id = ${params.add(scope.userId)}`;
  return '';
}

const KEY_FIELDS: Record<string, SearchMatchField> = {
  INN: SearchMatchField.INN,
  KPP: SearchMatchField.KPP,
  OGRN: SearchMatchField.OGRN,
  PHONE: SearchMatchField.PHONE,
  PHONE7: SearchMatchField.PHONE,
  EMAIL: SearchMatchField.EMAIL,
  DOMAIN: SearchMatchField.EMAIL,
};

/** Word-match tiers computed in SQL → score and field. */
const WORD_TIERS: Record<string, { score: number; field: SearchMatchField }> = {
  NAME_WORD: { score: 80, field: SearchMatchField.NAME },
  NAME_PREFIX: { score: 70, field: SearchMatchField.NAME },
  NAME_FORM: { score: 60, field: SearchMatchField.NAME },
  LEGAL_NAME: { score: 50, field: SearchMatchField.LEGAL_NAME },
  MIXED_NAME: { score: 45, field: SearchMatchField.NAME },
  ADDRESS: { score: 40, field: SearchMatchField.ADDRESS },
  MIXED: { score: 35, field: SearchMatchField.ADDRESS },
  CONTACT: { score: 30, field: SearchMatchField.CONTACT },
};
const TYPO_SCORE = { name: 20, other: 10 };

interface WordQueries {
  /** All words (prefix where long enough) anywhere in the document. */
  all: string;
  any: string;
  /** Any word in the name. */
  anyName: string;
  byWeight: Record<'A' | 'B' | 'C' | 'D', string>;
}

function wordQueries(words: string[]): WordQueries {
  return {
    all: wordsQuery(words),
    any: wordsQuery(words, { operator: '|' }),
    anyName: wordsQuery(words, { operator: '|', weight: 'A' }),
    byWeight: {
      A: wordsQuery(words, { weight: 'A' }),
      B: wordsQuery(words, { weight: 'B' }),
      C: wordsQuery(words, { weight: 'C' }),
      D: wordsQuery(words, { weight: 'D' }),
    },
  };
}

/**
 * Company search (SPEC §5.2): one statement per stage, each driven by an index and bounded by a LIMIT, inside a
 * transaction with a statement timeout. Stages: keys (requisites, phones) or e-mails/domains, or words
 * (full text with prefixes and word forms), then — only when the words found fewer hits than asked — typos and
 * substrings through the vocabulary of name words.
 */
export class CompanySearch {
  constructor(private readonly dataSource: DataSource) {}

  async search(actor: Actor, query: string, limit: number, options: { highlight: boolean }): Promise<RankedSearch> {
    const plan = planSearch(query);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL statement_timeout = '${STATEMENT_TIMEOUT}'`);
      if (plan.kind === 'email') return this.searchKeys(manager, actor, plan, limit, options.highlight);
      if (plan.kind === 'words') return this.searchWords(manager, actor, plan.words, limit, options.highlight);
      const keys = await this.searchKeys(manager, actor, plan, limit, options.highlight);
      // A short number may also be a word of a name ("Склад 7707"), below every key hit; a full INN or phone is not.
      const words = searchWords(query);
      if (keys.hits.length >= limit || words.length !== 1 || plan.digits.length > MAX_NAME_NUMBER) return keys;
      const named = await this.searchWords(manager, actor, words, limit, options.highlight, keys.hits.map((hit) => hit.id));
      return { hits: [...keys.hits, ...named.hits].slice(0, limit), capped: keys.capped || named.capped };
    });
  }

  private async searchKeys(
    manager: EntityManager,
    actor: Actor,
    plan: Extract<SearchPlan, { kind: 'keys' | 'email' }>,
    limit: number,
    highlight: boolean,
  ): Promise<RankedSearch> {
    const params = new Params();
    const conditions: string[] = [];
    const exact: string[] = [];
    const keyMatch = (kinds: string, value: string) => {
      const kindsSql = kinds.includes(',') ? `k.kind IN (${kinds})` : `k.kind = ${kinds}`;
      conditions.push(`(${kindsSql} AND k.key LIKE ${params.add(`${escapeLike(value)}%`)})`);
      exact.push(`(${kindsSql} AND k.key = ${params.add(value)})`);
    };
    if (plan.kind === 'keys') {
      if (plan.requisite) keyMatch(`'INN','KPP','OGRN'`, plan.requisite);
      if (plan.phone) keyMatch(`'PHONE'`, plan.phone);
      if (plan.phoneLast7) conditions.push(`(k.kind = 'PHONE7' AND k.key = ${params.add(plan.phoneLast7)})`);
    } else {
      if (plan.email) keyMatch(`'EMAIL'`, plan.email);
      if (plan.domain) keyMatch(`'DOMAIN'`, plan.domain);
    }
    const scope = scopeSql(actor, params);
    const rows: Array<{ id: string; kind: string; key: string; display: string; score: number; total: number }> = await manager.query(
      `WITH matches AS (
         SELECT k.company_id, k.kind, k.key, k.display,
           CASE WHEN ${exact.length ? exact.join(' OR ') : 'false'} THEN 100 WHEN k.kind = 'PHONE7' THEN 95 ELSE 90 END AS score
         FROM company_search_keys k
         WHERE ${conditions.join(' OR ')}
         LIMIT ${candidateLimit(limit)}
       ), best AS (
         SELECT DISTINCT ON (m.company_id) m.company_id AS id, m.kind, m.key, m.display, m.score, c.last_activity_at
         FROM matches m JOIN companies c ON c.id = m.company_id AND c.deleted_at IS NULL ${scope}
         ORDER BY m.company_id, m.score DESC, array_position(ARRAY['INN','OGRN','KPP','PHONE','PHONE7','EMAIL','DOMAIN']::varchar[], m.kind), m.key
       ), counted AS (SELECT count(*) AS total FROM matches)
       SELECT best.*, counted.total::int AS total FROM best, counted
       ORDER BY score DESC, last_activity_at DESC, id
       LIMIT ${params.add(limit)}`,
      params.values,
    );
    const capped = rows[0]?.total === candidateLimit(limit);
    const needle = plan.kind === 'keys' ? null : (plan.email ?? plan.domain ?? '');
    return {
      capped,
      hits: rows.map((row) => ({
        id: row.id,
        score: Number(row.score),
        matchedOn: KEY_FIELDS[row.kind] ?? SearchMatchField.INN,
        highlight: highlight ? keyHighlight(row, plan.kind === 'keys' ? plan : null, needle) : null,
      })),
    };
  }

  private async searchWords(
    manager: EntityManager,
    actor: Actor,
    words: string[],
    limit: number,
    highlight: boolean,
    exclude: string[] = [],
  ): Promise<RankedSearch> {
    if (words.length === 0) return { hits: [], capped: false };
    const found = await this.rankWords(manager, actor, wordQueries(words), { words, exclude, limit });
    let hits = found.hits;
    if (hits.length < limit) {
      const typoQueries = await this.typoQueries(manager, words);
      if (typoQueries) {
        const typos = await this.rankWords(manager, actor, typoQueries, { words: null, exclude: [...exclude, ...hits.map((hit) => hit.id)], limit: limit - hits.length });
        hits = [...hits, ...typos.hits];
      }
    }
    if (highlight) await this.highlightWords(manager, hits, words);
    return { hits, capped: found.capped };
  }

  /**
   * Ranks the companies whose document matches `queries.all`. `words` given: name tiers by whole word and prefix;
   * null: the typo stage, where every hit scores as a typo.
   */
  private async rankWords(
    manager: EntityManager,
    actor: Actor,
    queries: WordQueries,
    options: { words: string[] | null; exclude: string[]; limit: number },
  ): Promise<RankedSearch & { hits: Array<RankedHit & { tsquery: string }> }> {
    const params = new Params();
    const all = params.add(queries.all);
    const weight = (w: 'A' | 'B' | 'C' | 'D') => `cand.document @@ to_tsquery('russian', ${params.add(queries.byWeight[w])})`;
    const nameWords = `regexp_split_to_array(cand.name_norm, ${NAME_SPLIT})`;
    const wordTiers = options.words
      ? (() => {
          const words = params.add(options.words);
          return `WHEN ${nameWords} @> ${words}::text[] THEN 'NAME_WORD'
            WHEN (SELECT bool_and(EXISTS (SELECT 1 FROM unnest(${nameWords}) AS n WHERE starts_with(n, w))) FROM unnest(${words}::text[]) AS w)
              THEN 'NAME_PREFIX'`;
        })()
      : '';
    const exclude = options.exclude.length ? `AND c.id <> ALL(${params.add(options.exclude)}::uuid[])` : '';
    const scope = scopeSql(actor, params);
    const rows: Array<{ id: string; tier: string; total: number }> = await manager.query(
      `WITH cand AS (
         SELECT s.company_id, s.document, s.name_norm FROM company_search s
         WHERE s.document @@ to_tsquery('russian', ${all})
         LIMIT ${candidateLimit(options.limit)}
       ), ranked AS (
         SELECT c.id, c.last_activity_at,
           CASE ${wordTiers}
             WHEN ${weight('A')} THEN 'NAME_FORM'
             WHEN ${weight('B')} THEN 'LEGAL_NAME'
             WHEN ${weight('C')} THEN 'ADDRESS'
             WHEN ${weight('D')} THEN 'CONTACT'
             WHEN cand.document @@ to_tsquery('russian', ${params.add(queries.anyName)}) THEN 'MIXED_NAME'
             ELSE 'MIXED' END AS tier
         FROM cand JOIN companies c ON c.id = cand.company_id AND c.deleted_at IS NULL ${scope} ${exclude}
       )
       SELECT id, tier, (SELECT count(*) FROM cand)::int AS total FROM ranked
       ORDER BY CASE tier ${Object.entries(WORD_TIERS)
         .map(([tier, { score }]) => `WHEN '${tier}' THEN ${score}`)
         .join(' ')} END DESC, last_activity_at DESC, id
       LIMIT ${params.add(options.limit)}`,
      params.values,
    );
    return {
      capped: rows[0]?.total === candidateLimit(options.limit),
      hits: rows.map((row) => {
        const tier = WORD_TIERS[row.tier] ?? WORD_TIERS.MIXED!;
        const score = options.words ? tier.score : tier.field === SearchMatchField.NAME ? TYPO_SCORE.name : TYPO_SCORE.other;
        return { id: row.id, score, matchedOn: tier.field, highlight: null, tsquery: queries.any };
      }),
    };
  }

  /**
   * Typos and substrings: for each query word, the closest words of the vocabulary (trigram similarity) and the
   * words containing it. The vocabulary is small (distinct name words), so this never touches a million names.
   */
  private async typoQueries(manager: EntityManager, words: string[]): Promise<WordQueries | null> {
    // Digits have no typos worth guessing; letters need 3+ characters to share a trigram.
    const candidates = words.filter((word) => word.length >= 3 && /[^0-9]/.test(word));
    if (candidates.length === 0) return null;
    await manager.query(`SET LOCAL pg_trgm.similarity_threshold = ${TYPO_SIMILARITY}`);
    // One subquery per word with its own parameters (not a LATERAL join): planned with the actual word, it uses
    // the trigram index instead of computing the similarity of every vocabulary word.
    const params = new Params();
    const lookups = candidates.map((candidate) => {
      const word = params.add(candidate);
      return `(SELECT ${word}::text AS query_word, w.word FROM company_search_words w
         WHERE (w.word % ${word} OR w.word LIKE ${params.add(`%${escapeLike(candidate)}%`)}) AND w.word <> ${word}
         ORDER BY similarity(w.word, ${word}) DESC, w.word
         LIMIT ${TYPO_ALTERNATIVES})`;
    });
    const rows: Array<{ query_word: string; word: string }> = await manager.query(lookups.join(' UNION ALL '), params.values);
    if (rows.length === 0) return null;
    const alternatives = new Map<string, string[]>();
    for (const row of rows) alternatives.set(row.query_word, [...(alternatives.get(row.query_word) ?? []), row.word]);
    // Each query word is one of its alternatives; a word with none must match as typed.
    const groups = words.map((word) => alternatives.get(word) ?? [word]);
    const group = (weight?: 'A' | 'B' | 'C' | 'D') =>
      groups.map((alts) => `(${alts.map((alt) => (weight ? `${alt}:${weight}` : alt)).join(' | ')})`).join(' & ');
    return {
      all: group(),
      any: groups.flat().join(' | '),
      anyName: groups.flat().map((alt) => `${alt}:A`).join(' | '),
      byWeight: { A: group('A'), B: group('B'), C: group('C'), D: group('D') },
    };
  }

  /** Highlights for the final hits only: ts_headline on the field that matched. */
  private async highlightWords(manager: EntityManager, hits: Array<RankedHit & { tsquery?: string }>, words: string[]) {
    if (hits.length === 0) return;
    const fallbackQuery = wordsQuery(words, { operator: '|' });
    const rows: Array<{ id: string; headline: string | null }> = await manager.query(
      `SELECT t.id, ts_headline('russian', CASE t.field
           WHEN 'NAME' THEN c.name
           WHEN 'LEGAL_NAME' THEN c.legal_name
           WHEN 'ADDRESS' THEN concat_ws(', ', c.address, c.activity_kind)
           ELSE (SELECT string_agg(concat_ws(' ', ct.last_name, ct.first_name, ct.middle_name), ', ' ORDER BY ct.last_name, ct.first_name)
                 FROM contacts ct WHERE ct.company_id = c.id AND ct.deleted_at IS NULL
                   AND to_tsvector('russian', search_normalize(concat_ws(' ', ct.last_name, ct.first_name, ct.middle_name)))
                       @@ to_tsquery('russian', t.query))
         END, to_tsquery('russian', t.query), '${HEADLINE_OPTIONS}') AS headline
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, field, query)
       JOIN companies c ON c.id = t.id`,
      [hits.map((hit) => hit.id), hits.map((hit) => hit.matchedOn), hits.map((hit) => hit.tsquery ?? fallbackQuery)],
    );
    const byId = new Map(rows.map((row) => [row.id, row.headline]));
    for (const hit of hits) {
      const headline = byId.get(hit.id);
      hit.highlight = headline ? headlineToHtml(headline) : null;
    }
  }
}

/** Marks the matched part of a key's display value: the prefix of a requisite or e-mail, the digits of a phone. */
function keyHighlight(
  row: { kind: string; key: string; display: string },
  plan: Extract<SearchPlan, { kind: 'keys' }> | null,
  needle: string | null,
): string {
  const { display } = row;
  if (row.kind === 'PHONE' || row.kind === 'PHONE7') {
    const digits = row.kind === 'PHONE7' ? (plan?.phoneLast7 ?? '') : (plan?.phone ?? '');
    const start = row.kind === 'PHONE7' ? display.lastIndexOf(digits) : display.indexOf(digits, display.startsWith('+7') ? 2 : 0);
    return markRange(display, start, digits.length);
  }
  if (plan) return markRange(display, display.toUpperCase().indexOf(plan.digits), plan.digits.length);
  if (!needle) return escapeHtml(display);
  return markRange(display, display.toLowerCase().indexOf(needle), needle.length);
}
