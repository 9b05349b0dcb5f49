import { describe, expect, it } from 'vitest';
import { createLogger, maskPhone } from './logger';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, stream: { write: (line: string) => void lines.push(JSON.parse(line)) } };
}

describe('logger', () => {
  it('redacts credentials, cookies and personal contact data', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).info(
      {
        password: 'hunter2',
        token: 'abc',
        input: { refreshToken: 'r', phone: '+79123456789', email: 'ivanov@romashka.ru' },
        req: { headers: { authorization: 'Bearer xyz', cookie: 'pulse_at=1' } },
        variables: { password: 'x' },
        companyId: 'kept',
      },
      'login attempt',
    );
    expect(lines[0]).toMatchObject({
      password: '[redacted]',
      token: '[redacted]',
      input: { refreshToken: '[redacted]', phone: '[redacted]', email: '[redacted]' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]' } },
      variables: '[redacted]',
      companyId: 'kept',
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/hunter2|xyz|79123456789|romashka/);
  });

  it('masks the middle of a phone number', () => {
    expect(maskPhone('+79123456789')).toBe('+7912***6789');
    expect(maskPhone('+7912')).toBe('***');
  });
});
