import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The two catalogues are edited by hand in parallel: every message must exist in both languages and take the
 * same arguments, or one language shows a raw key or a "{name}" the code never fills. catalogues.ts checks
 * the Russian keys exist in English at compile time; this also catches extra English keys and arguments.
 */

const MESSAGES = path.join(__dirname, '..', 'messages');
const LOCALES = ['ru', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/** Arguments only Russian grammar needs (the verb's gender); English may leave them out. */
const GRAMMAR_ONLY: Partial<Record<Locale, ReadonlySet<string>>> = { ru: new Set(['gender']) };

type Catalogue = Record<string, string>;

/** `{ a: { b: "x" } }` → `{ "a.b": "x" }`; anything but nested objects of strings is an error. */
function flatten(value: unknown, prefix = '', into: Catalogue = {}): Catalogue {
  if (typeof value === 'string') {
    into[prefix] = value;
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    throw new Error(`${prefix}: a message must be a string or an object of messages, not ${JSON.stringify(value)}`);
  }
  return into;
}

function readCatalogue(locale: Locale, file: string): Catalogue {
  return flatten(JSON.parse(readFileSync(path.join(MESSAGES, locale, file), 'utf8')));
}

const PLURAL_TYPES = new Set(['plural', 'selectordinal', 'select']);

type Parsed = { names: Set<string>; plurals: Array<{ name: string; selectors: string[]; showsNumber: boolean }> };

/**
 * The argument names of an ICU message ("{name}", "{count, plural, one {# …} other {…}}", nested ones too),
 * with ICU quoting ('{' is a literal brace; "don't" is just an apostrophe). Throws on unbalanced braces.
 */
function parseMessage(message: string): Parsed {
  const parsed: Parsed = { names: new Set(), plurals: [] };
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in ${JSON.stringify(message)}`);
  };

  function text(nested: boolean): void {
    while (i < message.length) {
      const char = message[i];
      if (char === "'" && message[i + 1] === "'") i += 2;
      else if (char === "'" && /[{}#|]/.test(message[i + 1] ?? '')) {
        const close = message.indexOf("'", i + 1);
        i = close === -1 ? message.length : close + 1;
      } else if (char === '{') {
        i += 1;
        argument();
      } else if (char === '}') {
        if (!nested) fail('unmatched }');
        return;
      } else i += 1;
    }
    if (nested) fail('unclosed {');
  }

  function until(stops: RegExp): string {
    const start = i;
    while (i < message.length && !stops.test(message[i] ?? '')) i += 1;
    if (i >= message.length) fail('unclosed {');
    return message.slice(start, i).trim();
  }

  function argument(): void {
    const name = until(/[,}]/);
    if (!/^\w+$/.test(name)) fail(`bad argument name ${JSON.stringify(name)}`);
    parsed.names.add(name);
    if (message[i] === '}') {
      i += 1;
      return;
    }
    i += 1;
    const type = until(/[,}]/);
    if (!PLURAL_TYPES.has(type)) {
      // number, date, time: an optional style, no nested messages.
      until(/}/);
      i += 1;
      return;
    }
    if (message[i] === '}') fail(`${type} without options`);
    i += 1;
    const plural = { name, selectors: [] as string[], showsNumber: false };
    for (;;) {
      const selector = until(/[{}]/);
      if (message[i] === '}') {
        if (selector) fail(`option ${selector} without a message`);
        i += 1;
        break;
      }
      plural.selectors.push(selector.replace(/^offset:\d+\s*/, ''));
      i += 1;
      const start = i;
      text(true);
      if (type !== 'select' && message.slice(start, i).includes('#')) plural.showsNumber = true;
      i += 1;
    }
    if (!plural.selectors.includes('other')) fail(`${type} of ${name} without "other"`);
    if (type !== 'select') parsed.plurals.push(plural);
  }

  text(false);
  return parsed;
}

const files = (locale: Locale) => readdirSync(path.join(MESSAGES, locale)).filter((file) => file.endsWith('.json')).sort();

describe('message catalogues', () => {
  it('ru and en have the same files', () => {
    expect(files('en')).toEqual(files('ru'));
  });

  const catalogues = files('ru').map((file) => ({ file, ru: readCatalogue('ru', file), en: readCatalogue('en', file) }));

  it('every key exists in both languages (missing keys listed per file)', () => {
    const missing: Record<string, { missingInRu?: string[]; missingInEn?: string[] }> = {};
    for (const { file, ru, en } of catalogues) {
      const missingInEn = Object.keys(ru).filter((key) => !(key in en));
      const missingInRu = Object.keys(en).filter((key) => !(key in ru));
      if (missingInEn.length || missingInRu.length) {
        missing[file] = { ...(missingInEn.length ? { missingInEn } : {}), ...(missingInRu.length ? { missingInRu } : {}) };
      }
    }
    expect(missing).toEqual({});
  });

  it('no message is empty', () => {
    const empty = catalogues.flatMap(({ file, ru, en }) =>
      LOCALES.flatMap((locale) => Object.entries({ ru, en }[locale]).filter(([, text]) => !text.trim()).map(([key]) => `${locale}/${file}: ${key}`)),
    );
    expect(empty).toEqual([]);
  });

  it('every message is valid ICU and both languages take the same arguments', () => {
    const problems: string[] = [];
    for (const { file, ru, en } of catalogues) {
      for (const key of Object.keys(ru).filter((k) => k in en)) {
        let parsed: Record<Locale, Parsed>;
        try {
          parsed = { ru: parseMessage(ru[key] ?? ''), en: parseMessage(en[key] ?? '') };
        } catch (error) {
          problems.push(`${file}: ${key}: ${(error as Error).message}`);
          continue;
        }
        for (const [locale, other] of [['ru', 'en'], ['en', 'ru']] as const) {
          const absent = [...parsed[locale].names].filter((name) => !parsed[other].names.has(name) && !GRAMMAR_ONLY[locale]?.has(name));
          if (absent.length) problems.push(`${file}: ${key}: {${absent.join('}, {')}} in ${locale} but not in ${other}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('a Russian plural that shows the number has the one, few and many forms', () => {
    // "# компания / # компании / # компаний": with only one/other, "5 компании" would be wrong. In the genitive
    // two forms are right ("не длиннее 1 символа / 2 символов / 5 символов"): such keys are listed here.
    const genitiveOnly = new Set(['companies.json: apiMessages.too_long']);
    const problems: string[] = [];
    for (const { file, ru } of catalogues) {
      for (const [key, text] of Object.entries(ru)) {
        if (genitiveOnly.has(`${file}: ${key}`)) continue;
        for (const plural of parseMessage(text).plurals) {
          const lacking = ['one', 'few', 'many'].filter((form) => !plural.selectors.includes(form));
          if (plural.showsNumber && lacking.length) problems.push(`${file}: ${key}: {${plural.name}} lacks ${lacking.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('parseMessage (the checker itself)', () => {
  it.each([
    ['Привет', []],
    ['{name} и {count}', ['name', 'count']],
    ['{count, plural, one {# задача у {name}} other {# задач}}', ['count', 'name']],
    ['{actor} {gender, select, female {изменила} other {изменил}}', ['actor', 'gender']],
    ['{amount, number} на {date, date, short}', ['amount', 'date']],
    ["Don't touch '{literal}' but {real}", ['real']],
    ["It''s {x}", ['x']],
  ])('%j → %j', (message, names) => {
    expect([...parseMessage(message).names]).toEqual(names);
  });

  it.each(['{name', 'name}', '{count, plural, one {#}}', '{count, plural, one {# a} other {# b}', '{a b}'])('%j is rejected', (message) => {
    expect(() => parseMessage(message)).toThrow();
  });
});
