import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { generateInn10, generateInn12, generateKpp, generateOgrn, generateOgrnip } from '../../src/common/validation/requisites';
import { createRandom, type Random } from '../../src/seed/random';
import * as ru from '../../src/seed/russian-data';

/** One fixed benchmark query: what kind of search it exercises and the text typed. */
export interface BenchQuery {
  kind: string;
  query: string;
}

const CHUNK = 10_000;
const BRANCH_CODES: ru.BranchCode[] = ['EKB', 'TMN', 'KRD'];

/** COPY text format: backslash, tab and line breaks escaped, NULL as \N, arrays as {a,b}. */
function field(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
export const line = (values: Array<string | null | undefined>) => `${values.map(field).join('\t')}\n`;

export function e164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `+${digits.length === 11 && digits.startsWith('8') ? `7${digits.slice(1)}` : digits}`;
}

export async function copy(client: Client, table: string, columns: string[], rows: string[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    stream.end(rows.join(''));
  });
}

/** Word-level query variants the way people type them. */
function wordsOf(name: string): string[] {
  return name.split(/[^А-Яа-яЁёA-Za-z0-9]+/).filter((word) => word.length >= 4);
}
function otherForm(word: string): string {
  return word.endsWith('а') ? `${word.slice(0, -1)}ы` : `${word}а`;
}
function typo(word: string, random: Random): string {
  const at = random.int(1, word.length - 2);
  const replacement = word[at] === 'о' ? 'а' : 'о';
  return word.slice(0, at) + replacement + word.slice(at + 1);
}

interface Generated {
  companies: number;
  contacts: number;
  queries: BenchQuery[];
}

/**
 * Companies, contacts, phones and e-mails with realistic Russian names, addresses and valid requisites, loaded
 * with COPY in chunks of CHUNK companies; the search triggers are off for this session (rebuild afterwards).
 * Every `companies / samples`-th company also yields one query of each kind.
 */
export async function generateDataset(
  client: Client,
  options: {
    companies: number;
    responsibleId: string;
    branchId: string;
    samples: number;
    log: (message: string) => void;
    /** Spread the companies over these owners (bench:load) instead of the one responsible/branch above. */
    owners?: ReadonlyArray<{ responsibleId: string; branchId: string }>;
  },
): Promise<Generated> {
  const random = createRandom(20_261_124);
  const rng = () => random.next();
  const queries: BenchQuery[] = [];
  const sampleEvery = Math.max(1, Math.floor(options.companies / options.samples));
  const activityBase = Date.parse('2026-01-01T00:00:00Z');
  let contactsTotal = 0;
  await client.query(`SET pulse.search_triggers = 'off'`);

  for (let start = 0; start < options.companies; start += CHUNK) {
    const rows = { companies: [] as string[], phones: [] as string[], emails: [] as string[], contacts: [] as string[], contactPhones: [] as string[], contactEmails: [] as string[] };
    for (let index = start; index < Math.min(options.companies, start + CHUNK); index += 1) {
      const id = randomUUID();
      const city = random.pick(ru.CITIES);
      const branch = random.pick(BRANCH_CODES);
      const form = random.weighted(ru.LEGAL_FORMS.map((f) => [f, f.weight] as const));
      const owner = form.isIndividual ? ru.makePerson(random) : null;
      const brand = ru.makeBrand(random);
      const name = owner ? `${owner.lastName} ${owner.firstName[0]}. ${owner.middleName[0]}.` : brand;
      const legalName = owner ? `ИП ${ru.fullName(owner)}` : `${form.short} «${brand}»`;
      const taxOffice = random.pick(city.taxOffices);
      const inn = owner ? generateInn12(rng, taxOffice) : generateInn10(rng, taxOffice);
      const kpp = owner ? null : generateKpp(rng, taxOffice);
      const ogrn = owner ? generateOgrnip(rng) : generateOgrn(rng);
      const address = ru.makeAddress(random, city);
      const activity = random.chance(0.85) ? random.pick(ru.ACTIVITIES)[0] : null;
      const domain = owner ? null : ru.companyDomain(random, brand);
      const lastActivity = new Date(activityBase - random.int(0, 400 * 86_400) * 1000).toISOString();
      // Owners are taken in turn, not drawn, so the search benchmark's random sequence stays the same.
      const holder = options.owners ? options.owners[index % options.owners.length]! : options;
      rows.companies.push(line([id, name, legalName, `{${inn}}`, kpp, ogrn, address, activity, domain ? `https://${domain}` : null, holder.responsibleId, holder.branchId, lastActivity]));
      const phones = Array.from({ length: random.int(1, 2) }, () => (random.chance(0.7) ? ru.cityPhone(random, city) : ru.mobilePhone(random, branch)));
      for (const phone of phones) rows.phones.push(line([id, e164(phone), phone]));
      const emails = domain ? [ru.companyEmail(random, domain)] : [];
      for (const email of emails) rows.emails.push(line([id, email]));

      const people = Array.from({ length: random.int(0, 4) }, () => ru.makePerson(random));
      const contactPhones: string[] = [];
      for (const person of people) {
        const contactId = randomUUID();
        rows.contacts.push(line([contactId, id, person.lastName, person.firstName, person.middleName]));
        if (random.chance(0.7)) {
          const phone = ru.mobilePhone(random, branch);
          contactPhones.push(phone);
          rows.contactPhones.push(line([contactId, e164(phone), phone]));
        }
        if (random.chance(0.5)) rows.contactEmails.push(line([contactId, ru.personEmail(random, person, domain)]));
      }
      contactsTotal += people.length;

      if (index % sampleEvery === 0) {
        const word = wordsOf(name)[0] ?? name;
        const long = [...wordsOf(brand)].sort((a, b) => b.length - a.length)[0] ?? brand;
        const digits = e164(phones[0]!).slice(2);
        queries.push(
          { kind: 'name word', query: word },
          { kind: 'name prefix', query: word.slice(0, Math.max(3, Math.min(5, word.length - 1))) },
          { kind: 'word form', query: otherForm(word) },
          { kind: 'two words', query: `${word} ${city.name}` },
          { kind: 'legal form + name', query: legalName },
          { kind: 'INN', query: inn },
          { kind: 'INN prefix', query: inn.slice(0, 6) },
          { kind: 'OGRN', query: ogrn },
          { kind: 'phone +7', query: `+7 (${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}` },
          { kind: 'phone 8', query: `8${digits}` },
          { kind: 'phone last 7', query: `${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}` },
        );
        if (long.length >= 6) {
          queries.push({ kind: 'typo', query: typo(long.toLowerCase(), random) }, { kind: 'substring', query: long.toLowerCase().slice(1, 7) });
        }
        if (kpp) queries.push({ kind: 'KPP', query: kpp });
        if (emails[0]) queries.push({ kind: 'e-mail', query: emails[0] }, { kind: 'domain', query: domain! });
        if (people[0]) queries.push({ kind: 'contact name', query: `${people[0].lastName} ${people[0].firstName}` });
        if (contactPhones[0]) queries.push({ kind: 'contact phone', query: contactPhones[0] });
      }
    }
    await copy(client, 'companies', ['id', 'name', 'legal_name', 'inns', 'kpp', 'ogrn', 'address', 'activity_kind', 'website', 'responsible_id', 'branch_id', 'last_activity_at'], rows.companies);
    await copy(client, 'company_phones', ['company_id', 'e164', 'raw'], rows.phones);
    await copy(client, 'company_emails', ['company_id', 'email'], rows.emails);
    await copy(client, 'contacts', ['id', 'company_id', 'last_name', 'first_name', 'middle_name'], rows.contacts);
    await copy(client, 'contact_phones', ['contact_id', 'e164', 'raw'], rows.contactPhones);
    await copy(client, 'contact_emails', ['contact_id', 'email'], rows.contactEmails);
    if ((start / CHUNK) % 10 === 9 || start + CHUNK >= options.companies) {
      options.log(`  ${Math.min(options.companies, start + CHUNK).toLocaleString('en')} companies, ${contactsTotal.toLocaleString('en')} contacts loaded`);
    }
  }
  await client.query(`RESET pulse.search_triggers`);
  return { companies: options.companies, contacts: contactsTotal, queries };
}
