import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { checkCallResult, checkDevice } from './call-result';
import { CallDirection, CallOutcome } from './call.entity';
import type { CallResultInput } from './call.inputs';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const valid = (overrides: Partial<CallResultInput> = {}): CallResultInput => ({
  clientId: 'call-1',
  phone: ' 8 (912) 345-67-89 ',
  direction: CallDirection.OUTGOING,
  outcome: CallOutcome.CONNECTED,
  startedAt: new Date(NOW - 60_000),
  durationSeconds: 42,
  ...overrides,
});

const fieldOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AppError) return `${error.code}:${String(error.extensions.field)}`;
    throw error;
  }
};

describe('checkCallResult', () => {
  it('trims, normalises the number to E.164 and fills defaults', () => {
    expect(checkCallResult(valid(), '', NOW)).toEqual({
      clientId: 'call-1',
      callRequestId: null,
      deviceId: null,
      companyId: null,
      contactId: null,
      phone: '8 (912) 345-67-89',
      phoneE164: '+79123456789',
      direction: 'OUTGOING',
      outcome: 'CONNECTED',
      startedAt: new Date(NOW - 60_000),
      durationSeconds: 42,
      isColdCall: false,
      note: null,
    });
  });

  it('keeps a number that is not dialable (a short service number, a hidden caller) without E.164', () => {
    expect(checkCallResult(valid({ phone: '900' }), '', NOW).phoneE164).toBeNull();
  });

  it.each([
    [{ clientId: '' }, 'BAD_USER_INPUT:inputs.2.clientId'],
    [{ clientId: 'has space' }, 'BAD_USER_INPUT:inputs.2.clientId'],
    [{ clientId: 'x'.repeat(101) }, 'BAD_USER_INPUT:inputs.2.clientId'],
    [{ phone: '' }, 'BAD_USER_INPUT:inputs.2.phone'],
    [{ phone: '1'.repeat(51) }, 'BAD_USER_INPUT:inputs.2.phone'],
    [{ direction: 'SIDEWAYS' as CallDirection }, 'BAD_USER_INPUT:inputs.2.direction'],
    [{ outcome: 'MAYBE' as CallOutcome }, 'BAD_USER_INPUT:inputs.2.outcome'],
    [{ startedAt: new Date(NOW + 11 * 60_000) }, 'BAD_USER_INPUT:inputs.2.startedAt'],
    [{ startedAt: new Date(NOW - 367 * 86_400_000) }, 'BAD_USER_INPUT:inputs.2.startedAt'],
    [{ startedAt: new Date(Number.NaN) }, 'BAD_USER_INPUT:inputs.2.startedAt'],
    [{ durationSeconds: -1 }, 'BAD_USER_INPUT:inputs.2.durationSeconds'],
    [{ durationSeconds: 1.5 }, 'BAD_USER_INPUT:inputs.2.durationSeconds'],
    [{ durationSeconds: 86_401 }, 'BAD_USER_INPUT:inputs.2.durationSeconds'],
    [{ note: 'x'.repeat(2001) }, 'BAD_USER_INPUT:inputs.2.note'],
    [{ deviceId: 'a b' }, 'BAD_USER_INPUT:inputs.2.deviceId'],
    [{ companyId: 'nope' }, 'BAD_USER_INPUT:inputs.2.companyId'],
    [{ contactId: '123' }, 'BAD_USER_INPUT:inputs.2.contactId'],
    [{ callRequestId: 'x' }, 'BAD_USER_INPUT:inputs.2.callRequestId'],
    [{ startedAt: new Date(NOW + 5 * 60_000), durationSeconds: 86_400 }, null],
  ])('%j → %s', (overrides, expected) => {
    expect(fieldOf(() => checkCallResult(valid(overrides), 'inputs.2.', NOW))).toBe(expected);
  });
});

describe('checkDevice', () => {
  it.each([
    [['pixel-8', 'Pixel 8', '1.2.3', 'name'], null],
    [['', 'Pixel', null, 'name'], 'BAD_USER_INPUT:deviceId'],
    [['with space', 'Pixel', null, 'name'], 'BAD_USER_INPUT:deviceId'],
    [['p', ' ', null, 'name'], 'BAD_USER_INPUT:name'],
    [['p', ' ', null, 'deviceName'], 'BAD_USER_INPUT:deviceName'],
    [['p', 'Pixel', 'v'.repeat(51), 'name'], 'BAD_USER_INPUT:appVersion'],
  ] as const)('%j → %s', ([deviceId, name, version, field], expected) => {
    expect(fieldOf(() => checkDevice(deviceId, name, version, field))).toBe(expected);
  });
});
