import { expect, test, type Page } from '@playwright/test';

const PASSWORD = 'demo1234';

async function signInAs(page: Page, email: string, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
}

test('an administrator sees the background jobs; a manager may not', async ({ page, browser }) => {
  await signInAs(page, 'admin@pulse.demo', '/admin/jobs');
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Фоновые задачи' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Фоновые задачи' }).or(page.getByRole('link', { name: 'Фоновые задачи' }))).toBeVisible();
  // The browser tests' API runs without the scheduler: the page says so instead of showing an empty table.
  await expect(page.getByTestId('jobs-table').or(page.getByText('Задач пока нет'))).toBeVisible();

  const manager = await browser.newPage();
  await signInAs(manager, 'manager@pulse.demo', '/admin/jobs');
  await expect(manager.getByTestId('jobs-table')).toHaveCount(0);
  await expect(manager.getByText('Фоновые задачи', { exact: true })).toHaveCount(0);
  await manager.close();
});
