import type { SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../../common/sql';
import type { Company } from './company.entity';

const PHONE_LIKE = /^[\d\s()+\-.]+$/;
const MIN_REQUISITE_DIGITS = 4;
const MIN_PHONE_DIGITS = 5;

/** Digits as they appear inside an E.164 number: a Russian trunk "8" before 10 digits is the country code 7. */
export function phoneDigits(digits: string): string {
  return digits.length === 11 && digits.startsWith('8') ? `7${digits.slice(1)}` : digits;
}

/**
 * The list's interim search box until the dedicated search replaces it: a case-insensitive part of the name
 * (trigram index on lower(name)) or legal name, an INN/OGRN prefix, or phone digits anywhere in an E.164 number.
 */
export function applyCompanySearch(query: SelectQueryBuilder<Company>, text: string): void {
  const search = text.trim();
  if (!search) return;
  const c = query.alias;
  const conditions = [`lower(${c}.name) LIKE lower(:searchText)`, `${c}.legal_name ILIKE :searchText`];
  const params: Record<string, string> = { searchText: `%${escapeLike(search)}%` };
  const digits = search.replace(/\D/g, '');
  if (PHONE_LIKE.test(search) && digits.length >= MIN_REQUISITE_DIGITS) {
    conditions.push(`EXISTS (SELECT 1 FROM unnest(${c}.inns) AS inn WHERE inn LIKE :searchPrefix)`, `${c}.ogrn LIKE :searchPrefix`);
    params.searchPrefix = `${digits}%`;
  }
  if (PHONE_LIKE.test(search) && digits.length >= MIN_PHONE_DIGITS) {
    conditions.push(`EXISTS (SELECT 1 FROM company_phones sp WHERE sp.company_id = ${c}.id AND sp.e164 LIKE :searchPhone)`);
    params.searchPhone = `%${phoneDigits(digits)}%`;
  }
  query.andWhere(`(${conditions.join(' OR ')})`, params);
}
