import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the production build: global-setup.ts creates a fresh database
 * (pulse_browser_<timestamp>, 200 seeded companies), starts the built api and the standalone web
 * server, and global-teardown.ts stops them and drops the database.
 *
 * Ports: PULSE_BROWSER_WEB_PORT / PULSE_BROWSER_API_PORT, else 3100 / 4100 when free, else free ones.
 * They are chosen here, while the runner evaluates this file, and put into process.env: the global
 * setup runs in this same process and the workers (which evaluate this file again) inherit them.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const isCI = /^(1|true|yes)$/i.test(process.env.CI ?? '');

function choosePorts(): void {
  if (process.env.PULSE_BROWSER_WEB_PORT && process.env.PULSE_BROWSER_API_PORT) return;
  // Synchronous (config files cannot await): a tiny node script holds both candidates open at once.
  const script = `
    const net = require('node:net');
    const held = [];
    const open = (port) => new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(null));
      server.listen({ port, host: '0.0.0.0', exclusive: true }, () => { held.push(server); resolve(server.address().port); });
    });
    (async () => {
      const web = (await open(${Number(process.env.PULSE_BROWSER_WEB_PORT ?? 3100)})) ?? (await open(0));
      const api = (await open(${Number(process.env.PULSE_BROWSER_API_PORT ?? 4100)})) ?? (await open(0));
      held.forEach((server) => server.close());
      process.stdout.write(web + ' ' + api);
    })();`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const [web, api] = result.stdout.trim().split(' ').map(Number);
  if (web && api) {
    process.env.PULSE_BROWSER_WEB_PORT = String(web);
    process.env.PULSE_BROWSER_API_PORT = String(api);
  }
}
choosePorts();

const WEB_PORT = Number(process.env.PULSE_BROWSER_WEB_PORT ?? 3100);
export const baseURL = `http://localhost:${WEB_PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(ROOT, 'test-results', 'browser'),
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: path.join(ROOT, 'playwright-report') }]],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
    locale: 'ru-RU',
    timezoneId: 'Asia/Yekaterinburg',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium' }],
});
