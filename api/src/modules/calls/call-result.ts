import { UserInputError, isUuid } from '../../common/errors';
import { PhoneFormatError, normalizePhone } from '../../common/validation/phone';
import { CallDirection, CallOutcome } from './call.entity';
import type { CallResultInput } from './call.inputs';

export const MAX_CALL_RESULTS_PER_BATCH = 500;
export const MAX_CALL_DURATION_SECONDS = 24 * 3600;
const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const DEVICE_ID = /^[\x21-\x7e]{1,200}$/;
const NOTE_MAX = 2000;
const PHONE_MAX = 50;
/** Phones' clocks drift; a call "from the future" by more than this is a bug, not drift. */
const CLOCK_SKEW_MS = 10 * 60_000;
/** An offline phone uploads late, but not a year late. */
const OLDEST_MS = 366 * 86_400_000;

/** A reported call after checking: trimmed texts, the E.164 form of the number when it is one. */
export interface CheckedCallResult {
  clientId: string;
  callRequestId: string | null;
  deviceId: string | null;
  companyId: string | null;
  contactId: string | null;
  phone: string;
  phoneE164: string | null;
  direction: CallDirection;
  outcome: CallOutcome;
  startedAt: Date;
  durationSeconds: number;
  isColdCall: boolean;
  note: string | null;
}

const optionalId = (value: string | null | undefined, field: string): string | null => {
  if (value === undefined || value === null || value === '') return null;
  if (!isUuid(value)) throw new UserInputError(field, `${field.split('.').at(-1)} is not an id`);
  return value;
};

/** The E.164 form when the text is a dialable number; service numbers ("900") and hidden callers keep only the text. */
function e164OrNull(phone: string): string | null {
  try {
    return normalizePhone(phone).e164;
  } catch (error) {
    if (error instanceof PhoneFormatError) return null;
    throw error;
  }
}

/** Checks one reported call; `prefix` ("" or "inputs.3.") makes errors name the item of a batch. */
export function checkCallResult(input: CallResultInput, prefix = '', now = Date.now()): CheckedCallResult {
  const field = (name: string) => `${prefix}${name}`;
  const clientId = input.clientId?.trim() ?? '';
  if (!CLIENT_ID.test(clientId)) throw new UserInputError(field('clientId'), 'clientId must be 1–100 of A–Z a–z 0–9 _ . : -');
  const phone = input.phone?.trim() ?? '';
  if (phone.length === 0 || phone.length > PHONE_MAX) throw new UserInputError(field('phone'), `phone must be 1–${PHONE_MAX} characters`);
  if (!Object.values(CallDirection).includes(input.direction)) throw new UserInputError(field('direction'), 'direction is not known');
  if (!Object.values(CallOutcome).includes(input.outcome)) throw new UserInputError(field('outcome'), 'outcome is not known');
  const startedAt = input.startedAt instanceof Date ? input.startedAt : new Date(Number.NaN);
  const started = startedAt.getTime();
  if (Number.isNaN(started) || started > now + CLOCK_SKEW_MS || started < now - OLDEST_MS) {
    throw new UserInputError(field('startedAt'), 'startedAt must be a moment within the last year and not in the future');
  }
  const duration = input.durationSeconds;
  if (!Number.isInteger(duration) || duration < 0 || duration > MAX_CALL_DURATION_SECONDS) {
    throw new UserInputError(field('durationSeconds'), `durationSeconds must be a whole number 0–${MAX_CALL_DURATION_SECONDS}`);
  }
  const note = input.note?.trim() || null;
  if (note && note.length > NOTE_MAX) throw new UserInputError(field('note'), `note must be at most ${NOTE_MAX} characters`);
  const deviceId = input.deviceId?.trim() || null;
  if (deviceId !== null && !DEVICE_ID.test(deviceId)) throw new UserInputError(field('deviceId'), 'deviceId must be 1–200 printable characters');
  return {
    clientId,
    callRequestId: optionalId(input.callRequestId, field('callRequestId')),
    deviceId,
    companyId: optionalId(input.companyId, field('companyId')),
    contactId: optionalId(input.contactId, field('contactId')),
    phone,
    phoneE164: e164OrNull(phone),
    direction: input.direction,
    outcome: input.outcome,
    startedAt,
    durationSeconds: duration,
    isColdCall: input.isColdCall ?? false,
    note,
  };
}

/** A device id and name as the app sends them (registerDevice, exchangePhoneLoginToken). */
export function checkDevice(
  deviceId: string,
  name: string,
  appVersion: string | null | undefined,
  nameField: 'name' | 'deviceName' = 'name',
): { deviceId: string; name: string; appVersion: string | null } {
  const id = deviceId?.trim() ?? '';
  if (!DEVICE_ID.test(id)) throw new UserInputError('deviceId', 'deviceId must be 1–200 printable characters without spaces');
  const cleanName = name?.trim() ?? '';
  if (cleanName.length === 0 || cleanName.length > 200) throw new UserInputError(nameField, `${nameField} must be 1–200 characters`);
  const version = appVersion?.trim() || null;
  if (version && version.length > 50) throw new UserInputError('appVersion', 'appVersion must be at most 50 characters');
  return { deviceId: id, name: cleanName, appVersion: version };
}
