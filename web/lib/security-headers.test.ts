import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

const NONCE = btoa('6f1c1c58-2f5e-4c3c-9d1f-1f2e3d4c5b6a');

/** The policy as `{ directive: [sources] }`, failing on a repeated directive (browsers ignore the repeat). */
function directives(policy: string): Record<string, string[]> {
  const parsed: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) throw new Error(`empty directive in ${JSON.stringify(policy)}`);
    if (name in parsed) throw new Error(`${name} repeated`);
    parsed[name] = sources;
  }
  return parsed;
}

const production = directives(contentSecurityPolicy({ nonce: NONCE, apiWsOrigin: 'wss://crm.example', isDev: false, upgradeInsecure: true }));
const development = directives(contentSecurityPolicy({ nonce: NONCE, apiWsOrigin: 'ws://127.0.0.1:4000', isDev: true, upgradeInsecure: false }));

describe('contentSecurityPolicy in production', () => {
  it('runs only scripts carrying this request’s nonce, never inline or eval', () => {
    expect(production['script-src']).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(production['style-src']).toEqual(["'self'", `'nonce-${NONCE}'`]);
    for (const sources of [production['script-src'], production['style-src'], production['default-src']]) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
  });

  it('talks only to this origin and the API’s WebSocket origin', () => {
    expect(production['connect-src']).toEqual(["'self'", 'wss://crm.example']);
    expect(production['default-src']).toEqual(["'self'"]);
  });

  it('closes plugins, framing, <base> and foreign form targets', () => {
    expect(production).toMatchObject({
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    });
  });

  it('upgrades insecure requests only when asked (HTTPS pages)', () => {
    expect(production['upgrade-insecure-requests']).toEqual([]);
    const plainHttp = directives(contentSecurityPolicy({ nonce: NONCE, apiWsOrigin: 'ws://x', isDev: false, upgradeInsecure: false }));
    expect(plainHttp).not.toHaveProperty('upgrade-insecure-requests');
  });

  it('is one header line: directives joined by "; " with no empty or trailing parts', () => {
    const policy = contentSecurityPolicy({ nonce: NONCE, apiWsOrigin: 'wss://crm.example', isDev: false, upgradeInsecure: true });
    expect(policy).not.toMatch(/[\r\n]|;\s*;|;\s*$/);
    expect(policy.startsWith('default-src ')).toBe(true);
  });

  it('a new nonce changes only the nonce', () => {
    const other = contentSecurityPolicy({ nonce: 'b3RoZXI=', apiWsOrigin: 'wss://crm.example', isDev: false, upgradeInsecure: true });
    const same = contentSecurityPolicy({ nonce: NONCE, apiWsOrigin: 'wss://crm.example', isDev: false, upgradeInsecure: true });
    expect(other.replaceAll('b3RoZXI=', NONCE)).toBe(same);
  });
});

describe('contentSecurityPolicy in development', () => {
  it('allows what Next’s dev server needs: eval, inline styles, its HMR socket', () => {
    expect(development['script-src']).toContain("'unsafe-eval'");
    expect(development['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(development['connect-src']).toEqual(["'self'", 'ws://127.0.0.1:4000', 'ws:']);
    expect(development['script-src']).not.toContain("'unsafe-inline'");
  });
});

describe('securityHeaders', () => {
  const byName = Object.fromEntries(securityHeaders.map(({ key, value }) => [key.toLowerCase(), value]));

  it('names each header once', () => {
    expect(Object.keys(byName)).toHaveLength(securityHeaders.length);
  });

  it.each([
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['cross-origin-opener-policy', 'same-origin'],
  ])('%s: %s', (name, value) => {
    expect(byName[name]).toBe(value);
  });

  it('HSTS lasts at least a year; camera, microphone and geolocation are off', () => {
    expect(Number(/max-age=(\d+)/.exec(byName['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(byName['permissions-policy']).toContain(`${feature}=()`);
  });

  it('leaves the CSP to the per-request proxy (a static one would carry no nonce)', () => {
    expect(byName).not.toHaveProperty('content-security-policy');
  });
});
