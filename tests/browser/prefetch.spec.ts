import { expect, test, type Request } from '@playwright/test';

/**
 * Links inside the app are prefetched on intent (web/components/ui/intent-link.tsx), not whenever they scroll into
 * view: every prefetch is a server render the user mostly never asks for (bench:load measured visible-link
 * prefetches tripling the web server's CPU). A production build prefetches; this suite runs against one.
 */
test('links and link buttons are prefetched on hover, not on sight', async ({ page }) => {
  const prefetches: string[] = [];
  // The list's sort links point at /companies itself: told apart by their query.
  const sortPrefetches: string[] = [];
  page.on('request', (request: Request) => {
    const headers = request.headers();
    if (!headers['next-router-prefetch']) return;
    const url = new URL(request.url());
    prefetches.push(url.pathname);
    if (url.searchParams.has('sort')) sortPrefetches.push(url.search);
  });

  await page.goto('/login?next=%2Fcompanies');
  await page.locator('input[name="email"]').fill('manager@pulse.demo');
  await page.locator('input[name="password"]').fill('demo1234');
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByTestId('new-company')).toBeVisible();
  await page.waitForTimeout(1500);
  // Neither the logo's home link, the «new company» button nor the column-sort links fetched anything yet.
  expect(prefetches.filter((path) => path === '/' || path === '/companies/new')).toEqual([]);
  expect(sortPrefetches).toEqual([]);
  await page.getByTestId('sort-NAME').hover();
  await expect.poll(() => sortPrefetches.some((search) => search.includes('sort=NAME')), { timeout: 10_000 }).toBe(true);
  await page.getByTestId('new-company').hover();
  await expect.poll(() => prefetches.includes('/companies/new'), { timeout: 10_000 }).toBe(true);

  await page.locator('table a[href^="/companies/"]').first().click();
  await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}$/);
  const card = new URL(page.url()).pathname;
  await expect(page.getByTestId('company-tab-notes')).toBeVisible();
  // Viewport prefetches start right after the page shows: give them time to (not) happen.
  await page.waitForTimeout(1500);
  expect(prefetches.filter((path) => path.startsWith(`${card}/`))).toEqual([]);
  expect(prefetches).not.toContain('/tasks');

  await page.getByTestId('company-tab-notes').hover();
  await expect.poll(() => prefetches.includes(`${card}/notes`), { timeout: 10_000 }).toBe(true);
  await page.getByTestId('company-tab-notes').click();
  await expect(page).toHaveURL(new RegExp(`${card}/notes$`));

  await page.locator('nav a[href="/tasks"]').first().hover();
  await expect.poll(() => prefetches.includes('/tasks'), { timeout: 10_000 }).toBe(true);
});
