// @playwright/test (the repository's browser-test dependency) re-exports playwright-core's launcher.
import { chromium } from '@playwright/test';

/**
 * What Chromium really sends when a signed-in user opens the company list and clicks a company (`npm run
 * bench:load -- --capture-navigation`: the bench stack comes up, this runs, nothing is measured). The generator's
 * client navigations (navigation.ts, navigation.test.ts) replicate the headers found here; this is how to re-check them
 * after a Next.js upgrade.
 */
export interface CapturedRequest {
  phase: 'list load' | 'after list load' | 'click' | 'back to list' | 'hover on a sidebar link';
  method: string;
  path: string;
  status: number | null;
  headers: Record<string, string>;
}

const STATIC = /\/_next\/static\/|\.(?:js|css|woff2?|svg|png|ico)(?:\?|$)/;
const INTERESTING_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-hmr-refresh', 'accept', 'cookie'];

export async function captureNavigation(webUrl: string, tokens: { accessToken: string; refreshToken: string }): Promise<CapturedRequest[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { hostname } = new URL(webUrl);
    await context.addCookies([
      { name: 'pulse_at', value: tokens.accessToken, domain: hostname, path: '/', httpOnly: true, sameSite: 'Lax' },
      { name: 'pulse_rt', value: tokens.refreshToken, domain: hostname, path: '/', httpOnly: true, sameSite: 'Lax' },
    ]);
    const page = await context.newPage();
    const captured: CapturedRequest[] = [];
    let phase: CapturedRequest['phase'] = 'list load';
    const pending = new Map<object, CapturedRequest>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(webUrl).origin || STATIC.test(url.pathname)) return;
      const all = request.headers();
      const headers: Record<string, string> = {};
      for (const name of INTERESTING_HEADERS) {
        if (all[name] !== undefined) headers[name] = name === 'cookie' ? all[name]!.replace(/=[^;]+/g, '=…') : all[name]!;
      }
      const body = request.postData();
      if (body) headers['(body)'] = body.replace(/\s+/g, ' ').slice(0, 160);
      if (headers['next-router-state-tree']) headers['next-router-state-tree (decoded)'] = decodeURIComponent(headers['next-router-state-tree']);
      const entry: CapturedRequest = { phase, method: request.method(), path: `${url.pathname}${url.search}`, status: null, headers };
      captured.push(entry);
      pending.set(request, entry);
    });
    page.on('response', (response) => {
      const entry = pending.get(response.request());
      if (entry) entry.status = response.status();
    });
    await page.goto(`${webUrl}/companies`, { waitUntil: 'networkidle' });
    phase = 'after list load';
    await page.waitForTimeout(1500); // viewport prefetches, if any, fire after hydration
    phase = 'click';
    const link = page.locator('a[href^="/companies/"]:not([href$="/new"])').first();
    await Promise.all([page.waitForURL(/\/companies\/[0-9a-f-]{36}$/), link.click()]);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    phase = 'back to list';
    await Promise.all([page.waitForURL(/\/companies$/), page.locator('nav a[href="/companies"], a[href="/companies"]').first().click()]);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    phase = 'hover on a sidebar link';
    await page.locator('nav a[href="/tasks"]').first().hover();
    await page.waitForTimeout(1000);
    return captured;
  } finally {
    await browser.close();
  }
}
