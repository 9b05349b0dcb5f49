import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PhoneSim } from '../../tools/phone-sim/phone-sim.mjs';

/**
 * A manager (Краснодар, Moscow time) whose calls this spec alone reports, through the API as his phone would
 * (tools/phone-sim), so that every number on the dashboard, the analytics page and in the CSV is known.
 */
const USER = 'm.kovalev@pulse.demo';
const USER_NAME = 'Ковалёв Максим Андреевич';
const PASSWORD = 'demo1234';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function signInAs(page: Page, email: string, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`${next === '/' ? '/$' : `${next}$`}`));
}

const signIn = (page: Page, next: string) => signInAs(page, USER, next);

async function switchLanguage(page: Page, language: 'English' | 'Русский') {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitemradio', { name: language }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'ru');
}

/** The numbers of one group row of a stats table, by column test id. */
async function rowNumbers(page: Page, table: string, group: string, columns: readonly string[]): Promise<Record<string, string>> {
  const row = page.getByTestId(table).getByRole('row').filter({ has: page.getByTestId('stats-group').getByText(group, { exact: true }) });
  await expect(row).toHaveCount(1);
  const values: Record<string, string> = {};
  for (const column of columns) values[column] = ((await row.getByTestId(`stats-${column}`).textContent()) ?? '').trim();
  return values;
}

test.describe('dashboard and analytics', () => {
  let phone: PhoneSim | null = null;
  test.afterEach(async () => {
    await phone?.stop();
    phone = null;
  });

  test('the dashboard and the analytics page in both languages; the range changes the numbers; the CSV holds them', async ({ page }) => {
    test.setTimeout(120_000);
    phone = new PhoneSim({ url: process.env.PULSE_API_URL!, deviceId: `pw-analytics-${Date.now()}`, deviceName: 'Pixel (analytics)' });
    await phone.loginWithPassword(USER, PASSWORD);
    const now = Date.now();
    const at = (msAgo: number) => new Date(now - msAgo).toISOString();
    // Today: 4 calls (2 connected, 185 s of talk; 2 cold, one of them connected for 65 s). Ten days ago: 1 more.
    for (const call of [
      { direction: 'OUTGOING', outcome: 'CONNECTED', durationSeconds: 65, isColdCall: true, startedAt: at(5 * MINUTE) },
      { direction: 'OUTGOING', outcome: 'CONNECTED', durationSeconds: 120, startedAt: at(4 * MINUTE) },
      { direction: 'OUTGOING', outcome: 'NO_ANSWER', durationSeconds: 0, isColdCall: true, startedAt: at(3 * MINUTE) },
      { direction: 'MISSED', outcome: 'NO_ANSWER', durationSeconds: 0, startedAt: at(2 * MINUTE) },
      { direction: 'OUTGOING', outcome: 'CONNECTED', durationSeconds: 30, startedAt: at(10 * DAY) },
    ] as const) {
      await phone.record({ phone: '+79001234567', ...call });
    }

    // The chart renders in the browser only; server and browser must agree on everything else (no hydration errors).
    const consoleProblems: string[] = [];
    page.on('console', (message) => {
      if (/hydrat|width\(0\)|height\(0\)/i.test(message.text())) consoleProblems.push(message.text());
    });

    // Dashboard, Russian.
    await signIn(page, '/');
    const dashboard = page.getByTestId('dashboard');
    await expect(dashboard.getByRole('heading', { name: 'Звонки сегодня' })).toBeVisible();
    await expect(page.getByTestId('calls-today-total')).toHaveText('4 звонка');
    await expect(page.getByTestId('calls-today-CONNECTED')).toContainText('2');
    await expect(page.getByTestId('calls-today-NO_ANSWER')).toContainText('2');
    await expect(page.getByTestId('cold-calls-today').locator('dd')).toHaveText('2');
    await expect(page.getByTestId('cold-calls-last7Days').locator('dd')).toHaveText('2');
    await expect(dashboard.getByRole('heading', { name: 'Мои задачи' })).toBeVisible();

    // A call the phone reports now reaches the open dashboard through the live socket, without a reload.
    await expect(page.getByTestId('dashboard-live')).toHaveAttribute('data-status', 'connected');
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await phone.record({ phone: '+79001234568', direction: 'OUTGOING', outcome: 'BUSY', durationSeconds: 0, startedAt: at(MINUTE) });
    await expect(page.getByTestId('calls-today-total')).toHaveText('5 звонков');
    await expect(page.getByTestId('calls-today-BUSY')).toContainText('1');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // Quick complete from the dashboard: the task leaves its list at once and the page re-reads.
    const tasks = page.getByTestId('dashboard-tasks');
    const firstTask = tasks.getByTestId('task-row').first();
    await expect(firstTask).toBeVisible();
    const title = ((await firstTask.getByTestId('task-title').textContent()) ?? '').trim();
    await firstTask.getByTestId('task-complete').click();
    await page.getByTestId('complete-task-dialog').getByTestId('complete-submit').click();
    await expect(tasks.getByTestId('task-title').filter({ hasText: title })).toHaveCount(0);
    await expect(page.getByTestId('toast').filter({ hasText: title })).toBeVisible();

    // Analytics, Russian: today's calls.
    await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Аналитика' }).click();
    await expect(page).toHaveURL(/\/analytics$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Аналитика' })).toBeVisible();
    await page.getByTestId('range-today').click();
    await expect(page).toHaveURL(/range=today/);
    await expect(page.getByTestId('range-today')).toHaveAttribute('aria-current', 'true');
    const callColumns = ['total', 'connected', 'connectRate', 'talkSeconds', 'averageTalkSeconds', 'outgoing', 'missed', 'coldTotal', 'coldConnected'] as const;
    expect(await rowNumbers(page, 'call-stats', USER_NAME, callColumns)).toEqual({
      total: '5',
      connected: '2',
      connectRate: '40\u00a0%',
      talkSeconds: '3:05',
      averageTalkSeconds: '1:33',
      outgoing: '4',
      missed: '1',
      coldTotal: '2',
      coldConnected: '1',
    });
    await expect(page.getByTestId('chart-summary')).toContainText('5 звонков, дозвонились 2 (40\u00a0%)');
    await expect(page.getByTestId('calls-chart').locator('.recharts-bar-rectangle').first()).toBeAttached();

    // The last 30 days take in the call of ten days ago; the back button returns to today.
    await page.getByTestId('range-30d').click();
    await expect(page).toHaveURL(/range=30d/);
    await expect.poll(async () => (await rowNumbers(page, 'call-stats', USER_NAME, ['total', 'connected', 'talkSeconds']))).toEqual({ total: '6', connected: '3', talkSeconds: '3:35' });
    await page.goBack();
    await expect(page).toHaveURL(/range=today/);
    await expect.poll(async () => (await rowNumbers(page, 'call-stats', USER_NAME, ['total'])).total).toBe('5');
    await page.goForward();
    await expect(page).toHaveURL(/range=30d/);

    // The CSV of the calls table: the same report as a file, for Excel with Cyrillic.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-calls').click()]);
    expect(download.suggestedFilename()).toMatch(/^calls-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Период;Менеджер;Всего звонков;Дозвонились;Доля дозвонов;Время разговоров, с;Средний разговор, с;Исходящие;Входящие;Пропущенные;Из CRM (click-to-call);С телефона;Холодные звонки;Холодные: дозвонились;Холодные: время разговоров, с',
    );
    expect(lines).toContain(`Итого за период;${USER_NAME};6;3;0,5000;215;71,7;5;0;1;0;6;2;1;65`);

    // English: the same page and numbers in the other language.
    await switchLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'Analytics' })).toBeVisible();
    await expect(page.getByTestId('range-30d')).toHaveText('Last 30 days');
    await expect(page.getByTestId('chart-summary')).toContainText('6 calls, 3 connected (50%)');
    expect(await rowNumbers(page, 'call-stats', USER_NAME, ['total', 'connectRate'])).toEqual({ total: '6', connectRate: '50%' });
    await page.getByTestId('range-today').click();
    await expect(page).toHaveURL(/range=today/);
    await expect.poll(async () => (await rowNumbers(page, 'call-stats', USER_NAME, ['total'])).total).toBe('5');
    const [englishDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-calls').click()]);
    const englishCsv = await readFile((await englishDownload.path())!, 'utf8');
    expect(englishCsv.startsWith('\uFEFFPeriod;Manager;Calls;Connected;Connect rate;')).toBe(true);
    expect(englishCsv.split('\r\n')).toContain(`Range total;${USER_NAME};5;2;0.4000;185;92.5;4;0;1;0;5;2;1;65`);

    // The tasks table (30 days: the seed gives this manager tasks, and one was just completed) and its CSV agree.
    await page.getByTestId('range-30d').click();
    await expect(page).toHaveURL(/range=30d/);
    const taskColumns = ['created', 'completed', 'completedOnTime', 'overdueNow'] as const;
    const taskRow = await rowNumbers(page, 'task-stats', USER_NAME, taskColumns);
    expect(Number(taskRow.completed)).toBeGreaterThan(0);
    const [tasksDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-tasks').click()]);
    const tasksCsv = (await readFile((await tasksDownload.path())!, 'utf8')).split('\r\n');
    expect(tasksCsv[0]).toBe('\uFEFFPeriod;Manager;Tasks created;Completed;Completed on time;On-time rate;Average time to complete, s;Overdue now');
    const csvRow = tasksCsv.find((line) => line.startsWith(`Range total;${USER_NAME};`))?.split(';');
    expect(csvRow && { created: csvRow[2], completed: csvRow[3], completedOnTime: csvRow[4], overdueNow: csvRow[7] }).toEqual(taskRow);

    expect(consoleProblems).toEqual([]);

    // The dashboard in English.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByTestId('calls-today-total')).toHaveText('5 calls');
    await expect(page.getByRole('heading', { name: 'Cold calls' })).toBeVisible();
    await expect(page.getByTestId('cold-calls-today').locator('dd')).toHaveText('2');
  });

  test('leadership picks a branch and its managers; a range without calls shows the empty states', async ({ page }) => {
    await signInAs(page, 'admin@pulse.demo', '/analytics');
    await expect(page.getByRole('heading', { level: 1, name: 'Аналитика' })).toBeVisible();
    const branch = page.getByTestId('filter-branch');
    await expect(branch.locator('option')).toContainText(['Все филиалы', 'Екатеринбург', 'Краснодар', 'Тюмень']);
    await branch.selectOption({ label: 'Краснодар' });
    await expect(page).toHaveURL(/branch=/);
    // Within Краснодар the manager picker offers its people only.
    const manager = page.getByTestId('filter-manager');
    await expect(manager.locator('option', { hasText: USER_NAME })).toHaveCount(1);
    await expect(manager.locator('option', { hasText: 'Кузнецова Ольга Викторовна' })).toHaveCount(0);

    await page.getByTestId('range-from').fill('2020-01-01');
    await page.getByTestId('range-to').fill('2020-01-31');
    await page.getByTestId('range-apply').click();
    await expect(page).toHaveURL(/from=2020-01-01&to=2020-01-31/);
    await expect(page.getByText('За этот период звонков нет')).toBeVisible();
    await expect(page.getByText('Звонков за период нет')).toBeVisible();
    await expect(page.getByTestId('calls-chart')).toHaveCount(0);
    await expect(page.getByTestId('csv-calls')).toHaveAttribute('href', /from=2020-01-01&to=2020-01-31&.*branchIds=/);
  });
});
