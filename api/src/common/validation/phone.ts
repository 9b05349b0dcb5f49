import { type CountryCode, ParseError, parsePhoneNumberWithError, validatePhoneNumberLength } from 'libphonenumber-js/max';

/** The raw column is varchar(64); anything longer is not a phone number someone typed. */
const MAX_RAW_LENGTH = 64;
/** The extension column is varchar(10). */
const MAX_EXTENSION_LENGTH = 10;

export interface NormalizedPhone {
  /** "+79123456789" */
  e164: string;
  /** The text as the user typed it, trimmed. */
  raw: string;
  /** Digits after "доб.", "ext", "x" or "#", or null. */
  extension: string | null;
}

/** Thrown for text that is not a dialable phone number; `reason` is a short English sentence for the user. */
export class PhoneFormatError extends Error {
  override readonly name = 'PhoneFormatError';

  constructor(readonly reason: string, readonly input: string) {
    super(`Invalid phone number: ${reason}`);
  }
}

const parseErrorReasons: Record<string, string> = {
  NOT_A_NUMBER: 'not a phone number',
  INVALID_COUNTRY: 'country code is missing or unknown',
  TOO_SHORT: 'too few digits',
  TOO_LONG: 'too many digits',
  INVALID_LENGTH: 'wrong number of digits',
};

/**
 * Parses a phone number as Russian users write it ("8 (343) 123-45-67", "+7 912 345-67-89 доб. 123") or any
 * international number with "+". Uses the "max" metadata: the smaller sets accept any length-plausible number,
 * the max set knows the real Russian mobile and landline ranges, so typos in the area code are caught.
 */
export function normalizePhone(raw: string, defaultRegion: CountryCode = 'RU'): NormalizedPhone {
  const text = raw.trim();
  if (!text) throw new PhoneFormatError('empty', raw);
  if (text.length > MAX_RAW_LENGTH) throw new PhoneFormatError(`longer than ${MAX_RAW_LENGTH} characters`, raw);

  let parsed;
  try {
    // extract: false — the whole text must be the number, so "+7 912 345-67-89 abc" is rejected, not trimmed.
    parsed = parsePhoneNumberWithError(text, { defaultCountry: defaultRegion, extract: false });
  } catch (error) {
    if (error instanceof ParseError) throw new PhoneFormatError(parseErrorReasons[error.message] ?? 'not a phone number', raw);
    throw error;
  }
  if (!parsed.isValid()) {
    const lengthProblem = validatePhoneNumberLength(text, { defaultCountry: defaultRegion });
    throw new PhoneFormatError(lengthProblem ? parseErrorReasons[lengthProblem] : 'no such area or operator code', raw);
  }

  const extension = parsed.ext ?? null;
  if (extension && extension.length > MAX_EXTENSION_LENGTH) {
    throw new PhoneFormatError(`extension longer than ${MAX_EXTENSION_LENGTH} digits`, raw);
  }
  return { e164: parsed.number, raw: text, extension };
}

export function isPlausiblePhone(raw: string, defaultRegion: CountryCode = 'RU'): boolean {
  try {
    normalizePhone(raw, defaultRegion);
    return true;
  } catch (error) {
    if (error instanceof PhoneFormatError) return false;
    throw error;
  }
}
