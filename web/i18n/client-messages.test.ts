import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';
import { CLIENT_NAMESPACES, clientMessages, covers, pickNamespaces, SCOPED_NAMESPACES } from './client-messages';

/**
 * The browser gets only CLIENT_NAMESPACES of the catalogue. A client component that asks for anything else would
 * show raw keys, so every `useTranslations(…)` in the app is checked against the list here. The hook needs the
 * client provider, so every module that calls it runs in the browser, whether it says 'use client' itself or is
 * imported by one that does; all of them are scanned. A scope's namespaces (SCOPED_NAMESPACES, added by one
 * layout) may only be used by modules in that scope's folders, and only that scope may import those modules.
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

type Scopes = Record<string, { namespaces: readonly string[]; modules: readonly string[] }>;
type Module = { file: string; source: string };

const inScope = (file: string, scope: Scopes[string]) => scope.modules.some((folder) => file.startsWith(folder));

/** The problems of a set of modules against the namespace lists, one line each. */
export function uncovered(modules: Module[], namespaces: readonly string[], scopes: Scopes = {}): string[] {
  return modules.flatMap(({ file, source }) =>
    translationUses(source).flatMap((use) => {
      if ('problem' in use) return [`${file}: ${use.problem}`];
      if (namespaces.some((entry) => covers(entry, use.namespace))) return [];
      const scoped = Object.entries(scopes).find(([, scope]) => scope.namespaces.some((entry) => covers(entry, use.namespace)));
      if (scoped && inScope(file, scoped[1])) return [];
      if (scoped) return [`${file}: "${use.namespace}" reaches the browser only under ${scoped[1].modules.join(', ')} (SCOPED_NAMESPACES.${scoped[0]})`];
      return [`${file}: "${use.namespace}" is not in CLIENT_NAMESPACES (i18n/client-messages.ts)`];
    }),
  );
}

/** Imports of a scope's modules from outside the scope (they would render where its messages are missing). */
export function scopeLeaks(modules: Module[], scopes: Scopes): string[] {
  return modules.flatMap(({ file, source }) =>
    [...source.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].flatMap(([, specifier = '']) => {
      const target = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.posix.join(path.posix.dirname(file), specifier) : null;
      if (target === null) return [];
      return Object.entries(scopes)
        .filter(([, scope]) => !inScope(file, scope) && inScope(target, scope))
        .map(([name]) => `${file}: imports ${specifier}, which uses the ${name} scope's messages`);
    }),
  );
}

const modules = sourceFiles(WEB).map((file) => ({ file: path.relative(WEB, file).split(path.sep).join('/'), source: readFileSync(file, 'utf8') }));

describe('client message namespaces', () => {
  it('finds the client modules (the scan itself works)', () => {
    const users = modules.filter(({ source }) => translationUses(source).length > 0);
    expect(users.length).toBeGreaterThan(30);
    expect(users.map(({ file }) => file)).toContain(path.join('components', 'search', 'header-search.tsx'));
  });

  it('every namespace a client module asks for is sent to the browser', () => {
    expect(uncovered(modules, CLIENT_NAMESPACES, SCOPED_NAMESPACES)).toEqual([]);
    expect(scopeLeaks(modules, SCOPED_NAMESPACES)).toEqual([]);
  });

  it('every listed namespace is still used, exists in both languages and is listed once', () => {
    const used = modules.flatMap(({ source }) => translationUses(source).flatMap((use) => ('namespace' in use ? [use.namespace] : [])));
    const listed = [...CLIENT_NAMESPACES, ...Object.values(SCOPED_NAMESPACES).flatMap((scope) => scope.namespaces)];
    expect(listed.filter((entry) => !used.some((namespace) => covers(entry, namespace)))).toEqual([]);
    expect(listed.filter((entry) => listed.some((other) => other !== entry && covers(other, entry)))).toEqual([]);
    for (const locale of ['ru', 'en'] as const) {
      expect(() => clientMessages(locale)).not.toThrow();
      expect(clientMessages(locale)).not.toHaveProperty('admin');
      expect(clientMessages(locale, 'admin').admin).toBe(catalogues[locale].admin);
      expect(clientMessages(locale, 'admin').common).toBe(clientMessages(locale).common);
    }
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

  it("fails for a scope's namespace used, or a scope's module imported, outside the scope", () => {
    const scopes = { admin: { namespaces: ['admin'], modules: ['components/admin/', 'app/admin/'] } };
    const fixture = [
      { file: 'components/admin/dialog.tsx', source: "const t = useTranslations('admin');" },
      { file: 'app/admin/page.tsx', source: "import { Dialog } from '@/components/admin/dialog';" },
      { file: 'components/shell/menu.tsx', source: "const t = useTranslations('admin');\nimport { Dialog } from '../admin/dialog';" },
      { file: 'app/page.tsx', source: "const Lazy = import('@/components/admin/dialog');" },
    ];
    expect(uncovered(fixture, ['common'], scopes)).toEqual(['components/shell/menu.tsx: "admin" reaches the browser only under components/admin/, app/admin/ (SCOPED_NAMESPACES.admin)']);
    expect(scopeLeaks(fixture, scopes)).toEqual([
      "components/shell/menu.tsx: imports ../admin/dialog, which uses the admin scope's messages",
      "app/page.tsx: imports @/components/admin/dialog, which uses the admin scope's messages",
    ]);
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
