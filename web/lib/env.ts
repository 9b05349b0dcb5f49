import { z } from 'zod';

const schema = z.object({
  API_URL: z.url().default('http://127.0.0.1:4000'),
  COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  /** Where browsers open the API's WebSocket, if not through this server (e.g. wss://api.example.ru). */
  API_PUBLIC_WS_ORIGIN: z.string().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

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
    apiWsOrigin: parsed.data.API_PUBLIC_WS_ORIGIN ?? new URL(parsed.data.API_URL).origin.replace(/^http/, 'ws'),
  });
}

/** Server configuration, read once. Nothing else in web/ reads process.env. */
export const env = parseEnv();

export const graphqlEndpoint = `${env.apiUrl}/graphql`;
