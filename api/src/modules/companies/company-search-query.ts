import { UserInputError } from '../../common/errors';

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
/** Requisites (INN/KPP/OGRN) match from this many digits on, phones from MIN_PHONE_DIGITS. */
const MIN_REQUISITE_DIGITS = 4;
const MIN_PHONE_DIGITS = 5;
/** Shorter words match whole lexemes only: "ро:*" would expand to a large part of the dictionary. */
export const MIN_PREFIX_WORD = 3;

/** Legal forms say nothing about which company is meant; the database strips the same list (search_normalize). */
const LEGAL_FORMS = new Set(['ооо', 'оао', 'зао', 'пао', 'нао', 'ао', 'ип', 'нко', 'ано', 'муп', 'гуп', 'фгуп', 'тоо', 'llc', 'ltd']);
const PHONE_LIKE = /^[\d\s()+\-.]+$/;
const DOMAIN_LIKE = /^[0-9a-zа-я-]+(\.[0-9a-zа-я-]+)*\.[a-zа-я]{2,}$/;
const WORD_SEPARATOR = /[^0-9a-zа-я]+/;

export type SearchPlan =
  | {
      kind: 'keys';
      digits: string;
      /** INN/KPP/OGRN prefix (or whole value). */
      requisite: string | null;
      /** The 10 national digits of a Russian number (or the digits as given), matched as a prefix. */
      phone: string | null;
      /** A 7-digit local number, matched against the last 7 digits of every phone. */
      phoneLast7: string | null;
    }
  | { kind: 'email'; email: string | null; domain: string | null }
  | { kind: 'words'; words: string[] };

/** Lower case, ё → е, Latin accents dropped (Cyrillic й stays), as search_normalize() does in SQL. */
export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC');
}

export function searchWords(text: string): string[] {
  const words = normalizeSearchText(text)
    .split(WORD_SEPARATOR)
    .filter((word) => word.length > 0 && !LEGAL_FORMS.has(word));
  return [...new Set(words)];
}

/** Decides what a search box string is: requisites or a phone, an e-mail or a domain, or words. */
export function planSearch(input: string): SearchPlan {
  const text = input.trim();
  if (text.length < SEARCH_MIN_LENGTH) throw new UserInputError('query', `query must be at least ${SEARCH_MIN_LENGTH} characters`);
  if (text.length > SEARCH_MAX_LENGTH) throw new UserInputError('query', `query must be at most ${SEARCH_MAX_LENGTH} characters`);

  const digits = text.replace(/\D/g, '');
  if (PHONE_LIKE.test(text) && digits.length >= MIN_REQUISITE_DIGITS) {
    const national = digits.length === 11 && /^[78]/.test(digits) ? digits.slice(1) : digits;
    const isPhone = digits.length >= MIN_PHONE_DIGITS;
    return {
      kind: 'keys',
      digits,
      requisite: digits,
      phone: isPhone ? national : null,
      phoneLast7: isPhone && national.length === 7 ? national : null,
    };
  }

  const lower = normalizeSearchText(text);
  if (lower.includes('@') && !/\s/.test(lower)) {
    const [local, domain = ''] = lower.split('@', 2);
    return { kind: 'email', email: local ? lower : null, domain: local ? null : domain || null };
  }
  const bareDomain = lower.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  if (DOMAIN_LIKE.test(bareDomain)) return { kind: 'email', email: null, domain: bareDomain };

  return { kind: 'words', words: searchWords(text) };
}

/** Builds to_tsquery text from sanitised words (letters and digits only, so no tsquery syntax gets in). */
export function wordsQuery(words: string[], options: { weight?: 'A' | 'B' | 'C' | 'D'; operator?: '&' | '|' } = {}): string {
  return words
    .map((word) => {
      const prefix = word.length >= MIN_PREFIX_WORD ? '*' : '';
      const label = prefix + (options.weight ?? '');
      return label ? `${word}:${label}` : word;
    })
    .join(` ${options.operator ?? '&'} `);
}

const MARK_START = '\u2045';
const MARK_END = '\u2046';
export const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** ts_headline output (marked with sentinels) → escaped HTML with <mark>. */
export function headlineToHtml(headline: string): string {
  return escapeHtml(headline).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** Marks `length` characters of `text` from `start`, escaping the rest. */
export function markRange(text: string, start: number, length: number): string {
  if (start < 0 || length <= 0) return escapeHtml(text);
  return `${escapeHtml(text.slice(0, start))}<mark>${escapeHtml(text.slice(start, start + length))}</mark>${escapeHtml(text.slice(start + length))}`;
}
