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
  /** How many words must all match: one word may be very common, several together rarely are. */
  words: number;
  /** All words (prefix where long enough) anywhere in the document. */
  all: string;
  any: string;
  /** Any word in the name. */
  anyName: string;
  byWeight: Record<'A' | 'B' | 'C' | 'D', string>;
}

function wordQueries(words: string[]): WordQueries {
  return {
    words: words.length,
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
    return this.withTimeout(async (manager) => {
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

  /**
   * Runs the search statements in a read-only transaction under the search statement timeout. BEGIN and the
   * SET LOCALs go as one simple-protocol message: one round trip instead of three (TypeORM's transaction() sends
   * START TRANSACTION on its own), which is a measurable share of a 5 ms key lookup.
   */
  private async withTimeout<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let result: T;
    try {
      await runner.query(
        `BEGIN READ ONLY; SET LOCAL statement_timeout = '${STATEMENT_TIMEOUT}'; SET LOCAL pg_trgm.similarity_threshold = ${TYPO_SIMILARITY}`,
      );
      result = await work(runner.manager);
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
      throw error;
    }
    // A read-only transaction has nothing to wait for in its COMMIT: the answer goes out without that round trip
    // and the connection returns to the pool once the COMMIT is done (a failed one only ends the connection).
    void runner
      .query('COMMIT')
      .catch(() => undefined)
      .then(() => runner.release())
      .catch(() => undefined);
    return result;
  }

  private async searchKeys(
    manager: EntityManager,
    actor: Actor,
    plan: Extract<SearchPlan, { kind: 'keys' | 'email' }>,
    limit: number,
    highlight: boolean,
  ): Promise<RankedSearch> {
    // What to look up: kinds of key, the value, and whether as a prefix (the last 7 phone digits match whole).
    const lookups: Array<{ kinds: string[]; value: string; prefix: boolean }> = [];
    if (plan.kind === 'keys') {
      if (plan.requisite) lookups.push({ kinds: ['INN', 'KPP', 'OGRN'], value: plan.requisite, prefix: true });
      if (plan.phone) lookups.push({ kinds: ['PHONE'], value: plan.phone, prefix: true });
      if (plan.phoneLast7) lookups.push({ kinds: ['PHONE7'], value: plan.phoneLast7, prefix: false });
    } else {
      if (plan.email) lookups.push({ kinds: ['EMAIL'], value: plan.email, prefix: true });
      if (plan.domain) lookups.push({ kinds: ['DOMAIN'], value: plan.domain, prefix: true });
    }
    // One index range scan per kind, in index order under its share of the candidate limit: an exact key sorts
    // first within its prefix, and ORDER BY … USING ~<~ (the order of the text_pattern_ops index) keeps the planner
    // off the sequential scan it chose for one OR over all kinds when a tax office's INN prefix made it expect many
    // rows early (1–3 s over 13 M keys).
    const params = new Params();
    const perKind = Math.ceil(candidateLimit(limit) / Math.max(1, lookups.flatMap((lookup) => lookup.kinds).length));
    const branches: string[] = [];
    const exact: string[] = [];
    for (const { kinds, value, prefix } of lookups) {
      const pattern = params.add(prefix ? `${escapeLike(value)}%` : value);
      for (const kind of kinds) {
        branches.push(`(SELECT k.company_id, k.kind, k.key, k.display FROM company_search_keys k
           WHERE k.kind = '${kind}' AND k.key ${prefix ? 'LIKE' : '='} ${pattern}
           ORDER BY k.kind, k.key USING ~<~ LIMIT ${perKind})`);
      }
      if (prefix) exact.push(`(m.kind IN (${kinds.map((kind) => `'${kind}'`).join(', ')}) AND m.key = ${params.add(value)})`);
    }
    const scope = scopeSql(actor, params);
    const rows: Array<{ id: string; kind: string; key: string; display: string; score: number; total: number }> = await manager.query(
      `WITH matches AS (
         SELECT m.*, CASE WHEN ${exact.length ? exact.join(' OR ') : 'false'} THEN 100 WHEN m.kind = 'PHONE7' THEN 95 ELSE 90 END AS score
         FROM (${branches.join(' UNION ALL ')}) m
       ), best AS (
         SELECT DISTINCT ON (m.company_id) m.company_id AS id, m.kind, m.key, m.display, m.score, c.last_activity_at
         FROM matches m JOIN companies c ON c.id = m.company_id AND c.deleted_at IS NULL ${scope}
         ORDER BY m.company_id, m.score DESC, array_position(ARRAY['INN','OGRN','KPP','PHONE','PHONE7','EMAIL','DOMAIN']::varchar[], m.kind), m.key
       ), counted AS (SELECT max(n) AS total FROM (SELECT count(*) AS n FROM matches GROUP BY kind) per_kind)
       SELECT best.*, coalesce(counted.total, 0)::int AS total FROM best, counted
       ORDER BY score DESC, last_activity_at DESC, id
       LIMIT ${params.add(limit)}`,
      params.values,
    );
    const capped = (rows[0]?.total ?? 0) >= perKind;
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
    const found = await this.rankWords(manager, actor, wordQueries(words), { words, exclude, limit, highlight });
    let hits = found.hits;
    if (hits.length < limit) {
      const typoQueries = await this.typoQueries(manager, words);
      if (typoQueries) {
        const typos = await this.rankWords(manager, actor, typoQueries, {
          words: null,
          exclude: [...exclude, ...hits.map((hit) => hit.id)],
          limit: limit - hits.length,
          highlight,
        });
        hits = [...hits, ...typos.hits];
      }
    }
    return { hits, capped: found.capped };
  }

  /**
   * Ranks the companies whose document matches `queries.all`. `words` given: name tiers by whole word and prefix;
   * null: the typo stage, where every hit scores as a typo.
   *
   * The candidates come from the GIN index over search_terms() (every lexeme, every prefix of it, the company's
   * bucket; migration 1764300000000), where a word typed as a prefix is one exact entry: `ромаш:*` over a plain
   * document index first collects the posting lists of every lexeme starting with "ромаш" into a bitmap (60–90 ms
   * for a city or a first name at 1 M companies), while an AND of exact entries skips through them (about 1 ms).
   * For a one-word query bucket #0 (1/64 of the companies) is read first and the rest only when it had too few
   * candidates, so a word that 90,000 companies share costs like one that 1,400 do; which candidates a very common
   * word gets was arbitrary before too (the first ones found), it is now those of bucket #0 first. The real tsquery
   * is checked on every candidate row. The tsqueries are computed once (q), not per row, and the highlight of the
   * final hits is made in the same statement.
   */
  private async rankWords(
    manager: EntityManager,
    actor: Actor,
    queries: WordQueries,
    options: { words: string[] | null; exclude: string[]; limit: number; highlight: boolean },
  ): Promise<RankedSearch> {
    const params = new Params();
    const tsquery = (text: string) => `to_tsquery('russian', ${params.add(text)})`;
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
    const field = (tier: string) => WORD_TIERS[tier]!.field;
    const tiersOf = (...fields: SearchMatchField[]) =>
      Object.keys(WORD_TIERS)
        .filter((tier) => fields.includes(field(tier)))
        .map((tier) => `'${tier}'`)
        .join(', ');
    const headline = options.highlight
      ? `ts_headline('russian', CASE
           WHEN top.tier IN (${tiersOf(SearchMatchField.NAME)}) THEN top.name
           WHEN top.tier IN (${tiersOf(SearchMatchField.LEGAL_NAME)}) THEN top.legal_name
           WHEN top.tier IN (${tiersOf(SearchMatchField.ADDRESS)}) THEN concat_ws(', ', top.address, top.activity_kind)
           ELSE (SELECT string_agg(concat_ws(' ', ct.last_name, ct.first_name, ct.middle_name), ', ' ORDER BY ct.last_name, ct.first_name)
                 FROM contacts ct WHERE ct.company_id = top.id AND ct.deleted_at IS NULL
                   AND to_tsvector('russian', search_normalize(concat_ws(' ', ct.last_name, ct.first_name, ct.middle_name))) @@ q.any_word)
         END, q.any_word, '${HEADLINE_OPTIONS}')`
      : 'NULL';
    const terms = params.add(queries.all);
    const candidates = candidateLimit(options.limit);
    const fromIndex = (condition: string) => `SELECT s.company_id, s.document, s.name_norm FROM company_search s
      WHERE ${condition} AND ts_match_vq(s.document, (SELECT all_words FROM q))`;
    // One word: bucket #0 first (a one-time filter skips it for a query of stop words only, "и на"), then the
    // rest. Several words: their AND is selective, one index scan without buckets is cheaper than two.
    const candidatesSql =
      queries.words === 1
        ? `(${fromIndex(`search_terms(s.document, s.company_id) @@ (search_prefix_query(${terms}) && '#0'::tsquery)
              AND (SELECT numnode(all_words) > 0 FROM q)`)} LIMIT ${candidates})
           UNION ALL
           (${fromIndex(`search_terms(s.document, s.company_id) @@ search_prefix_query(${terms}) AND search_bucket(s.company_id) <> 0`)} LIMIT ${candidates})
           LIMIT ${candidates}`
        : `${fromIndex(`search_terms(s.document, s.company_id) @@ search_prefix_query(${terms})`)} LIMIT ${candidates}`;
    const rows: Array<{ id: string; tier: string; total: number; headline: string | null }> = await manager.query(
      `WITH q AS MATERIALIZED (
         SELECT ${tsquery(queries.all)} AS all_words, ${tsquery(queries.byWeight.A)} AS in_name, ${tsquery(queries.byWeight.B)} AS in_legal,
           ${tsquery(queries.byWeight.C)} AS in_address, ${tsquery(queries.byWeight.D)} AS in_contacts,
           ${tsquery(queries.anyName)} AS any_in_name, ${tsquery(queries.any)} AS any_word
       ), cand AS (${candidatesSql}), ranked AS (
         SELECT c.id, c.name, c.legal_name, c.address, c.activity_kind, c.last_activity_at,
           CASE ${wordTiers}
             WHEN cand.document @@ q.in_name THEN 'NAME_FORM'
             WHEN cand.document @@ q.in_legal THEN 'LEGAL_NAME'
             WHEN cand.document @@ q.in_address THEN 'ADDRESS'
             WHEN cand.document @@ q.in_contacts THEN 'CONTACT'
             WHEN cand.document @@ q.any_in_name THEN 'MIXED_NAME'
             ELSE 'MIXED' END AS tier
         FROM cand CROSS JOIN q JOIN companies c ON c.id = cand.company_id AND c.deleted_at IS NULL ${scope} ${exclude}
       ), top AS (
         SELECT ranked.*, CASE tier ${Object.entries(WORD_TIERS)
           .map(([tier, { score }]) => `WHEN '${tier}' THEN ${score}`)
           .join(' ')} END AS score
         FROM ranked ORDER BY score DESC, last_activity_at DESC, id
         LIMIT ${params.add(options.limit)}
       )
       SELECT top.id, top.tier, (SELECT count(*) FROM cand)::int AS total, ${headline} AS headline
       FROM top CROSS JOIN q
       ORDER BY top.score DESC, top.last_activity_at DESC, top.id`,
      params.values,
    );
    return {
      capped: rows[0]?.total === candidates,
      hits: rows.map((row) => {
        const tier = WORD_TIERS[row.tier] ?? WORD_TIERS.MIXED!;
        const score = options.words ? tier.score : tier.field === SearchMatchField.NAME ? TYPO_SCORE.name : TYPO_SCORE.other;
        return { id: row.id, score, matchedOn: tier.field, highlight: row.headline ? headlineToHtml(row.headline) : null };
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
    // pg_trgm.similarity_threshold (for %) is set with the transaction, see withTimeout().
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
      words: groups.length,
      all: group(),
      any: groups.flat().join(' | '),
      anyName: groups.flat().map((alt) => `${alt}:A`).join(' | '),
      byWeight: { A: group('A'), B: group('B'), C: group('C'), D: group('D') },
    };
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
