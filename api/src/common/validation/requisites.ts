/**
 * Russian company requisites: INN (taxpayer number), KPP (registration reason code) and OGRN/OGRNIP (state
 * registration number), checked by the Federal Tax Service's published check-digit rules.
 */

/** A source of uniform numbers in [0, 1), e.g. Math.random or the seed's mulberry32. */
export type Rng = () => number;

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

const KPP_PATTERN = /^\d{4}[\dA-Z]{2}\d{3}$/;

function checkDigit(digits: string, weights: number[]): number {
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  return (sum % 11) % 10;
}

function isDigits(value: string, ...lengths: number[]): boolean {
  return /^\d+$/.test(value) && lengths.includes(value.length);
}

/** The two INN check digits for an individual's 10-digit body. */
function inn12CheckDigits(body: string): string {
  const eleventh = checkDigit(body, INN12_WEIGHTS_11);
  const twelfth = checkDigit(body + eleventh, INN12_WEIGHTS_12);
  return `${eleventh}${twelfth}`;
}

function ogrnCheckDigit(body: string): string {
  // The body has 12 or 14 digits: past Number.MAX_SAFE_INTEGER, so BigInt.
  const modulus = body.length === 12 ? 11n : 13n;
  return String((BigInt(body) % modulus) % 10n);
}

/** Why `value` is not an INN, or null when it is one: 10 digits for an organisation, 12 for an individual. */
export function innError(value: string): string | null {
  if (!isDigits(value, 10, 12)) return 'must be 10 or 12 digits';
  // The first two digits are the region's code; there is no region 00, so "0000000000" is a placeholder.
  if (value.startsWith('00')) return 'region code 00 does not exist';
  const valid =
    value.length === 10
      ? checkDigit(value, INN10_WEIGHTS) === Number(value[9])
      : inn12CheckDigits(value.slice(0, 10)) === value.slice(10);
  return valid ? null : 'checksum does not match';
}

/** Why `value` is not a KPP, or null: 4 digits (tax office), 2 digits or capital Latin letters (reason), 3 digits. */
export function kppError(value: string): string | null {
  if (value.length !== 9) return 'must be 9 characters';
  if (!KPP_PATTERN.test(value)) return 'must be 4 digits, 2 digits or capital Latin letters, 3 digits';
  return null;
}

/** Why `value` is not an OGRN (13 digits, organisation) or OGRNIP (15 digits, individual entrepreneur), or null. */
export function ogrnError(value: string): string | null {
  if (!isDigits(value, 13, 15)) return 'must be 13 or 15 digits';
  const body = value.slice(0, -1);
  return ogrnCheckDigit(body) === value.slice(-1) ? null : 'checksum does not match';
}

export function isValidInn(value: string): boolean {
  return innError(value) === null;
}

export function isValidKpp(value: string): boolean {
  return kppError(value) === null;
}

export function isValidOgrn(value: string): boolean {
  return ogrnError(value) === null;
}

function randomDigits(rng: Rng, count: number): string {
  let digits = '';
  for (let i = 0; i < count; i += 1) digits += Math.floor(rng() * 10);
  return digits;
}

/** A region code 01–99 unless `prefix` (a region code or a 4-digit tax office code) is given. */
function taxOfficePrefix(rng: Rng, prefix?: string): string {
  if (prefix !== undefined) {
    if (!/^\d{2}(\d{2})?$/.test(prefix) || prefix.startsWith('00')) {
      throw new RangeError(`prefix must be a region code (2 digits) or a tax office code (4 digits), got "${prefix}"`);
    }
    return prefix;
  }
  return String(1 + Math.floor(rng() * 99)).padStart(2, '0');
}

/** A valid random organisation INN, starting with `prefix` (region or tax office code) when given. */
export function generateInn10(rng: Rng, prefix?: string): string {
  const start = taxOfficePrefix(rng, prefix);
  const body = start + randomDigits(rng, 9 - start.length);
  return body + checkDigit(body, INN10_WEIGHTS);
}

/** A valid random individual's INN, starting with `prefix` (region or tax office code) when given. */
export function generateInn12(rng: Rng, prefix?: string): string {
  const start = taxOfficePrefix(rng, prefix);
  const body = start + randomDigits(rng, 10 - start.length);
  return body + inn12CheckDigits(body);
}

/** A plausible KPP: the tax office code (random unless given), reason 01 (head office) and a sequence number. */
export function generateKpp(rng: Rng, taxOffice?: string): string {
  const office = taxOffice ?? taxOfficePrefix(rng) + randomDigits(rng, 2);
  if (!/^\d{4}$/.test(office)) throw new RangeError(`taxOffice must be 4 digits, got "${office}"`);
  return `${office}01${String(1 + Math.floor(rng() * 3)).padStart(3, '0')}`;
}

function registrationYear(rng: Rng): string {
  return String(2 + Math.floor(rng() * 23)).padStart(2, '0');
}

/** A valid random OGRN of an organisation: sign 1, year, region, 7 digits, check digit. */
export function generateOgrn(rng: Rng, regionCode?: string): string {
  const region = taxOfficePrefix(rng, regionCode).slice(0, 2);
  const body = `1${registrationYear(rng)}${region}${randomDigits(rng, 7)}`;
  return body + ogrnCheckDigit(body);
}

/** A valid random OGRNIP of an individual entrepreneur: sign 3, year, region, 9 digits, check digit. */
export function generateOgrnip(rng: Rng, regionCode?: string): string {
  const region = taxOfficePrefix(rng, regionCode).slice(0, 2);
  const body = `3${registrationYear(rng)}${region}${randomDigits(rng, 9)}`;
  return body + ogrnCheckDigit(body);
}
