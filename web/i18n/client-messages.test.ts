import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';
import { CLIENT_NAMESPACES, clientMessages, covers, pickNamespaces } from './client-messages';

/**
 * The browser gets only CLIENT_NAMESPACES of the catalogue. A client component that asks for anything else would
 * show raw keys, so every `useTranslations(…)` in the app is checked against the list here. The hook needs the
 * client provider, so every module that calls it runs in the browser, whether it says 'use client' itself or is
 * imported by one that does; all of them are scanned.
 */

const WEB = path.join(__dirname, '..');
const SKIP = new Set(['node_modules', '.next', 'public', 'messages']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

type Use = { namespace: string } | { problem: string };

/** Every `useTranslations(…)` call of a module: its namespace, or why it cannot be checked. */
export function translationUses(withComments: string): Use[] {
  const source = withComments.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const uses: Use[] = [];
  for (const match of source.matchAll(/\buseTranslations\s*\(\s*([^)]*)\)/g)) {
    const argument = (match[1] ?? '').trim();
    const literal = /^(['"])([\w.]+)\1$/.exec(argument);
    uses.push(literal?.[2] ? { namespace: literal[2] } : { problem: `useTranslations(${argument}) needs a string literal namespace` });
  }
  if (/\buseMessages\s*\(/.test(source)) uses.push({ problem: 'useMessages() reads the whole catalogue, which the browser does not have' });
  return uses;
}

/** The problems of a set of modules against a namespace list, one line each. */
export function uncovered(modules: Array<{ file: string; source: string }>, namespaces: readonly string[]): string[] {
  return modules.flatMap(({ file, source }) =>
    translationUses(source).flatMap((use) => {
      if ('problem' in use) return [`${file}: ${use.problem}`];
      return namespaces.some((entry) => covers(entry, use.namespace)) ? [] : [`${file}: "${use.namespace}" is not in CLIENT_NAMESPACES (i18n/client-messages.ts)`];
    }),
  );
}

const modules = sourceFiles(WEB).map((file) => ({ file: path.relative(WEB, file), source: readFileSync(file, 'utf8') }));

describe('client message namespaces', () => {
  it('finds the client modules (the scan itself works)', () => {
    const users = modules.filter(({ source }) => translationUses(source).length > 0);
    expect(users.length).toBeGreaterThan(30);
    expect(users.map(({ file }) => file)).toContain(path.join('components', 'search', 'header-search.tsx'));
  });

  it('every namespace a client module asks for is sent to the browser', () => {
    expect(uncovered(modules, CLIENT_NAMESPACES)).toEqual([]);
  });

  it('every listed namespace is still used, exists in both languages and is listed once', () => {
    const used = modules.flatMap(({ source }) => translationUses(source).flatMap((use) => ('namespace' in use ? [use.namespace] : [])));
    expect(CLIENT_NAMESPACES.filter((entry) => !used.some((namespace) => covers(entry, namespace)))).toEqual([]);
    expect(CLIENT_NAMESPACES.filter((entry) => CLIENT_NAMESPACES.some((other) => other !== entry && covers(other, entry)))).toEqual([]);
    for (const locale of ['ru', 'en'] as const) expect(() => clientMessages(locale)).not.toThrow();
  });

  it('fails for a namespace left out, a computed one and useMessages', () => {
    const fixture = [
      { file: 'a.tsx', source: "'use client';\nconst t = useTranslations('companies.history');\nconst c = useTranslations( 'common' );" },
      { file: 'b.tsx', source: '/** not `useTranslations(x)` */\n// nor useMessages()\nconst t = useTranslations(namespace);\nconst all = useTranslations();\nconst m = useMessages();' },
    ];
    expect(uncovered(fixture, ['common', 'companies.form'])).toEqual([
      'a.tsx: "companies.history" is not in CLIENT_NAMESPACES (i18n/client-messages.ts)',
      'b.tsx: useTranslations(namespace) needs a string literal namespace',
      'b.tsx: useTranslations() needs a string literal namespace',
      'b.tsx: useMessages() reads the whole catalogue, which the browser does not have',
    ]);
    expect(uncovered(fixture.slice(0, 1), ['common', 'companies'])).toEqual([]);
  });
});

describe('pickNamespaces', () => {
  it('keeps the nesting, takes only the named subtrees and leaves the catalogue alone', () => {
    const messages = { a: { x: '1', y: { z: '2' } }, b: { c: '3', d: '4' }, e: '5' };
    expect(pickNamespaces(messages, ['a.y', 'b', 'b.c'])).toEqual({ a: { y: { z: '2' } }, b: { c: '3', d: '4' } });
    expect(messages).toEqual({ a: { x: '1', y: { z: '2' } }, b: { c: '3', d: '4' }, e: '5' });
    expect(() => pickNamespaces(messages, ['a.q'])).toThrow('"a.q"');
  });

  it('sends far less than the whole catalogue, in both languages', () => {
    for (const locale of ['ru', 'en'] as const) {
      const sent = JSON.stringify(clientMessages(locale)).length;
      expect(sent).toBeLessThan(JSON.stringify(catalogues[locale]).length * 0.75);
      expect(clientMessages(locale).companies?.form).toBe(catalogues[locale].companies.form);
      expect(clientMessages(locale).companies).not.toHaveProperty('history');
    }
  });
});
