import { catalogues, type Messages } from './catalogues';
import type { AppLocale } from './config';

/**
 * The message namespaces client components read with `useTranslations(…)`: only these reach the browser. The
 * whole catalogue would be serialised into every page's HTML and RSC payload (≈ 60 KB in Russian), while server
 * components translate on the server with `getT` and the full catalogue. A dotted entry sends that subtree only.
 * client-messages.test.ts fails when a client module asks for a namespace this list does not cover.
 */
export const CLIENT_NAMESPACES = [
  'common',
  'shell',
  'search',
  'notifications',
  'calls',
  'tasks',
  'auth',
  'analytics.chart',
  'analytics.filters',
  'companies.contacts',
  'companies.deletion',
  'companies.emailTypes',
  'companies.filters',
  'companies.form',
  'companies.notes',
  'companies.page',
  'companies.phoneTypes',
  'companies.transfer',
] as const;

/**
 * Namespaces only one part of the app needs, added by that part's layout (a nested I18nProvider): the admin pages'
 * dialogs. Only modules under `modules` may use them, and nothing outside those folders may import those modules
 * (client-messages.test.ts checks both).
 */
export const SCOPED_NAMESPACES = {
  admin: { namespaces: ['admin'], modules: ['components/admin/', 'app/(app)/admin/'] },
} as const satisfies Record<string, { namespaces: readonly string[]; modules: readonly string[] }>;
export type MessageScope = keyof typeof SCOPED_NAMESPACES;

type Tree = { [key: string]: string | Tree };

/** Whether `namespace` is `entry` or lies inside it ('companies.form.fields' is inside 'companies.form'). */
export function covers(entry: string, namespace: string): boolean {
  return namespace === entry || namespace.startsWith(`${entry}.`);
}

/** The subtrees named by dotted paths, in the catalogue's own nesting (the catalogue itself is left as is). */
export function pickNamespaces(messages: Tree, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    if (namespaces.some((entry) => entry !== namespace && covers(entry, namespace))) continue;
    const path = namespace.split('.');
    let source: string | Tree | undefined = messages;
    let target = picked;
    for (const [index, key] of path.entries()) {
      source = typeof source === 'object' ? source[key] : undefined;
      if (source === undefined) throw new Error(`client message namespace "${namespace}" is not in the catalogue`);
      if (index === path.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Tree;
    }
  }
  return picked;
}

export type ClientMessages = Partial<Messages>;

function build(namespaces: readonly string[]): Record<AppLocale, ClientMessages> {
  return Object.fromEntries(
    Object.entries(catalogues).map(([locale, messages]) => [locale, pickNamespaces(messages as unknown as Tree, namespaces) as ClientMessages]),
  ) as Record<AppLocale, ClientMessages>;
}

/** Built once per process: the same object for every page, so layouts that both pass it serialise it once. */
const clientCatalogues = build(CLIENT_NAMESPACES);
const scopedCatalogues = Object.fromEntries(
  Object.entries(SCOPED_NAMESPACES).map(([scope, { namespaces }]) => [scope, build([...CLIENT_NAMESPACES, ...namespaces])]),
) as Record<MessageScope, Record<AppLocale, ClientMessages>>;

/** The messages for the browser: those every page needs, plus a scope's own for the layout that adds them. */
export function clientMessages(locale: AppLocale, scope?: MessageScope): ClientMessages {
  return scope ? scopedCatalogues[scope][locale] : clientCatalogues[locale];
}
