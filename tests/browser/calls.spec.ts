import { expect, test, type Page } from '@playwright/test';
import { PhoneSim } from '../../tools/phone-sim/phone-sim.mjs';

/** A manager with the reference phone client (tools/phone-sim) standing in for his Android phone. */
const USER = 'a.sokolov@pulse.demo';
const PASSWORD = 'demo1234';

async function signIn(page: Page, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.locator('input[name="email"]').fill(USER);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByTestId('login-form').locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

/** Signs the phone in the way a person does: the QR code's link from the Connect phone page. */
async function connectPhone(page: Page, phone: PhoneSim): Promise<void> {
  await page.getByTestId('phone-qr-generate').click();
  await expect(page.getByTestId('phone-qr').locator('svg')).toBeVisible();
  await expect(page.getByTestId('phone-qr-countdown')).toContainText(/[45]:\d\d/);
  const link = (await page.getByTestId('phone-qr-url').textContent())?.trim() ?? '';
  expect(link).toContain('#token=');
  await phone.loginWithQrToken(link);
  // The page hears of the phone at once: the spent code goes, the phone is named, the device list shows it.
  await expect(page.getByTestId('phone-connected')).toContainText(phone.deviceName);
  await expect(page.getByTestId('phone-qr')).toHaveCount(0);
  await expect(page.getByTestId('phone-devices')).toContainText(phone.deviceName);
  const connected = new Promise<void>((resolve) => phone.once('connected', () => resolve()));
  await phone.start();
  await connected;
}

async function companyWithPhone(phone: PhoneSim): Promise<{ id: string; e164: string }> {
  const data = await phone.request<{ companies: { edges: { node: { id: string; phones: { e164: string }[] } }[] } }>(
    '{ companies(first: 50) { edges { node { id phones { e164 } } } } }',
  );
  const company = data.companies.edges.map((edge) => edge.node).find((node) => node.phones.length > 0);
  if (!company) throw new Error('the seed has no company with a phone');
  return { id: company.id, e164: company.phones[0]!.e164 };
}

test.describe('click-to-call', () => {
  let phone: PhoneSim | null = null;
  test.afterEach(async () => {
    await phone?.stop();
    phone = null;
  });

  test('"call" goes to the phone, which dials and reports; the page shows the outcome and the call log live', async ({ page }) => {
    await signIn(page, '/phone');
    // A talk time of its own, so that this call is told apart from those of earlier runs on the same company.
    const durationSeconds = 60 + (Date.now() % 540);
    const talkTime = `${Math.floor(durationSeconds / 60)}:${String(durationSeconds % 60).padStart(2, '0')}`;
    phone = new PhoneSim({ url: process.env.PULSE_API_URL!, deviceId: `pw-${Date.now()}`, deviceName: 'Pixel (test)', dialMs: 1500, outcome: 'CONNECTED', durationSeconds });
    const dialled = new Promise<{ phoneE164: string }>((resolve) => phone!.once('dialing', resolve));
    await connectPhone(page, phone);
    const company = await companyWithPhone(phone);

    await page.goto(`/companies/${company.id}/channels`);
    const target = page.locator(`[data-testid="call-control"][data-phone="${company.e164}"]`).first();
    await expect(target).toBeVisible();
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await target.getByTestId('call-button').click();

    const status = target.getByTestId('call-status');
    await expect(status).toHaveAttribute('data-status', 'DIALING');
    expect((await dialled).phoneE164).toBe(company.e164);
    await expect(status).toHaveAttribute('data-status', 'CONNECTED');
    await expect(status).toHaveText(`Разговор · ${talkTime}`);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // The company's Calls tab lists it, and a call the phone reports meanwhile appears without a reload.
    await page.getByTestId('company-tab-calls').click();
    await expect(page).toHaveURL(new RegExp(`/companies/${company.id}/calls$`));
    const calls = page.getByTestId('company-call');
    await expect(calls.filter({ hasText: talkTime })).toHaveCount(1);
    const before = await calls.count();
    await phone.record({ phone: company.e164, companyId: company.id, direction: 'INCOMING', outcome: 'NO_ANSWER', durationSeconds: 0 });
    await expect(calls).toHaveCount(before + 1);
    // A call that arrives live takes its place by start time: this one, just now, on top.
    await expect(calls.first()).toContainText('Не ответили');
    await expect(calls.first().getByRole('img', { name: 'Входящий' })).toBeVisible();
  });
});
