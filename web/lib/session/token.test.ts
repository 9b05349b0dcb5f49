import { describe, expect, it } from 'vitest';
// The API's own signer: the web must read exactly what the API issues.
import { signAccessToken } from '../../../api/src/modules/auth/tokens';
import { accessTokenExpiry, needsRefresh } from './token';

const SECRET = 'test-secret';
const EXP = 1_773_180_000; // 2026-03-10T22:00:00Z
const token = (claims: { sid?: string; sub?: string; exp?: unknown }) =>
  `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;

describe('accessTokenExpiry', () => {
  it('reads exp from a token the API signed', () => {
    expect(accessTokenExpiry(signAccessToken({ sid: 's1', sub: 'u1', exp: EXP }, SECRET))).toBe(EXP);
  });

  it('decodes base64url (- and _, no padding) and UTF-8', () => {
    // Payload lengths 1…3 mod 4 exercise the padding; "ё?>" yields - and _ in base64url.
    for (const sid of ['a', 'ab', 'abc', 'ё?>ё?>', 'Сессия №1']) {
      const signed = signAccessToken({ sid, sub: 'u1', exp: EXP }, SECRET);
      expect(accessTokenExpiry(signed)).toBe(EXP);
    }
    expect(signAccessToken({ sid: 'ё?>ё?>', sub: 'u1', exp: EXP }, SECRET)).toMatch(/[-_]/);
  });

  it('reads a fractional exp as it is', () => {
    expect(accessTokenExpiry(token({ exp: 1.5 }))).toBe(1.5);
  });

  it.each([
    ['empty', ''],
    ['no payload', '.signature'],
    ['not base64', '!!!.sig'],
    ['base64 of something that is not JSON', `${Buffer.from('not json').toString('base64url')}.sig`],
    ['JSON null', `${Buffer.from('null').toString('base64url')}.sig`],
    ['a JSON number', `${Buffer.from('42').toString('base64url')}.sig`],
    ['no exp', token({ sid: 's', sub: 'u' })],
    ['exp as a string', token({ exp: String(EXP) })],
    ['exp null', token({ exp: null })],
  ])('%s → null', (_case, value) => {
    expect(accessTokenExpiry(value)).toBeNull();
  });
});

describe('needsRefresh', () => {
  const now = EXP * 1000 - 120_000; // two minutes before expiry
  const valid = signAccessToken({ sid: 's1', sub: 'u1', exp: EXP }, SECRET);

  it('no or unreadable token needs one', () => {
    expect(needsRefresh(undefined, 60, now)).toBe(true);
    expect(needsRefresh('', 60, now)).toBe(true);
    expect(needsRefresh('garbage', 60, now)).toBe(true);
  });

  it('a token with more than the margin left does not', () => {
    expect(needsRefresh(valid, 60, now)).toBe(false);
    expect(needsRefresh(valid, 119, now)).toBe(false);
  });

  it('refreshes within the margin, at its edge, and after expiry', () => {
    expect(needsRefresh(valid, 120, now)).toBe(true);
    expect(needsRefresh(valid, 180, now)).toBe(true);
    expect(needsRefresh(valid, 0, EXP * 1000)).toBe(true);
    expect(needsRefresh(valid, 60, EXP * 1000 + 1)).toBe(true);
  });

  it('uses a one-minute margin by default', () => {
    expect(needsRefresh(valid, undefined, EXP * 1000 - 61_000)).toBe(false);
    expect(needsRefresh(valid, undefined, EXP * 1000 - 60_000)).toBe(true);
  });
});
