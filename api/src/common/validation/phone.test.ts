import { describe, expect, it } from 'vitest';
import { isPlausiblePhone, normalizePhone, PhoneFormatError } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['+7 (912) 345-67-89', '+79123456789', null],
    ['89123456789', '+79123456789', null],
    ['8-912-345-67-89', '+79123456789', null],
    ['7 912 345 67 89', '+79123456789', null],
    ['9123456789', '+79123456789', null],
    ['  +79123456789  ', '+79123456789', null],
    ['8 (343) 123-45-67', '+73431234567', null],
    ['+7 (3452) 12-34-56', '+73452123456', null],
    ['8 (861) 234-56-78', '+78612345678', null],
    ['+7 351 123 45 67', '+73511234567', null],
    ['8 800 555-35-35', '+78005553535', null],
    ['+7 912 345-67-89 доб. 123', '+79123456789', '123'],
    ['+7 (343) 123-45-67, доб 4501', '+73431234567', '4501'],
    ['+7 912 345-67-89 ext 12', '+79123456789', '12'],
    ['+7 912 345-67-89 x7', '+79123456789', '7'],
    ['+44 20 7946 0958', '+442079460958', null],
    ['+375 29 123-45-67', '+375291234567', null],
    ['+1 (212) 555-0123', '+12125550123', null],
    ['8 10 44 20 7946 0958', '+442079460958', null],
  ])('%s → %s ext %s', (raw, e164, extension) => {
    expect(normalizePhone(raw)).toEqual({ e164, raw: raw.trim(), extension });
  });

  it('parses a national number for another default region', () => {
    expect(normalizePhone('020 7946 0958', 'GB').e164).toBe('+442079460958');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12345', 'too few digits'],
    ['+7 (912) 345-67-8', 'too few digits'],
    ['+7 (912) 345-67-899', 'wrong number of digits'],
    ['+7 (012) 345-67-89', 'no such area or operator code'],
    ['abc', 'not a phone number'],
    ['+7 912 345-67-89 abc', 'not a phone number'],
    ['++79123456789', 'not a phone number'],
    ['+999 123456', 'country code is missing or unknown'],
    ['+7 912 345-67-89 доб. 12345678901', 'extension longer than 10 digits'],
    ['8'.repeat(65), 'longer than 64 characters'],
  ])('rejects %j: %s', (raw, reason) => {
    let thrown: unknown;
    try {
      normalizePhone(raw);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PhoneFormatError);
    expect((thrown as PhoneFormatError).reason).toBe(reason);
    expect((thrown as PhoneFormatError).input).toBe(raw);
  });
});

describe('isPlausiblePhone', () => {
  it.each([
    ['+7 (912) 345-67-89', true],
    ['8 (343) 123-45-67', true],
    ['12345', false],
    ['телефон', false],
    ['', false],
  ])('%j → %s', (raw, expected) => {
    expect(isPlausiblePhone(raw)).toBe(expected);
  });
});
