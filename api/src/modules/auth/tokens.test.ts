import { describe, expect, it } from 'vitest';
import { signAccessToken, splitRefreshToken, VerifiedTokens, verifyAccessToken } from './tokens';

const secret = 'a'.repeat(32);
const claims = { sid: 's1', sub: 'u1', exp: Math.floor(Date.now() / 1000) + 60 };

describe('access tokens', () => {
  it('round-trips the claims', () => {
    expect(verifyAccessToken(signAccessToken(claims, secret), [secret])).toEqual(claims);
  });

  it('rejects a token signed with another secret, a tampered payload and an expired token', () => {
    const token = signAccessToken(claims, secret);
    expect(verifyAccessToken(token, ['b'.repeat(32)])).toBeNull();
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    expect(verifyAccessToken(`${forged}.${signature}`, [secret])).toBeNull();
    expect(verifyAccessToken(signAccessToken({ ...claims, exp: 1 }, secret), [secret])).toBeNull();
    expect(verifyAccessToken('garbage', [secret])).toBeNull();
  });

  it('still accepts tokens signed with a previous secret after rotation', () => {
    const old = signAccessToken(claims, secret);
    expect(verifyAccessToken(old, ['n'.repeat(32), secret])).toEqual(claims);
  });
});

describe('VerifiedTokens', () => {
  it('remembers a checked signature but still checks expiry on every use', () => {
    const tokens = new VerifiedTokens([secret]);
    const token = signAccessToken(claims, secret);
    expect(tokens.verify(token)).toEqual(claims);
    expect(tokens.verify(token, claims.exp * 1000 - 1)).toEqual(claims);
    expect(tokens.verify(token, claims.exp * 1000)).toBeNull();
  });

  it('remembers nothing about tokens that fail, and stays bounded', () => {
    const tokens = new VerifiedTokens([secret], 2);
    const forged = `${signAccessToken(claims, secret).split('.')[0]}.AAAA`;
    expect(tokens.verify(forged)).toBeNull();
    expect(tokens.verify(forged)).toBeNull();
    const many = [1, 2, 3].map((n) => signAccessToken({ ...claims, sid: `s${n}` }, secret));
    for (const token of many) expect(tokens.verify(token)?.sid).toBe(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).sid);
    expect(tokens.verify(many[2]!)?.sid).toBe('s3');
  });
});

describe('refresh tokens', () => {
  it('splits the session id from the secret', () => {
    expect(splitRefreshToken('sess.abc.def')).toEqual({ sessionId: 'sess', secret: 'abc.def' });
    expect(splitRefreshToken('nodot')).toBeNull();
  });
});
