import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
let token: string;
const ids: Record<string, string> = {};

const SEARCH = `query($query: String!, $first: Int) {
  searchCompanies(query: $query, first: $first) { company { id name } score matchedOn highlight }
}`;
const LIST = `query($filter: CompanyFilter, $first: Int, $after: String) {
  companies(filter: $filter, first: $first, after: $after) {
    totalCount totalCountIsEstimate pageInfo { hasNextPage endCursor } edges { node { name } }
  }
}`;

interface Hit {
  company: { id: string; name: string };
  score: number;
  matchedOn: string;
  highlight: string | null;
}

async function search(query: string, first?: number): Promise<Hit[]> {
  const result = await app.gql<{ searchCompanies: Hit[] }>(SEARCH, { query, first }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.searchCompanies;
}
const names = async (query: string) => (await search(query)).map((hit) => hit.company.name);
const top = async (query: string) => (await search(query))[0];

interface Row {
  key: string;
  /** A fixed id where the test needs the company in a given bucket of the word index (search_bucket(): last byte % 64). */
  id?: string;
  name: string;
  legal?: string;
  inns?: string[];
  kpp?: string;
  ogrn?: string;
  address?: string;
  activity?: string;
  website?: string;
  phones?: string[];
  emails?: string[];
  contacts?: Array<{ last: string; first: string; middle?: string; phones?: string[]; emails?: string[] }>;
  activityAt: string;
  branch?: 'ekb' | 'tmn';
}

const ROWS: Row[] = [
  {
    key: 'romashka',
    name: 'Ромашка',
    legal: 'ООО «Ромашка»',
    inns: ['7707083893'],
    kpp: '770701001',
    ogrn: '1027700132195',
    address: 'г. Екатеринбург, ул. Ленина, д. 5',
    activity: 'Оптовая торговля цветами',
    website: 'https://www.romashka.ru/',
    phones: ['+79123456789'],
    emails: ['info@romashka.ru'],
    contacts: [{ last: 'Иванов', first: 'Пётр', middle: 'Сергеевич', phones: ['+73432109876'], emails: ['petrov@romashka-group.ru'] }],
    activityAt: '2026-01-05',
  },
  { key: 'paradise', name: 'Ромашковый Рай', legal: 'ИП Сидорова А. В.', address: 'г. Тюмень, ул. Республики, 10', activityAt: '2026-01-04', branch: 'tmn' },
  { key: 'typo', name: 'Ромошка Трейд', address: 'г. Пермь', activityAt: '2026-01-10' },
  { key: 'warehouse', name: 'Склад 7707', address: 'г. Москва', activityAt: '2026-01-10' },
  { key: 'lenin', name: 'Вектор', legal: 'АО "Вектор Плюс"', address: 'г. Челябинск, пр. Ленина, 1', activityAt: '2026-01-03' },
  { key: 'escaped', name: 'Бета & Гамма <Групп>', activityAt: '2026-01-02' },
  {
    key: 'stroy',
    name: 'УралСтрой',
    legal: 'ПАО "Уральская строительная компания"',
    contacts: [{ last: 'Кузнецова', first: 'Анна' }],
    phones: ['+73432000000'],
    activityAt: '2026-01-01',
  },
  // "лотос" in bucket #0 (…40 = 64) and outside it (…41, …02): the word stage reads bucket #0 first.
  { key: 'lotus', id: '00000000-0000-4000-8000-000000000040', name: 'Лотос', address: 'г. Сургут', activityAt: '2025-12-01' },
  { key: 'lotusPlus', id: '00000000-0000-4000-8000-000000000041', name: 'Лотос Плюс', address: 'г. Сургут', activityAt: '2025-12-09' },
  { key: 'lotusTorg', id: '00000000-0000-4000-8000-000000000080', name: 'ЛотосТорг', activityAt: '2025-12-08' },
  { key: 'lilac', id: '00000000-0000-4000-8000-000000000002', name: 'Сирень', address: 'г. Сургут, ул. Лотосная, 3', activityAt: '2025-12-10' },
  { key: 'willow', name: 'Ива', activityAt: '2025-12-01' },
];

beforeAll(async () => {
  app = await startTestApp('search');
  fx = await createFixtures(app.dataSource);
  token = await app.login('manager@test.pulse');
  for (const row of ROWS) {
    const user = row.branch === 'tmn' ? fx.users.tmnManager : fx.users.manager;
    const [company] = await app.dataSource.query(
      `INSERT INTO companies (id, name, legal_name, inns, kpp, ogrn, address, activity_kind, website, responsible_id, branch_id, last_activity_at)
       VALUES (coalesce($12::uuid, gen_random_uuid()), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [row.name, row.legal ?? null, row.inns ?? [], row.kpp ?? null, row.ogrn ?? null, row.address ?? null, row.activity ?? null,
        row.website ?? null, user.id, user.branchId, row.activityAt, row.id ?? null],
    );
    ids[row.key] = company.id;
    for (const phone of row.phones ?? []) await app.dataSource.query(`INSERT INTO company_phones (company_id, e164, raw) VALUES ($1, $2, $2)`, [company.id, phone]);
    for (const email of row.emails ?? []) await app.dataSource.query(`INSERT INTO company_emails (company_id, email) VALUES ($1, $2)`, [company.id, email]);
    for (const contact of row.contacts ?? []) {
      const [created] = await app.dataSource.query(
        `INSERT INTO contacts (company_id, last_name, first_name, middle_name) VALUES ($1, $2, $3, $4) RETURNING id`,
        [company.id, contact.last, contact.first, contact.middle ?? null],
      );
      ids[`contact:${contact.last}`] = created.id;
      for (const phone of contact.phones ?? []) await app.dataSource.query(`INSERT INTO contact_phones (contact_id, e164, raw) VALUES ($1, $2, $2)`, [created.id, phone]);
      for (const email of contact.emails ?? []) await app.dataSource.query(`INSERT INTO contact_emails (contact_id, email) VALUES ($1, $2)`, [created.id, email]);
    }
  }
});
afterAll(() => app?.close());

describe('searchCompanies finds a company by', () => {
  it.each([
    ['a whole word of the name', 'ромашка', 'Ромашка', 'NAME', 80],
    ['another form of a name word (morphology)', 'ромашки', 'Ромашка', 'NAME', 60],
    ['a word prefix', 'ромаш', 'Ромашка', 'NAME', 70],
    ['the name with a legal form and quotes, which are ignored', 'ООО «Ромашка»', 'Ромашка', 'NAME', 80],
    ['a substring inside a word', 'машка', 'Ромашка', 'NAME', 20],
    ['a word of the legal name', 'уральская', 'УралСтрой', 'LEGAL_NAME', 50],
    ['a word of the address', 'челябинск', 'Вектор', 'ADDRESS', 40],
    ['a word of the activity kind', 'торговля', 'Ромашка', 'ADDRESS', 40],
    ["a contact's last name", 'Кузнецова', 'УралСтрой', 'CONTACT', 30],
    ['the whole INN', '7707083893', 'Ромашка', 'INN', 100],
    ['an INN prefix', '770708', 'Ромашка', 'INN', 90],
    ['the KPP', '770701001', 'Ромашка', 'KPP', 100],
    ['the OGRN', '1027700132195', 'Ромашка', 'OGRN', 100],
    ['a phone in international format', '+7 (912) 345-67-89', 'Ромашка', 'PHONE', 100],
    ['a phone with the trunk 8', '89123456789', 'Ромашка', 'PHONE', 100],
    ['the last 7 digits of a phone', '345-67-89', 'Ромашка', 'PHONE', 95],
    ["a contact's phone", '8 343 210-98-76', 'Ромашка', 'PHONE', 100],
    ['an e-mail', 'info@romashka.ru', 'Ромашка', 'EMAIL', 100],
    ['an e-mail domain', 'romashka-group.ru', 'Ромашка', 'EMAIL', 100],
    ['the website domain', 'www.romashka.ru', 'Ромашка', 'EMAIL', 100],
  ])('%s', async (_label, query, name, matchedOn, score) => {
    expect(await top(query)).toMatchObject({ company: { name }, matchedOn, score });
  });

  it('a typo in the name, below the correct spellings', async () => {
    expect((await search('ромошка')).map((hit) => [hit.company.name, hit.score])).toEqual([
      ['Ромошка Трейд', 80],
      ['Ромашка', 20],
    ]);
  });

  it('finds nothing for an unknown word, and a legal form alone neither helps nor hurts', async () => {
    expect(await names('Омега')).toEqual([]);
    expect(await names('ООО Вектор')).toEqual(await names('Вектор'));
  });
});

describe('ranking', () => {
  it('puts an exact key above a name match', async () => {
    expect((await search('7707')).map((hit) => [hit.company.name, hit.matchedOn])).toEqual([
      ['Ромашка', 'INN'],
      ['Склад 7707', 'NAME'],
    ]);
  });

  it('puts a whole word above another form above a typo', async () => {
    expect((await search('ромашка')).map((hit) => [hit.company.name, hit.score])).toEqual([
      ['Ромашка', 80],
      ['Ромашковый Рай', 60],
      ['Ромошка Трейд', 20],
    ]);
  });

  it('puts name matches above other fields, ties broken by recent activity', async () => {
    expect((await search('ленина')).map((hit) => [hit.company.name, hit.matchedOn])).toEqual([
      ['Ромашка', 'ADDRESS'],
      ['Вектор', 'ADDRESS'],
    ]);
    expect((await search('вектор')).map((hit) => hit.matchedOn)).toEqual(['NAME']);
  });
});

describe('the word index (every prefix of every lexeme, companies in buckets)', () => {
  it('finds a word in bucket #0 and outside it, each company once, ranked by tier then recent activity', async () => {
    expect((await search('лотос')).map((hit) => [hit.company.name, hit.matchedOn, hit.score])).toEqual([
      ['Лотос Плюс', 'NAME', 80],
      ['Лотос', 'NAME', 80],
      ['ЛотосТорг', 'NAME', 70],
      ['Сирень', 'ADDRESS', 40],
    ]);
    expect((await search('лотос', 2)).map((hit) => hit.company.name)).toEqual(['Лотос Плюс', 'Лотос']);
  });

  it('matches every word as a prefix, in any field, and only companies that have all of them', async () => {
    expect((await search('лото сург')).map((hit) => [hit.company.name, hit.score])).toEqual([
      ['Лотос Плюс', 45],
      ['Лотос', 45],
      ['Сирень', 40],
    ]);
    expect(await top('лотосн')).toMatchObject({ company: { name: 'Сирень' }, matchedOn: 'ADDRESS', score: 40 });
    expect(await names('лотос пермь')).toEqual([]);
  });

  it('finds nothing, without reading bucket #0, for a query of stop words only', async () => {
    expect(await names('на')).toEqual([]);
    expect(await names('и на')).toEqual([]);
  });

  it('finds a word whose stem is two letters long ("ива" → ив:*, which also starts the contact Иванов)', async () => {
    expect((await search('ива')).map((hit) => [hit.company.name, hit.matchedOn])).toEqual([
      ['Ива', 'NAME'],
      ['Ромашка', 'CONTACT'],
    ]);
  });
});

describe('highlight', () => {
  it('marks the matching word in the matched field', async () => {
    expect((await top('ромашки')).highlight).toBe('<mark>Ромашка</mark>');
    expect((await top('Кузнецова')).highlight).toBe('<mark>Кузнецова</mark> Анна');
    expect((await top('челябинск')).highlight).toBe('г. <mark>Челябинск</mark>, пр. Ленина, 1');
  });

  it('marks the matched part of a key', async () => {
    expect((await top('7707')).highlight).toBe('<mark>7707</mark>083893');
    expect((await top('345-67-89')).highlight).toBe('+7912<mark>3456789</mark>');
    expect((await top('8 912 345 67 89')).highlight).toBe('+7<mark>9123456789</mark>');
    expect((await top('info@romashka.ru')).highlight).toBe('<mark>info@romashka.ru</mark>');
  });

  it('escapes everything but the mark', async () => {
    expect((await top('бета')).highlight).toBe('<mark>Бета</mark> &amp; Гамма &lt;Групп&gt;');
  });
});

describe('index maintenance', () => {
  const UPDATE = `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id } }`;

  it('follows a changed phone: the old number no longer finds the company, the new one does', async () => {
    const admin = await app.login('admin@test.pulse');
    const result = await app.gql(UPDATE, { id: ids.stroy, input: { phones: [{ value: '+7 343 555-44-33' }] } }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(await names('+7 343 200-00-00')).toEqual([]);
    expect(await names('+7 343 555-44-33')).toEqual(['УралСтрой']);
  });

  it('follows a renamed company and a deleted contact', async () => {
    await app.dataSource.query(`UPDATE companies SET name = 'Ландыш' WHERE id = $1`, [ids.lenin]);
    expect(await names('ландыш')).toEqual(['Ландыш']);
    expect(await names('вектор')).toEqual(['Ландыш']);
    const admin = await app.login('admin@test.pulse');
    const removed = await app.gql(`mutation($id: ID!) { deleteContact(id: $id) }`, { id: ids['contact:Кузнецова'] }, { token: admin });
    expect(removed.errors).toBeUndefined();
    expect(await names('Кузнецова')).toEqual([]);
  });

  it('never finds a soft-deleted company, and the rebuild gives the same index', async () => {
    await app.dataSource.query(`UPDATE companies SET deleted_at = now() WHERE id = $1`, [ids.escaped]);
    expect(await names('бета')).toEqual([]);
    const before = await app.dataSource.query(`SELECT company_id, document::text, name_norm FROM company_search ORDER BY company_id`);
    await app.dataSource.query(`SELECT company_search_rebuild()`);
    expect(await app.dataSource.query(`SELECT company_id, document::text, name_norm FROM company_search ORDER BY company_id`)).toEqual(before);
  });
});

describe('guards', () => {
  it('rejects too short and too long queries and a too large page', async () => {
    expectError(await app.gql(SEARCH, { query: ' р ' }, { token }), 'BAD_USER_INPUT', 'query');
    expectError(await app.gql(SEARCH, { query: 'р'.repeat(101) }, { token }), 'BAD_USER_INPUT', 'query');
    expectError(await app.gql(SEARCH, { query: 'ромашка', first: 51 }, { token }), 'BAD_USER_INPUT', 'first');
    expectError(await app.gql(SEARCH, { query: 'ромашка' }), 'UNAUTHENTICATED');
  });

  it('bounds the results and runs under a statement timeout', async () => {
    expect(await search('г', 1).catch(() => 'rejected')).toBe('rejected');
    expect((await search('ромашка', 1)).map((hit) => hit.company.name)).toEqual(['Ромашка']);
    app.resetQueries();
    await search('ромашка');
    expect(app.queries.some((sql) => /SET LOCAL statement_timeout = '2s'/.test(sql))).toBe(true);
  });
});

describe('companies(filter: { search })', () => {
  const list = async (filter: Record<string, unknown>, first = 20, after?: string) => {
    const result = await app.gql(LIST, { filter, first, after }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.companies;
  };

  it('lists in relevance order with an exact count', async () => {
    const page = await list({ search: 'ромашка' });
    expect(page.edges.map((edge: any) => edge.node.name)).toEqual(['Ромашка', 'Ромашковый Рай', 'Ромошка Трейд']);
    expect(page.totalCount).toBe(3);
    expect(page.totalCountIsEstimate).toBe(false);
  });

  it('pages through the ranked hits and combines them with other filters', async () => {
    const first = await list({ search: 'ромашка' }, 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ search: 'ромашка' }, 2, first.pageInfo.endCursor);
    expect(second.edges.map((edge: any) => edge.node.name)).toEqual(['Ромошка Трейд']);
    const tyumen = await list({ search: 'ромашка', branchId: fx.branches.tmn });
    expect(tyumen.edges.map((edge: any) => edge.node.name)).toEqual(['Ромашковый Рай']);
    expect(tyumen.totalCount).toBe(1);
  });

  it('rejects a search longer than 100 characters', async () => {
    expectError(await app.gql(LIST, { filter: { search: 'р'.repeat(101) } }, { token }), 'BAD_USER_INPUT');
  });
});
