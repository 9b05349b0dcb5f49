import { expect, test, type Locator, type Page } from '@playwright/test';

type DemoCompany = { id: string; name: string; inn: string; namePart: string };

async function signInAsManager(page: Page) {
  await page.goto('/login?next=%2Fcompanies');
  await page.locator('input[name="email"]').fill('manager@pulse.demo');
  await page.locator('input[name="password"]').fill('demo1234');
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/companies$/);
}

/** A seeded company with a brand name («…») and an INN, taken from the first page of the list. */
async function pickDemoCompany(page: Page): Promise<DemoCompany> {
  const rows = page.getByTestId('companies-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    const link = row.locator('a[href^="/companies/"]').first();
    const name = (await link.textContent())?.trim() ?? '';
    const inn = (await row.locator('td[data-label="ИНН"]').textContent())?.match(/\d{10,12}/)?.[0];
    const brandWords = name.match(/«(.+)»/)?.[1].match(/[А-Яа-яЁё]{4,}/g) ?? [];
    const longest = brandWords.sort((a, b) => b.length - a.length)[0];
    if (!inn || !longest) continue;
    const id = (await link.getAttribute('href'))!.split('/').pop()!;
    // A word prefix, as someone types it: "Ромашка-Урал" → "ромаш".
    return { id, name, inn, namePart: longest.slice(0, 5).toLowerCase() };
  }
  throw new Error('no company with a brand name and an INN on the first page of the list');
}

/** The hit whose company name is exactly `name` ("ООО «Ромашка»" is not "ООО «Ромашка-Урал»"). */
function hitFor(hits: Locator, name: string): Locator {
  const exactly = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return hits.filter({ has: hits.page().getByTestId('global-search-hit-name').filter({ hasText: exactly }) });
}

/** Presses ↓ until the hit for `name` is the chosen option. */
async function chooseWithArrows(search: Locator, hits: Locator, name: string) {
  const names = await hits.getByTestId('global-search-hit-name').allTextContents();
  const index = names.findIndex((text) => text === name);
  expect(index, `"${name}" among ${JSON.stringify(names)}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step <= index; step += 1) await search.press('ArrowDown');
  await expect(hits.nth(index)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await hits.nth(index).getAttribute('id'))!);
}

test.describe('header search', () => {
  test('finds a company by part of its name and by its INN, with the keyboard and the mouse', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAsManager(page);
    const company = await pickDemoCompany(page);

    // "/" focuses the search from anywhere on the page.
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Поиск компаний' });
    await expect(search).toBeFocused();

    await search.pressSequentially(company.namePart, { delay: 30 });
    const listbox = page.getByRole('listbox', { name: 'Найденные компании' });
    await expect(listbox).toBeVisible();
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    const hits = listbox.getByTestId('global-search-hit');
    const hit = hitFor(hits, company.name);
    await expect(hit).toBeVisible();
    await expect(hits).not.toHaveCount(0);
    expect(await hits.count()).toBeLessThanOrEqual(8);
    // The typed part is marked, and the chip says what matched.
    await expect(hit.locator('mark').first()).toHaveText(new RegExp(company.namePart, 'i'));
    await expect(hit).toContainText('Название');
    await expect(hit).toContainText(company.inn);
    await expect(listbox.getByRole('option', { name: `Все результаты по запросу «${company.namePart}»` })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('search-dropdown-1280.png') });

    await chooseWithArrows(search, hits, company.name);
    await search.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/companies/${company.id}$`));
    await expect(page.getByTestId('company-name')).toHaveText(company.name);
    await expect(search).toHaveValue('');

    // By INN: the chip says «ИНН»; a click opens the company.
    await search.fill(company.inn);
    const innHit = hitFor(hits, company.name);
    await expect(innHit).toBeVisible();
    await expect(innHit.locator('mark').first()).toHaveText(company.inn);
    await expect(innHit).toContainText('ИНН');
    await page.goto('/');
    await search.fill(company.inn);
    await hitFor(hits, company.name).click();
    await expect(page).toHaveURL(new RegExp(`/companies/${company.id}$`));
    await expect(page.getByTestId('company-name')).toHaveText(company.name);

    // Escape closes the list; Enter with nothing chosen opens all results in the company list.
    await search.fill(company.namePart);
    await expect(hits.first()).toBeVisible();
    await search.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await search.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/companies\\?search=${encodeURIComponent(company.namePart)}$`));
    await expect(page.getByTestId('companies-table').getByRole('link', { name: company.name })).toBeVisible();
    await expect(page.getByText('по релевантности')).toBeVisible();

    // Something that matches nothing says so.
    await search.fill('щщщъъъ');
    await expect(page.getByTestId('global-search-status')).toHaveText('Ничего не найдено по запросу «щщщъъъ»');
  });

  test('on a phone the search opens over the whole screen', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signInAsManager(page);
    const company = await pickDemoCompany(page);

    await page.getByTestId('global-search-open').click();
    const search = page.getByRole('combobox', { name: 'Поиск компаний' });
    await expect(search).toBeFocused();
    await search.pressSequentially(company.namePart, { delay: 30 });
    const hit = hitFor(page.getByTestId('global-search-hit'), company.name);
    await expect(hit).toBeVisible();
    const box = await page.getByRole('search', { name: 'Поиск компаний' }).boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 375 });
    await page.screenshot({ path: testInfo.outputPath('search-dropdown-375.png') });

    await hit.click();
    await expect(page).toHaveURL(new RegExp(`/companies/${company.id}$`));
    await expect(page.getByTestId('company-name')).toHaveText(company.name);
    await expect(search).toBeHidden();
  });
});
