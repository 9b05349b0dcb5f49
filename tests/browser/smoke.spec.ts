import { expect, test } from '@playwright/test';

test('the login page has a password field', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('input[type="password"]')).toBeVisible();
});
