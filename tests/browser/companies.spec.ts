import { expect, test, type Page } from '@playwright/test';

/** 7707083893 passes the INN check digit; changing its last digit breaks it. */
const INN_WITH_BAD_CHECKSUM = '7707083894';
const VALID_INN = '7707083893';

async function signInAsManager(page: Page) {
  await page.goto('/login?next=%2Fcompanies');
  await page.locator('input[name="email"]').fill('manager@pulse.demo');
  await page.locator('input[name="password"]').fill('demo1234');
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/companies$/);
}

async function switchLanguage(page: Page, language: 'English' | 'Русский') {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitemradio', { name: language }).click();
}

test.describe('companies', () => {
  test('a manager creates a company, fixes a bad INN, finds, edits and works it', async ({ page }) => {
    test.setTimeout(180_000);
    const tag = Date.now().toString(36);
    const name = `Ромашка ${tag}`;
    const renamed = `Ромашка-Урал ${tag}`;

    await signInAsManager(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Компании' })).toBeVisible();
    await page.getByTestId('new-company').click();
    await expect(page).toHaveURL(/\/companies\/new$/);

    // The server rejects the INN: the message sits at the INN field and everything typed stays.
    const form = page.getByTestId('company-form');
    await form.getByRole('textbox', { name: 'Название', exact: true }).fill(name);
    await form.getByRole('textbox', { name: 'Юридическое название' }).fill(`ООО «${name}»`);
    await form.getByRole('textbox', { name: 'ИНН', exact: true }).fill(INN_WITH_BAD_CHECKSUM);
    await form.getByRole('textbox', { name: 'КПП' }).fill('667101001');
    await form.getByRole('textbox', { name: 'Номер 1' }).fill('+7 912 345-67-89');
    await form.getByRole('textbox', { name: 'Адрес', exact: true }).fill('Екатеринбург, ул. Ленина, 1');
    await form.getByTestId('company-save').click();

    const inn = form.getByRole('textbox', { name: 'ИНН', exact: true });
    await expect(inn).toHaveAttribute('aria-invalid', 'true');
    await expect(inn).toHaveAccessibleDescription(/контрольн/i);
    await expect(page).toHaveURL(/\/companies\/new$/);
    await expect(form.getByRole('textbox', { name: 'Название', exact: true })).toHaveValue(name);
    await expect(form.getByRole('textbox', { name: 'Юридическое название' })).toHaveValue(`ООО «${name}»`);
    await expect(form.getByRole('textbox', { name: 'КПП' })).toHaveValue('667101001');
    await expect(form.getByRole('textbox', { name: 'Номер 1' })).toHaveValue('+7 912 345-67-89');
    await expect(inn).toHaveValue(INN_WITH_BAD_CHECKSUM);

    await inn.fill(VALID_INN);
    await form.getByTestId('company-save').click();
    await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('company-name')).toHaveText(name);
    await expect(page.getByTestId('toast').filter({ hasText: name })).toBeVisible();
    await expect(page.getByText(VALID_INN).first()).toBeVisible();

    // The list finds it by a word of its name.
    await page.getByRole('link', { name: 'Компании' }).first().click();
    await expect(page).toHaveURL(/\/companies$/);
    await page.getByTestId('company-search').fill(tag);
    await page.getByTestId('company-search').press('Enter');
    await expect(page).toHaveURL(new RegExp(`search=${tag}`));
    const table = page.getByTestId('companies-table');
    await expect(table.getByRole('link', { name })).toBeVisible();
    await expect(table.getByText(VALID_INN)).toBeVisible();
    await expect(table.getByText('+7 912 345-67-89')).toBeVisible();
    await table.getByRole('link', { name }).click();
    await expect(page.getByTestId('company-name')).toHaveText(name);

    // Edit: the new name shows on the company page.
    await page.getByTestId('edit-company').click();
    await expect(page).toHaveURL(/\/edit$/);
    await expect(form.getByRole('textbox', { name: 'ИНН', exact: true })).toHaveValue(VALID_INN);
    await form.getByRole('textbox', { name: 'Название', exact: true }).fill(renamed);
    await form.getByTestId('company-save').click();
    await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('company-name')).toHaveText(renamed);

    // A contact with a phone.
    await page.getByTestId('company-tab-contacts').click();
    await expect(page).toHaveURL(/\/contacts$/);
    await page.getByTestId('add-contact').click();
    const contactForm = page.getByTestId('contact-form');
    await contactForm.getByRole('textbox', { name: 'Фамилия' }).fill('Смирнова');
    await contactForm.getByRole('textbox', { name: 'Имя', exact: true }).fill('Мария');
    await contactForm.getByRole('textbox', { name: 'Должность' }).fill('Главный инженер');
    await contactForm.getByRole('textbox', { name: 'Номер 1' }).fill('8 (343) 222-33-44');
    await contactForm.getByTestId('contact-save').click();
    await expect(page.getByTestId('contact-dialog')).toBeHidden();
    const contact = page.getByTestId('contact-item').filter({ hasText: 'Смирнова Мария' });
    await expect(contact).toBeVisible();
    await expect(contact).toContainText('+7 343 222-33-44');
    await expect(contact.getByRole('link', { name: '+7 343 222-33-44' })).toHaveAttribute('href', 'tel:+73432223344');

    // A note.
    await page.getByTestId('company-tab-notes').click();
    await expect(page).toHaveURL(/\/notes$/);
    const noteText = `Договорились о встрече во вторник (${tag})`;
    await page.getByTestId('note-composer').getByRole('textbox').fill(noteText);
    await page.getByTestId('note-submit').click();
    await expect(page.getByTestId('note-item').filter({ hasText: noteText })).toBeVisible();
    await expect(page.getByTestId('note-composer').getByRole('textbox')).toHaveValue('');

    // A task for the company, then completed from the company page.
    await page.getByTestId('company-tab-tasks').click();
    await expect(page).toHaveURL(/\/tasks$/);
    const taskTitle = `Позвонить по КП ${tag}`;
    await page.getByTestId('add-company-task').click();
    const taskForm = page.getByTestId('create-task-form');
    await taskForm.getByRole('textbox', { name: 'Что сделать' }).fill(taskTitle);
    await taskForm.locator('button[type="submit"]').click();
    const task = page.getByTestId('task-row').filter({ hasText: taskTitle });
    await expect(task).toBeVisible();
    await task.getByTestId('task-complete').click();
    const completeDialog = page.getByTestId('complete-task-dialog');
    await completeDialog.getByRole('textbox').fill('Отправили КП');
    await completeDialog.getByTestId('complete-submit').click();
    await expect(page.getByTestId('task-row').filter({ hasText: taskTitle })).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('task-row').filter({ hasText: taskTitle })).toHaveCount(0);

    // The history tells what happened, in words.
    await page.getByTestId('company-tab-history').click();
    await expect(page.getByTestId('history-list')).toContainText('Иванов Алексей Петрович');
    await expect(page.getByTestId('history-list')).toContainText(renamed);

    // English: the company page speaks it too.
    await page.getByTestId('company-tab-details').click();
    await switchLanguage(page, 'English');
    await expect(page.getByTestId('company-tab-details')).toHaveText('Details');
    await expect(page.getByTestId('edit-company')).toHaveText('Edit');
    await expect(page.getByTestId('company-tab-contacts')).toContainText('Contacts');
    await expect(page.getByText('Legal name')).toBeVisible();
    await expect(page.getByTestId('company-name')).toHaveText(renamed);

    // Back to Russian: the profile remembers the language for the next sign-in.
    await switchLanguage(page, 'Русский');
    await expect(page.getByTestId('company-tab-details')).toHaveText('Реквизиты');
  });

  test('an unknown company is a friendly 404', async ({ page }) => {
    await signInAsManager(page);
    await page.goto('/companies/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { name: 'Компания не найдена' })).toBeVisible();
    await page.getByRole('link', { name: 'К списку компаний' }).click();
    await expect(page).toHaveURL(/\/companies$/);
  });

  test('filters live in the URL and an empty result offers a reset', async ({ page }) => {
    await signInAsManager(page);
    await page.getByTestId('company-search').fill('нет-такой-компании-zzz');
    await page.getByTestId('company-search').press('Enter');
    await expect(page.getByRole('heading', { name: 'Компаний не найдено' })).toBeVisible();
    await page.getByRole('link', { name: 'Сбросить фильтры' }).click();
    await expect(page).toHaveURL(/\/companies$/);
    await expect(page.getByTestId('companies-table')).toBeVisible();

    await page.getByTestId('sort-NAME').click();
    await expect(page).toHaveURL(/sort=NAME&dir=ASC/);
  });

  test('the list hydrates without errors; rows are ticked one by one or all at once for a bulk transfer', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await signInAsManager(page);
    const table = page.getByTestId('companies-table');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    // Each row: its card link, a tickable box (or a disabled one with the reason), the phone's call button.
    await expect(table.locator('tbody a[href^="/companies/"]').first()).toBeVisible();
    await expect(table.getByTestId('call-button').first()).toBeVisible();
    const enabled = table.locator('[data-testid="company-select"]:not([disabled])');
    await expect(enabled.first()).toBeVisible();
    const label = await enabled.first().getAttribute('aria-label');
    expect(label).toMatch(/^Выбрать «.+»$/);

    await enabled.first().check();
    await expect(page.getByTestId('bulk-bar')).toContainText('Выбрана 1 компания');
    await page.getByTestId('company-select-all').check();
    const count = await enabled.count();
    await expect(enabled.nth(count - 1)).toBeChecked();
    await page.getByRole('button', { name: 'Снять выбор' }).click();
    await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
    await expect(enabled.first()).not.toBeChecked();
    expect(errors.filter((text) => /hydrat|did not match/i.test(text))).toEqual([]);
  });
});
