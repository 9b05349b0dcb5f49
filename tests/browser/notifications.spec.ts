import { expect, test, type Page } from '@playwright/test';

/** User A works in the browser; user B (an administrator) acts through the API, as from another computer. */
const USER_A = 'p.nikitin@pulse.demo';
const USER_B = 'admin@pulse.demo';
const PASSWORD = 'demo1234';

async function apiGql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${process.env.PULSE_API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`API call failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function apiLogin(email: string): Promise<{ token: string; userId: string }> {
  const data = await apiGql<{ login: { accessToken: string; user: { id: string } } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id } } }',
    { email, password: PASSWORD },
  );
  return { token: data.login.accessToken, userId: data.login.user.id };
}

async function assignTask(token: string, assigneeId: string, title: string): Promise<void> {
  await apiGql('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { title, assigneeId } }, token);
}

async function signIn(page: Page, email: string) {
  await page.goto('/login?next=%2Fcompanies');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/companies$/);
}

/** The number on the bell; no badge means nothing unread. */
async function unreadOnBell(page: Page): Promise<number> {
  const badge = page.getByTestId('notification-count');
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

test.describe('live notifications', () => {
  test('a task assigned from elsewhere raises the bell and shows a toast without a reload; marking read resets it', async ({ page }) => {
    const [a, b] = await Promise.all([apiLogin(USER_A), apiLogin(USER_B)]);
    await signIn(page, USER_A);
    const bell = page.getByTestId('notification-bell');
    // The tab's socket is up (connected with the httpOnly cookie; no token in JavaScript).
    await expect(bell).toHaveAttribute('data-live', 'true');
    const before = await unreadOnBell(page);
    // A marker that a reload would wipe out.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    const first = `Позвонить в Ромашку ${Date.now()}`;
    await assignTask(b.token, a.userId, first);
    const toast = page.getByTestId('toast').filter({ hasText: `Новая задача: ${first}` });
    await expect(toast).toBeVisible();
    await expect(toast).toHaveAttribute('role', 'status');
    await expect(page.getByTestId('notification-count')).toHaveText(String(before + 1));
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // The toast opens what it is about and counts as read.
    await toast.getByRole('link').click();
    await expect(page).toHaveURL(/\/tasks$/);
    await expect.poll(() => unreadOnBell(page)).toBe(before);

    const second = `Отправить КП ${Date.now()}`;
    await assignTask(b.token, a.userId, second);
    await expect(page.getByTestId('notification-count')).toHaveText(String(before + 1));

    // The list opens from the keyboard and shows the new notice unread.
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('notification-panel');
    await expect(panel).toBeVisible();
    const item = panel.getByTestId('notification-item').filter({ hasText: second });
    await expect(item).toHaveAttribute('data-unread', 'true');
    await expect(panel.getByTestId('notification-item').filter({ hasText: first })).not.toHaveAttribute('data-unread', 'true');
    await expect(item.getByRole('link')).toHaveAttribute('href', '/tasks');

    await panel.getByTestId('notifications-mark-all').click();
    await expect(page.getByTestId('notification-count')).toHaveCount(0);
    await expect(item).not.toHaveAttribute('data-unread', 'true');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(bell).toBeFocused();

    // The server agrees: a fresh page shows nothing unread.
    await page.reload();
    await expect(page.getByTestId('notification-bell')).toBeVisible();
    await expect(page.getByTestId('notification-count')).toHaveCount(0);
  });

  test('without a socket the count is re-read when the tab regains focus, never on a timer', async ({ page }) => {
    // The socket opens but nothing answers it, as behind a proxy that drops WebSocket upgrades.
    await page.routeWebSocket(/\/graphql$/, () => undefined);
    const [a, b] = await Promise.all([apiLogin(USER_A), apiLogin(USER_B)]);
    await signIn(page, USER_A);
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toBeVisible();
    const before = await unreadOnBell(page);

    await assignTask(b.token, a.userId, `Без сокета ${Date.now()}`);
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) reads.push(request.postData() ?? '');
    });
    await page.waitForTimeout(2_000);
    expect(await unreadOnBell(page)).toBe(before);
    expect(reads).toEqual([]);
    await expect(bell).not.toHaveAttribute('data-live', 'true');

    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(page.getByTestId('notification-count')).toHaveText(String(before + 1));
    await bell.click();
    await expect(page.getByTestId('notifications-offline')).toBeVisible();
  });
});
