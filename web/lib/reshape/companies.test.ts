import { describe, expect, it } from 'vitest';
import { formatPhone, grammaticalGender, localDate, localDateAsDate, shortName, telHref, websiteLink } from './companies';

describe('formatPhone', () => {
  it.each([
    ['Russian mobile', '+79123456789', '+7 912 345-67-89'],
    ['Russian landline', '+73431234567', '+7 343 123-45-67'],
    ['Kazakh number (+7)', '+77012345678', '+7 701 234-56-78'],
    ['already formatted E.164 input', '+7 (912) 345-67-89', '+7 912 345-67-89'],
    ['a two-digit country code (Germany)', '+4930123456', '+49 301 234 56'],
    ['a one-digit country code other than 7 (USA)', '+12025550123', '+1 202 555 012 3'],
    ['a three-digit country code (Belarus)', '+375291234567', '+375 291 234 567'],
    ['a three-digit country code (Uzbekistan)', '+998901234567', '+998 901 234 567'],
    ['a three-digit country code (Kyrgyzstan)', '+996555123456', '+996 555 123 456'],
    ['a two-digit country code (China)', '+8613812345678', '+86 138 123 456 78'],
  ])('%s', (_case, e164, expected) => {
    expect(formatPhone(e164)).toBe(expected);
  });

  it.each([
    ['no plus: not E.164', '89123456789'],
    ['too short to be a number', '+7912345'],
    ['empty', ''],
    ['an extension-like local number', '1234'],
  ])('comes back unchanged when %s', (_case, value) => {
    expect(formatPhone(value)).toBe(value);
  });
});

describe('telHref', () => {
  it('dials the E.164 number', () => {
    expect(telHref('+79123456789')).toBe('tel:+79123456789');
    expect(telHref('+79123456789', null)).toBe('tel:+79123456789');
    expect(telHref('+79123456789', '')).toBe('tel:+79123456789');
  });

  it('adds the extension after a pause', () => {
    expect(telHref('+73431234567', '123')).toBe('tel:+73431234567,123');
  });
});

describe('grammaticalGender', () => {
  it.each([
    ['Иванова Мария Сергеевна', 'female'],
    ['Иванов Алексей Петрович', 'male'],
    ['Кузьмина Анна Ильинична', 'female'],
    ['Лукин Пётр Ильич', 'male'],
    ['Алиева Лейла Рашид кызы', 'female'],
    ['Алиев Рашид Ильхам оглы', 'male'],
    // The patronymic outranks a surname that looks the other way.
    ['Дурново Ольга Павловна', 'female'],
    ['Толстая Анна', 'female'],
    ['Королёва', 'female'],
    ['Вишневская Елена', 'female'],
    ['Долгих Сергей', 'male'],
    ['  ИВАНОВА   МАРИЯ  ', 'female'],
    ['', 'male'],
    ['John Smith', 'male'],
  ])('%s → %s', (name, expected) => {
    expect(grammaticalGender(name)).toBe(expected);
  });
});

describe('websiteLink', () => {
  it.each([
    ['example.ru', 'https://example.ru', 'example.ru'],
    ['example.ru/', 'https://example.ru/', 'example.ru'],
    ['http://example.ru', 'http://example.ru', 'example.ru'],
    ['HTTPS://Example.ru/about/', 'HTTPS://Example.ru/about/', 'Example.ru/about'],
  ])('%s', (website, href, label) => {
    expect(websiteLink(website)).toEqual({ href, label });
  });

  it('never links to another scheme (javascript:, data:) — anything but http(s) becomes an https host', () => {
    expect(websiteLink('javascript:alert(1)').href).toBe('https://javascript:alert(1)');
    expect(websiteLink('data:text/html,x').href.startsWith('https://')).toBe(true);
  });
});

describe('localDate', () => {
  it.each([
    ['2026-05-31', '2026-05-31'],
    ['2026-05-31T00:00:00.000Z', '2026-05-31'],
  ])('%j → %j', (value, expected) => {
    expect(localDate(value)).toBe(expected);
  });

  it.each([null, undefined, 20260531, '31.05.2026', '', {}])('%j → null', (value) => {
    expect(localDate(value)).toBeNull();
  });
});

describe('localDateAsDate', () => {
  it('is noon UTC: the same calendar day in UTC (as callers format it) and in zones up to UTC+11', () => {
    const date = localDateAsDate('2026-05-31');
    expect(date.toISOString()).toBe('2026-05-31T12:00:00.000Z');
    for (const timeZone of ['UTC', 'Europe/Kaliningrad', 'Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Magadan', 'America/Los_Angeles']) {
      expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(date)).toBe('2026-05-31');
    }
  });
});

describe('shortName', () => {
  it.each([
    ['Иванов Алексей Петрович', 'Иванов А. П.'],
    ['Иванов Алексей', 'Иванов А.'],
    ['  Иванов   Алексей  ', 'Иванов А.'],
    ['Иванов', 'Иванов'],
    ['  Иванов ', 'Иванов'],
    ['Алиев Рашид Ильхам оглы', 'Алиев Рашид Ильхам оглы'],
    ['', ''],
    // One letter even when it is outside the Basic Multilingual Plane.
    ['Smith 𝓙ohn', 'Smith 𝓙.'],
  ])('%j → %j', (name, expected) => {
    expect(shortName(name)).toBe(expected);
  });
});
