import type { ContractType, EmailType, PhoneType } from '@/lib/gql/graphql';

export const PHONE_TYPES: readonly PhoneType[] = ['WORK', 'WORK_DIRECT', 'MOBILE', 'HOME', 'FAX', 'OTHER'];
export const EMAIL_TYPES: readonly EmailType[] = ['WORK', 'PERSONAL', 'OTHER'];
export const CONTRACT_TYPES: readonly ContractType[] = ['FRAME', 'TENDER', 'LEGAL', 'INDIVIDUAL'];

/**
 * Country calling codes of one or two digits (ITU-T E.164 zones); every other code has three digits, e.g.
 * +375 (Belarus), +998 (Uzbekistan).
 */
const SHORT_COUNTRY_CODE = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;

/**
 * An E.164 number as people read it: Russian and Kazakh numbers (+7, ten digits) as `+7 912 345-67-89`,
 * others as the country code, then the rest in groups of three. Anything that is not E.164 comes back unchanged.
 */
export function formatPhone(e164: string): string {
  const digits = e164.replace(/[^\d]/g, '');
  if (!e164.startsWith('+') || digits.length < 8) return e164;
  if (digits.length === 11 && digits.startsWith('7')) {
    return `+7 ${digits.slice(1, 4)} ${digits.slice(4, 7)}-${digits.slice(7, 9)}-${digits.slice(9)}`;
  }
  const codeLength = SHORT_COUNTRY_CODE.exec(digits)?.[0].length ?? 3;
  const groups = digits.slice(codeLength).match(/.{1,3}/g) ?? [];
  return `+${digits.slice(0, codeLength)} ${groups.join(' ')}`;
}

/** `tel:` target, with the extension as a pause so phones dial it after the line connects. */
export function telHref(e164: string, extension?: string | null): string {
  return extension ? `tel:${e164},${extension}` : `tel:${e164}`;
}

/**
 * Grammatical gender of a Russian full name ("Иванова Мария Сергеевна"), for verbs in past tense
 * ("изменил" / "изменила"). The patronymic decides when there is one, else the surname's ending.
 */
export function grammaticalGender(fullName: string): 'female' | 'male' {
  const words = fullName.trim().toLowerCase().split(/\s+/);
  for (const word of words) {
    if (/(вна|чна|кызы)$/.test(word)) return 'female';
    if (/(вич|ьич|оглы)$/.test(word)) return 'male';
  }
  const surname = words[0] ?? '';
  return /(ова|ева|ёва|ина|ына|ская|цкая|ая)$/.test(surname) ? 'female' : 'male';
}

/** The host of a website as people write it ("example.ru"), and an absolute URL to open it. */
export function websiteLink(website: string): { href: string; label: string } {
  const href = /^https?:\/\//i.test(website) ? website : `https://${website}`;
  const label = website.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return { href, label };
}

/** A LocalDate the API sends as "2026-05-31" (the generated type is unknown until the scalar is mapped). */
export function localDate(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/**
 * A calendar date as a Date at noon UTC. Format it with `timeZone: 'UTC'`: noon UTC is still the same day from
 * UTC−11 to UTC+11, but already the next one in Kamchatka (UTC+12).
 */
export function localDateAsDate(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}


/** "Иванов Алексей Петрович" → "Иванов А. П." for tight places; other shapes come back as they are. */
export function shortName(fullName: string): string {
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  if (!surname || rest.length === 0 || rest.length > 2) return fullName.trim();
  return `${surname} ${rest.map((word) => `${Array.from(word)[0] ?? ''}.`).join(' ')}`;
}
