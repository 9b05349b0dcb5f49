import { z } from 'zod';

const schema = z.object({
  API_URL: z.url().default('http://127.0.0.1:4000'),
  COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  /**
   * Where browsers open the API's WebSocket (graphql-ws), e.g. wss://crm.example.ru when nginx serves web and
   * API on one origin. Unset: the page's own host on API_URL's port (`npm start`, browser tests).
   */
  API_PUBLIC_WS_ORIGIN: z
    .url({ protocol: /^(wss?|https?)$/, error: 'API_PUBLIC_WS_ORIGIN must be a ws://, wss://, http:// or https:// origin' })
    .optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

function apiPortOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function parseEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid web environment (${problems}). Set API_URL to the API origin, e.g. http://127.0.0.1:4000.`);
  }
  return Object.freeze({
    apiUrl: parsed.data.API_URL.replace(/\/+$/, ''),
    cookieSecure: parsed.data.COOKIE_SECURE !== 'false',
    isDev: parsed.data.NODE_ENV === 'development',
    apiPublicWsOrigin: parsed.data.API_PUBLIC_WS_ORIGIN ? new URL(parsed.data.API_PUBLIC_WS_ORIGIN).origin.replace(/^http/, 'ws') : null,
    apiPort: apiPortOf(new URL(parsed.data.API_URL)),
  });
}

/** Server configuration, read once. Nothing else in web/ reads process.env. */
export const env = parseEnv();

export const graphqlEndpoint = `${env.apiUrl}/graphql`;
