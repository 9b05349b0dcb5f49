import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { Metrics, metricsAllowed } from './metrics';

const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('Metrics.operationLabel', () => {
  it('keeps valid names, marks missing ones anonymous and odd ones other', () => {
    const metrics = new Metrics();
    expect(metrics.operationLabel('CompanyPage')).toBe('CompanyPage');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(metrics.operationLabel('drop table; --')).toBe('other');
    expect(metrics.operationLabel('x'.repeat(65))).toBe('other');
  });

  it('gives at most 200 names a series of their own, so clients cannot grow the registry without bound', () => {
    const metrics = new Metrics();
    for (let i = 0; i < 200; i += 1) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    expect(metrics.operationLabel('Op7')).toBe('Op7');
  });
});

describe('metricsAllowed', () => {
  it('with a token: only the exact bearer token, from anywhere', () => {
    const token = 'a-metrics-token-of-some-length';
    expect(metricsAllowed(request('203.0.113.7', { authorization: `Bearer ${token}` }), token)).toBe(true);
    expect(metricsAllowed(request('127.0.0.1'), token)).toBe(false);
    expect(metricsAllowed(request('127.0.0.1', { authorization: `Bearer ${token}x` }), token)).toBe(false);
  });

  it('without a token: direct loopback clients only, not requests a proxy forwarded', () => {
    expect(metricsAllowed(request('127.0.0.1'), undefined)).toBe(true);
    expect(metricsAllowed(request('::1'), undefined)).toBe(true);
    expect(metricsAllowed(request('::ffff:127.0.0.1'), undefined)).toBe(true);
    expect(metricsAllowed(request('10.0.0.5'), undefined)).toBe(false);
    expect(metricsAllowed(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }), undefined)).toBe(false);
    expect(metricsAllowed(request('127.0.0.1', { forwarded: 'for=203.0.113.7' }), undefined)).toBe(false);
  });
});
