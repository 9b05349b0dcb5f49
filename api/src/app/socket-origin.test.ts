import { describe, expect, it } from 'vitest';
import { cookieSocketAllowed, originOf } from './socket-origin';

describe('originOf', () => {
  it.each([
    ['https://crm.example.ru', 'https://crm.example.ru'],
    ['https://crm.example.ru/', 'https://crm.example.ru'],
    ['HTTPS://CRM.Example.RU:443/path', 'https://crm.example.ru'],
    ['http://localhost:3100', 'http://localhost:3100'],
    ['not a url', null],
  ])('%s → %s', (value, expected) => {
    expect(originOf(value)).toBe(expected);
  });
});

describe('cookieSocketAllowed', () => {
  const webOrigin = 'https://crm.example.ru';
  it.each([
    ['https://crm.example.ru', true],
    ['HTTPS://CRM.EXAMPLE.RU', true],
    ['https://evil.example', false],
    ['https://crm.example.ru.evil.example', false],
    ['http://crm.example.ru', false],
    ['null', false],
    [undefined, true],
  ])('origin %s → %s', (origin, expected) => {
    expect(cookieSocketAllowed(origin, webOrigin)).toBe(expected);
  });
});
