import { expect, test, type Page } from '@playwright/test';

async function signInAsManager(page: Page) {
  await page.goto('/login?next=%2Ftasks');
  await page.locator('input[name="email"]').fill('manager@pulse.demo');
  await page.locator('input[name="password"]').fill('demo1234');
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/tasks$/);
}

test.describe('my tasks', () => {
  test('completing an open task takes it off the open list', async ({ page }) => {
    await signInAsManager(page);
    const rows = page.getByTestId('task-list').getByTestId('task-row');
    await expect(rows.first()).toBeVisible();
    const task = rows.filter({ has: page.getByTestId('task-complete') }).first();
    const id = await task.getAttribute('data-task-id');
    const title = (await task.getByTestId('task-title').textContent())?.trim() ?? '';
    expect(id).toBeTruthy();

    await task.getByTestId('task-complete').click();
    const dialog = page.getByTestId('complete-task-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox').fill('Договорились о встрече в четверг');
    await dialog.getByTestId('complete-submit').click();

    await expect(page.locator(`[data-task-id="${id}"]`)).toHaveCount(0);
    await expect(page.getByTestId('toast').filter({ hasText: title })).toBeVisible();

    await page.getByTestId('task-view-done').click();
    await expect(page).toHaveURL(/view=done/);
    const done = page.locator(`[data-task-id="${id}"]`);
    await expect(done).toBeVisible();
    await expect(done).toContainText('Договорились о встрече в четверг');
  });

  test('rescheduling an overdue task to tomorrow moves it to the coming week', async ({ page }) => {
    await signInAsManager(page);
    await page.getByTestId('task-view-overdue').click();
    await expect(page).toHaveURL(/view=overdue/);
    const task = page.getByTestId('task-row').filter({ has: page.getByTestId('task-reschedule') }).first();
    await expect(task).toBeVisible();
    const id = await task.getAttribute('data-task-id');

    await task.getByTestId('task-reschedule').click();
    const dialog = page.getByTestId('reschedule-task-dialog');
    await dialog.getByTestId('reschedule-quick-tomorrow').click();
    await expect(dialog.locator('input[name="dueAt"]')).toHaveValue(/T10:00$/);
    await dialog.getByTestId('reschedule-submit').click();

    await expect(page.locator(`[data-task-id="${id}"]`)).toHaveCount(0);
    await page.getByTestId('task-view-week').click();
    await expect(page).toHaveURL(/view=week/);
    const moved = page.locator(`[data-task-id="${id}"]`);
    await expect(moved).toBeVisible();
    await expect(moved.getByTestId('task-due')).toContainText('10:00');
  });
});
