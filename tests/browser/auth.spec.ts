import { expect, test, type Page } from '@playwright/test';

const MANAGER = { email: 'manager@pulse.demo', password: 'demo1234' };

async function fillLogin(page: Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
}

test.describe('signing in and out', () => {
  test('a manager signs in to a Russian shell, switches to English and signs out', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { name: 'Вход в Pulse CRM' })).toBeVisible();

    await page.getByLabel('E-mail').fill(MANAGER.email);
    await page.getByLabel('Пароль').fill(MANAGER.password);
    await page.getByRole('button', { name: 'Войти' }).click();

    await expect(page).toHaveURL(/\/$/);
    const nav = page.getByRole('navigation', { name: 'Основная навигация' });
    await expect(nav.getByRole('link', { name: 'Рабочий стол' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Компании' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Мои задачи' })).toBeVisible();
    // Administration is for administrators only.
    await expect(nav.getByRole('link', { name: 'Пользователи' })).toHaveCount(0);
    await expect(page.getByTestId('user-menu')).toContainText('Иванов Алексей Петрович');

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const navEn = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(navEn.getByRole('link', { name: 'Dashboard' })).toBeVisible();
    await expect(navEn.getByRole('link', { name: 'My tasks' })).toBeVisible();
    await expect(navEn.getByRole('link', { name: 'Companies' })).toBeVisible();

    // The choice is kept in the profile; switch back so the next sign-in starts in Russian again.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitemradio', { name: 'Русский' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Выйти', exact: true }).click();
    await expect(page).toHaveURL(/\/login/);

    // Signed out for real: an app page sends us back to the login page.
    await page.goto('/tasks');
    await expect(page).toHaveURL(/\/login\?next=%2Ftasks/);
  });

  test('a wrong password is refused with a message', async ({ page }) => {
    await page.goto('/login');
    await fillLogin(page, MANAGER.email, 'not-the-password');
    await expect(page.getByTestId('login-error')).toContainText('Неверный e-mail или пароль');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.locator('input[name="email"]')).toHaveValue(MANAGER.email);
  });

  test('a manager who opens administration gets a 403 page', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers/);
    await fillLogin(page, MANAGER.email, MANAGER.password);
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByText('403')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Нет доступа' })).toBeVisible();
  });
});
