import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
const tokens: Record<string, string> = {};

const CARD = `id name legalName inns inn kpp ogrn address website activityKind employeeCount workingHours timeZone contractType
  contractEndDate contractAmount isColdCall source externalId customFields updatedAt lastActivityAt
  responsible { id } branch { code } status { name } spheres { name } region { name } headCompany { name }
  phones { id e164 raw extension type comment isColdCall } emails { id email type comment }`;
const CREATE = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { ${CARD} viewerCanEdit viewerCanTransfer viewerCanDelete } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { ${CARD} } }`;
const COMPANY = `query($id: ID!) { company(id: $id) { ${CARD} viewerCanEdit viewerCanTransfer viewerCanDelete } }`;
const LIST = `query($filter: CompanyFilter, $orderBy: CompanyOrder, $first: Int, $after: String) {
  companies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }
  }
}`;
const TRANSFER = `mutation($ids: [ID!]!, $to: ID!) {
  transferCompanies(ids: $ids, toUserId: $to) { companyId ok error { code message } company { id responsible { id } branch { code } } }
}`;

async function create(token: string, input: Record<string, unknown>) {
  const result = await app.gql(CREATE, { input }, { token });
  if (!result.data?.createCompany) throw new Error(`createCompany failed: ${JSON.stringify(result.errors)}`);
  return result.data.createCompany;
}

const read = async (id: string) => (await app.gql(COMPANY, { id }, { token: tokens.admin })).data?.company;
const auditCount = async () => Number((await app.dataSource.query(`SELECT count(*) AS n FROM audit_events`))[0].n);

beforeAll(async () => {
  app = await startTestApp('companies');
  fx = await createFixtures(app.dataSource);
  for (const key of ['admin', 'director', 'head', 'manager', 'other', 'tmn-director']) {
    tokens[key] = await app.login(`${key}@test.pulse`);
  }
});
afterAll(() => app?.close());

describe('companies list', () => {
  const ids: Record<string, string> = {};
  let regions: { ural: string; siberia: string };

  beforeAll(async () => {
    const [ural] = await app.dataSource.query(`INSERT INTO regions (name, branch_id) VALUES ('Урал', $1) RETURNING id`, [fx.branches.ekb]);
    const [siberia] = await app.dataSource.query(`INSERT INTO regions (name, branch_id) VALUES ('Сибирь', $1) RETURNING id`, [fx.branches.tmn]);
    regions = { ural: ural.id, siberia: siberia.id };
    const u = fx.users;
    // Timestamps with microseconds, several in one millisecond and some equal: cursors must neither skip nor repeat.
    const rows = [
      { key: 'alpha', name: 'Альфа Строй', legal: 'ООО "Альфа Строй"', inns: ['7707083893'], resp: u.manager, status: fx.statuses.new, spheres: [fx.spheres.construction], contract: 'FRAME', ends: '2026-03-01', cold: false, region: regions.ural, phone: '+73431234567', ts: '2026-01-10 10:00:00.123456+00' },
      { key: 'beta', name: 'бета Софт', legal: 'АО Бета', inns: ['500100732259'], resp: u.otherManager, status: fx.statuses.client, spheres: [fx.spheres.it], contract: 'TENDER', ends: '2026-06-30', cold: true, region: null, phone: '+79123456789', ts: '2026-01-10 10:00:00.123789+00' },
      { key: 'gamma', name: 'Гамма', legal: null, inns: [], resp: u.tmnManager, status: null, spheres: [], contract: 'LEGAL', ends: null, cold: false, region: regions.siberia, phone: null, ts: '2026-01-10 10:00:00.123001+00' },
      { key: 'delta', name: 'Дельта', legal: null, inns: [], resp: u.manager, status: fx.statuses.client, spheres: [fx.spheres.construction, fx.spheres.it], contract: null, ends: '2025-12-31', cold: true, region: null, phone: null, ts: '2026-01-09 08:00:00.5+00' },
      { key: 'epsilon', name: 'Эпсилон', legal: null, inns: [], resp: u.head, status: null, spheres: [], contract: 'INDIVIDUAL', ends: '2027-01-01', cold: false, region: null, phone: null, ts: '2026-01-11 12:00:00+00' },
      { key: 'alphaCentre', name: 'альфа-Центр', legal: null, inns: [], resp: u.manager, status: null, spheres: [], contract: null, ends: null, cold: false, region: null, phone: null, ts: '2026-01-10 10:00:00.123456+00' },
    ];
    for (const row of rows) {
      const [company] = await app.dataSource.query(
        `INSERT INTO companies (name, legal_name, inns, responsible_id, branch_id, status_id, contract_type, contract_end_date, is_cold_call,
           region_id, created_at, updated_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $11) RETURNING id`,
        [row.name, row.legal, row.inns, row.resp.id, row.resp.branchId, row.status, row.contract, row.ends, row.cold, row.region, row.ts],
      );
      ids[row.key] = company.id;
      for (const sphere of row.spheres) await app.dataSource.query(`INSERT INTO company_spheres VALUES ($1, $2)`, [company.id, sphere]);
      if (row.phone) await app.dataSource.query(`INSERT INTO company_phones (company_id, e164, raw) VALUES ($1, $2, $2)`, [company.id, row.phone]);
    }
    await app.dataSource.query(`INSERT INTO companies (name, responsible_id, branch_id, deleted_at) VALUES ('Альфа Удалённая', $1, $2, now())`, [
      u.manager.id,
      u.manager.branchId,
    ]);
  });

  const names = async (filter: Record<string, unknown>) => {
    const result = await app.gql(LIST, { filter, first: 50, orderBy: { field: 'NAME', direction: 'ASC' } }, { token: tokens.manager });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    expect(result.data.companies.totalCount).toBe(result.data.companies.edges.length);
    return result.data.companies.edges.map((edge: any) => edge.node.name);
  };

  it.each([
    ['a part of the name, any case', { search: 'АЛЬФА' }, ['Альфа Строй', 'альфа-Центр']],
    ['a part of the legal name', { search: 'ао бет' }, ['бета Софт']],
    ['an INN prefix', { search: '7707' }, ['Альфа Строй']],
    ['a 12-digit INN prefix', { search: '5001007' }, ['бета Софт']],
    ['phone digits', { search: '3431234' }, ['Альфа Строй']],
    ['a phone written with the trunk 8', { search: '8 (912) 345-67-89' }, ['бета Софт']],
    ['nothing', { search: 'Омега' }, []],
  ])('searches by %s', async (_label, filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });

  it('filters by each field', async () => {
    const u = fx.users;
    expect(await names({ responsibleId: u.manager.id })).toEqual(['Альфа Строй', 'альфа-Центр', 'Дельта']);
    expect(await names({ branchId: fx.branches.tmn })).toEqual(['Гамма']);
    expect(await names({ statusId: fx.statuses.client })).toEqual(['бета Софт', 'Дельта']);
    expect(await names({ sphereId: fx.spheres.it })).toEqual(['бета Софт', 'Дельта']);
    expect(await names({ contractType: 'TENDER' })).toEqual(['бета Софт']);
    expect(await names({ isColdCall: true })).toEqual(['бета Софт', 'Дельта']);
    expect(await names({ isColdCall: false, branchId: fx.branches.ekb })).toEqual(['Альфа Строй', 'альфа-Центр', 'Эпсилон']);
    expect(await names({ regionId: regions.ural })).toEqual(['Альфа Строй']);
    expect(await names({ contractEndsBefore: '2026-03-01' })).toEqual(['Альфа Строй', 'Дельта']);
    expect(await names({ responsibleId: u.manager.id, sphereId: fx.spheres.construction, search: 'дель' })).toEqual(['Дельта']);
    expectError(await app.gql(LIST, { filter: { statusId: 'nope' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'filter.statusId');
  });

  it('never lists soft-deleted companies', async () => {
    expect(await names({ search: 'Удалённая' })).toEqual([]);
  });

  const pageThrough = async (orderBy: Record<string, string>, first: number) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const result: any = await app.gql(LIST, { orderBy, first, after }, { token: tokens.manager });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      seen.push(...result.data.companies.edges.map((edge: any) => edge.node.name));
      expect(result.data.companies.totalCount).toBe(6);
      if (!result.data.companies.pageInfo.hasNextPage) return seen;
      after = result.data.companies.pageInfo.endCursor;
    }
    throw new Error('more pages than rows');
  };

  it.each([
    ['NAME', 'ASC', ['Альфа Строй', 'альфа-Центр', 'бета Софт', 'Гамма', 'Дельта', 'Эпсилон']],
    ['NAME', 'DESC', ['Эпсилон', 'Дельта', 'Гамма', 'бета Софт', 'альфа-Центр', 'Альфа Строй']],
    ['CONTRACT_END_DATE', 'ASC', ['Дельта', 'Альфа Строй', 'бета Софт', 'Эпсилон', '*', '*']],
    ['UPDATED_AT', 'DESC', ['Эпсилон', 'бета Софт', '*', '*', 'Гамма', 'Дельта']],
    ['CREATED_AT', 'ASC', ['Дельта', 'Гамма', '*', '*', 'бета Софт', 'Эпсилон']],
    ['LAST_ACTIVITY_AT', 'DESC', ['Эпсилон', 'бета Софт', '*', '*', 'Гамма', 'Дельта']],
  ])('sorts by %s %s and pages with cursors without gaps or repeats', async (field, direction, expected) => {
    const single = await pageThrough({ field, direction }, 50);
    expect(single.map((name, index) => (expected[index] === '*' ? '*' : name))).toEqual(expected);
    // Ties (equal sort values) are broken by id, the same way on every page.
    for (const size of [1, 2, 4]) expect(await pageThrough({ field, direction }, size)).toEqual(single);
  });

  it('sorts by the last update, newest first, unless told otherwise', async () => {
    const result = await app.gql(LIST, { first: 2 }, { token: tokens.manager });
    expect(result.data?.companies.edges.map((edge: any) => edge.node.name)).toEqual(['Эпсилон', 'бета Софт']);
    expectError(await app.gql(LIST, { first: 101 }, { token: tokens.manager }), 'BAD_USER_INPUT', 'first');
    expectError(await app.gql(LIST, { after: 'garbage' }, { token: tokens.manager }), 'BAD_USER_INPUT', 'after');
  });

  afterAll(async () => {
    await app.dataSource.query(`DELETE FROM company_phones`);
    await app.dataSource.query(`DELETE FROM companies`);
  });
});

describe('creating a company', () => {
  it('stores normalised values, defaults the responsible user and branch, and audits the creation', async () => {
    const company = await create(tokens.manager, {
      name: '  ООО «Ромашка»  ',
      legalName: 'Общество с ограниченной ответственностью «Ромашка»',
      inns: ['7707083893', '500100732259'],
      kpp: '773601001',
      ogrn: '1027700132195',
      address: 'Екатеринбург, ул. Ленина, 1',
      website: 'romashka.ru',
      employeeCount: 120,
      timeZone: 'Asia/Yekaterinburg',
      statusId: fx.statuses.new,
      sphereIds: [fx.spheres.it, fx.spheres.construction],
      contractType: 'FRAME',
      contractEndDate: '2026-12-31',
      contractAmount: 150000.5,
      customFields: { amoStage: 'lead' },
      phones: [
        { value: '+7 (912) 345-67-89', type: 'MOBILE', comment: 'директор' },
        { value: '8 (343) 123-45-67 доб. 12' },
      ],
      emails: [{ email: 'info@romashka.ru' }],
    });
    expect(company).toMatchObject({
      name: 'ООО «Ромашка»',
      inn: '7707083893',
      inns: ['7707083893', '500100732259'],
      kpp: '773601001',
      ogrn: '1027700132195',
      employeeCount: 120,
      contractEndDate: '2026-12-31',
      contractAmount: 150000.5,
      isColdCall: false,
      customFields: { amoStage: 'lead' },
      responsible: { id: fx.users.manager.id },
      branch: { code: 'EKB' },
      status: { name: 'Новый' },
      spheres: [{ name: 'Строительство' }, { name: 'IT' }],
      viewerCanEdit: true,
      viewerCanTransfer: true,
      viewerCanDelete: false,
    });
    expect(company.phones).toEqual([
      { id: expect.any(String), e164: '+79123456789', raw: '+7 (912) 345-67-89', extension: null, type: 'MOBILE', comment: 'директор', isColdCall: false },
      { id: expect.any(String), e164: '+73431234567', raw: '8 (343) 123-45-67 доб. 12', extension: '12', type: 'WORK', comment: null, isColdCall: false },
    ]);
    expect(company.emails).toEqual([{ id: expect.any(String), email: 'info@romashka.ru', type: 'WORK', comment: null }]);

    const [event] = await app.dataSource.query(`SELECT verb, actor_id, company_id, changes FROM audit_events WHERE entity_id = $1`, [company.id]);
    expect(event).toMatchObject({ verb: 'company.create', actor_id: fx.users.manager.id, company_id: company.id });
    expect(event.changes.name).toEqual({ from: null, to: 'ООО «Ромашка»' });
    expect(event.changes.phones.to.map((phone: any) => phone.e164)).toEqual(['+79123456789', '+73431234567']);
  });

  it('lets leadership create for a manager of its branch (the branch follows him) but not a manager for a colleague', async () => {
    const forManager = await create(tokens.head, { name: 'Для менеджера', responsibleId: fx.users.manager.id });
    expect(forManager).toMatchObject({ responsible: { id: fx.users.manager.id }, branch: { code: 'EKB' } });
    const forTmn = await create(tokens.admin, { name: 'Тюменская', responsibleId: fx.users.tmnManager.id });
    expect(forTmn.branch).toEqual({ code: 'TMN' });
    expectError(await app.gql(CREATE, { input: { name: 'Чужая', responsibleId: fx.users.otherManager.id } }, { token: tokens.manager }), 'FORBIDDEN');
    expectError(await app.gql(CREATE, { input: { name: 'Чужая', responsibleId: fx.users.tmnManager.id } }, { token: tokens.head }), 'FORBIDDEN');
  });

  it.each([
    ['a blank name', { name: '   ' }, 'name'],
    ['a name over 300 characters', { name: 'Я'.repeat(301) }, 'name'],
    ['a wrong INN checksum', { name: 'X', inns: ['7707083894'] }, 'inns.0'],
    ['a repeated INN', { name: 'X', inns: ['7707083893', '7707083893'] }, 'inns.1'],
    ['a malformed KPP', { name: 'X', kpp: '12345' }, 'kpp'],
    ['a wrong OGRN checksum', { name: 'X', ogrn: '1027700132196' }, 'ogrn'],
    ['an unknown status', { name: 'X', statusId: randomUUID() }, 'statusId'],
    ['an unknown sphere', { name: 'X', sphereIds: ['IT', randomUUID()] }, 'sphereIds.1'],
    ['an unknown region', { name: 'X', regionId: 'not-a-uuid' }, 'regionId'],
    ['an unknown branch', { name: 'X', branchId: randomUUID() }, 'branchId'],
    ['an unknown responsible user', { name: 'X', responsibleId: randomUUID() }, 'responsibleId'],
    ['an unknown head company', { name: 'X', headCompanyId: randomUUID() }, 'headCompanyId'],
    ['a malformed phone', { name: 'X', phones: [{ value: '12345' }] }, 'phones.0.value'],
    ['a phone listed twice', { name: 'X', phones: [{ value: '+79123456789' }, { value: '8 912 345 67 89' }] }, 'phones.1.value'],
    ['a long phone comment', { name: 'X', phones: [{ value: '+79123456789', comment: 'к'.repeat(301) }] }, 'phones.0.comment'],
    ['a malformed e-mail', { name: 'X', emails: [{ email: 'info@' }] }, 'emails.0.email'],
    ['a negative employee count', { name: 'X', employeeCount: -1 }, 'employeeCount'],
    ['an amount beyond the column', { name: 'X', contractAmount: 1e15 }, 'contractAmount'],
    ['an unknown time zone', { name: 'X', timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a website over 300 characters', { name: 'X', website: `https://${'w'.repeat(300)}.ru` }, 'website'],
    ['custom fields over 16 KB', { name: 'X', customFields: { blob: 'x'.repeat(17_000) } }, 'customFields'],
  ])('rejects %s at its field and saves nothing', async (_label, given, field) => {
    const sphereIds = 'sphereIds' in given ? given.sphereIds.map((id) => (id === 'IT' ? fx.spheres.it : id)) : undefined;
    const input = { ...given, sphereIds };
    const before = await auditCount();
    const [{ n: companiesBefore }] = await app.dataSource.query(`SELECT count(*) AS n FROM companies`);
    const error = expectError(await app.gql(CREATE, { input }, { token: tokens.manager }), 'BAD_USER_INPUT', field);
    expect(error.message).toMatch(field.startsWith('phones.') && field.endsWith('.value') ? /phone/i : /./);
    expect(await auditCount()).toBe(before);
    expect((await app.dataSource.query(`SELECT count(*) AS n FROM companies`))[0].n).toBe(companiesBefore);
  });

  it('rejects a missing name before the resolver runs', async () => {
    const result = await app.gql(CREATE, { input: { legalName: 'Без имени' } }, { token: tokens.manager });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/name/);
  });

  it('rejects a second company with the same source and external id', async () => {
    await create(tokens.manager, { name: 'Из amoCRM', source: 'AMOCRM', externalId: '4242' });
    expectError(await app.gql(CREATE, { input: { name: 'Дубль', source: 'AMOCRM', externalId: '4242' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'externalId');
  });

  it('lets exactly one of several simultaneous imports of one external id win, the others get a field error, never a 500', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, n) => app.gql(CREATE, { input: { name: `Гонка ${n}`, source: 'AMOCRM', externalId: '5151' } }, { token: tokens.manager })),
    );
    expect(attempts.filter((result) => result.data?.createCompany)).toHaveLength(1);
    for (const result of attempts.filter((result) => result.errors)) {
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(result.errors?.[0]?.extensions?.code);
      expect(result.errors?.[0]?.extensions?.field).toBe('externalId');
    }
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM companies WHERE external_id = '5151'`);
    expect(n).toBe(1);
  });
});

describe('retired dictionary entries', () => {
  it('stay on the companies that have them but are not given to new ones', async () => {
    const [{ id: statusId }] = await app.dataSource.query(`INSERT INTO company_statuses (name) VALUES ('Архивный') RETURNING id`);
    const [{ id: sphereId }] = await app.dataSource.query(`INSERT INTO spheres (name) VALUES ('Сельское хозяйство') RETURNING id`);
    const company = await create(tokens.manager, { name: 'Старый клиент', statusId, sphereIds: [sphereId] });
    await app.dataSource.query(`UPDATE company_statuses SET is_active = false WHERE id = $1`, [statusId]);
    await app.dataSource.query(`UPDATE spheres SET is_active = false WHERE id = $1`, [sphereId]);

    expectError(await app.gql(CREATE, { input: { name: 'Новый', statusId } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'statusId');
    expectError(
      await app.gql(CREATE, { input: { name: 'Новый', sphereIds: [fx.spheres.it, sphereId] } }, { token: tokens.manager }),
      'BAD_USER_INPUT',
      'sphereIds.1',
    );
    // The form sends the company's current values back: that is no change and saves.
    const kept = await app.gql(UPDATE, { id: company.id, input: { name: 'Старый клиент (архив)', statusId, sphereIds: [sphereId, fx.spheres.it] } }, { token: tokens.manager });
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.updateCompany.status.name).toBe('Архивный');
  });
});

describe('updating a company', () => {
  let company: any;

  beforeAll(async () => {
    company = await create(tokens.manager, {
      name: 'Вектор',
      inns: ['7707083893'],
      statusId: fx.statuses.new,
      sphereIds: [fx.spheres.it],
      phones: [{ value: '+7 912 345-67-89', type: 'MOBILE' }, { value: '+7 343 123-45-67' }],
      emails: [{ email: 'a@vector.ru' }],
    });
  });

  it('changes only the given fields, keeps unchanged phones, and audits what changed', async () => {
    await app.dataSource.query(`UPDATE companies SET last_activity_at = now() - interval '1 day' WHERE id = $1`, [company.id]);
    const result = await app.gql(
      UPDATE,
      {
        id: company.id,
        input: {
          name: 'Вектор Плюс',
          legalName: 'ООО «Вектор Плюс»',
          statusId: fx.statuses.client,
          sphereIds: [fx.spheres.construction, fx.spheres.it],
          phones: [{ value: '+79123456789', type: 'MOBILE', comment: 'новый комментарий' }, { value: '+7 (922) 111-22-33' }],
        },
      },
      { token: tokens.manager },
    );
    const updated = result.data?.updateCompany;
    expect(updated).toMatchObject({
      name: 'Вектор Плюс',
      legalName: 'ООО «Вектор Плюс»',
      inns: ['7707083893'],
      status: { name: 'Клиент' },
      spheres: [{ name: 'Строительство' }, { name: 'IT' }],
      emails: [{ email: 'a@vector.ru' }],
    });
    expect(updated.phones.map((phone: any) => [phone.e164, phone.comment])).toEqual([
      ['+79123456789', 'новый комментарий'],
      ['+79221112233', null],
    ]);
    expect(updated.phones[0].id).toBe(company.phones[0].id);
    expect(new Date(updated.lastActivityAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const [event] = await app.dataSource.query(`SELECT actor_id, changes FROM audit_events WHERE entity_id = $1 AND verb = 'company.update'`, [company.id]);
    expect(event.actor_id).toBe(fx.users.manager.id);
    expect(Object.keys(event.changes).sort()).toEqual(['legalName', 'name', 'phones', 'sphereIds', 'statusId']);
    expect(event.changes.name).toEqual({ from: 'Вектор', to: 'Вектор Плюс' });
    expect(event.changes.statusId).toEqual({ from: fx.statuses.new, to: fx.statuses.client });
    company = updated;
  });

  it('shows the changes in the company history with their actors, newest first', async () => {
    const result = await app.gql(`query($id: ID!) { company(id: $id) { history { verb actor { fullName } changes } } }`, { id: company.id }, { token: tokens.head });
    expect(result.data?.company.history.map((event: any) => [event.verb, event.actor.fullName])).toEqual([
      ['company.update', 'Менеджеров Михаил'],
      ['company.create', 'Менеджеров Михаил'],
    ]);
  });

  it('writes nothing when nothing changes', async () => {
    const before = await auditCount();
    await app.gql(UPDATE, { id: company.id, input: { name: 'Вектор Плюс', phones: [{ value: '+7 912 345 67 89', type: 'MOBILE', comment: 'новый комментарий' }, { value: '89221112233' }] } }, { token: tokens.manager });
    expect(await auditCount()).toBe(before);
  });

  it('clears a field given as null and rejects null for a required one', async () => {
    const result = await app.gql(UPDATE, { id: company.id, input: { legalName: null } }, { token: tokens.manager });
    expect(result.data?.updateCompany.legalName).toBeNull();
    expectError(await app.gql(UPDATE, { id: company.id, input: { name: null } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'name');
    company = await read(company.id);
  });

  it.each([
    ['a wrong INN checksum', { name: 'Новое имя', inns: ['7707083893', '7707083894'] }, 'inns.1'],
    ['an unknown status', { name: 'Новое имя', statusId: randomUUID() }, 'statusId'],
    ['a name over 300 characters', { name: 'Я'.repeat(301) }, 'name'],
    ['a malformed phone after a good one', { name: 'Новое имя', phones: [{ value: '+7 922 000-00-01' }, { value: '+7 (000) 12' }] }, 'phones.1.value'],
    ['a malformed phone', { phones: [{ value: 'позвонить Ивану' }] }, 'phones.0.value'],
    ['a malformed e-mail', { emails: [{ email: 'a@vector.ru' }, { email: 'не почта' }] }, 'emails.1.email'],
    ['the company as its own head', { headCompanyId: 'self' }, 'headCompanyId'],
  ])('rejects %s and leaves the stored company unchanged', async (_label, input, field) => {
    const patch = { ...input } as Record<string, unknown>;
    if (patch.headCompanyId === 'self') patch.headCompanyId = company.id;
    const before = await auditCount();
    expectError(await app.gql(UPDATE, { id: company.id, input: patch }, { token: tokens.manager }), 'BAD_USER_INPUT', field);
    expect(await read(company.id)).toEqual(company);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a head company that is already a subsidiary (a cycle)', async () => {
    const child = await create(tokens.manager, { name: 'Дочка Вектора', headCompanyId: company.id });
    expect(child.headCompany).toEqual({ name: 'Вектор Плюс' });
    expectError(await app.gql(UPDATE, { id: company.id, input: { headCompanyId: child.id } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'headCompanyId');
    const subsidiaries = await app.gql(`query($id: ID!) { company(id: $id) { subsidiaries { name } } }`, { id: company.id }, { token: tokens.manager });
    expect(subsidiaries.data?.company.subsidiaries).toEqual([{ name: 'Дочка Вектора' }]);
    company = await read(company.id);
  });

  it('answers NOT_FOUND on id for an unknown or malformed id', async () => {
    expectError(await app.gql(UPDATE, { id: randomUUID(), input: { name: 'Кто' } }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    expectError(await app.gql(UPDATE, { id: 'not-a-uuid', input: { name: 'Кто' } }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    expectError(await app.gql(COMPANY, { id: 'not-a-uuid' }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    expectError(await app.gql(COMPANY, { id: randomUUID() }, { token: tokens.manager }), 'NOT_FOUND', 'id');
  });

  it('lets only the responsible manager, branch leadership and global roles edit', async () => {
    const colleagues = await create(tokens.other, { name: 'Компания Петра' });
    const asManager = await app.gql(COMPANY, { id: colleagues.id }, { token: tokens.manager });
    expect(asManager.data?.company).toMatchObject({ name: 'Компания Петра', viewerCanEdit: false, viewerCanTransfer: false, viewerCanDelete: false });
    expectError(await app.gql(UPDATE, { id: colleagues.id, input: { name: 'Захват' } }, { token: tokens.manager }), 'FORBIDDEN');
    expectError(await app.gql(UPDATE, { id: colleagues.id, input: { name: 'Захват' } }, { token: tokens['tmn-director'] }), 'FORBIDDEN');
    expect((await read(colleagues.id)).name).toBe('Компания Петра');

    const asHead = await app.gql(UPDATE, { id: colleagues.id, input: { name: 'Компания Петра (проверено)' } }, { token: tokens.head });
    expect(asHead.data?.updateCompany.name).toBe('Компания Петра (проверено)');
    const asDirector = await app.gql(COMPANY, { id: colleagues.id }, { token: tokens.director });
    expect(asDirector.data?.company).toMatchObject({ viewerCanEdit: true, viewerCanTransfer: true, viewerCanDelete: true });
  });
});

describe('transferring companies', () => {
  it('moves the allowed ones to the new user and his branch, and reports each company', async () => {
    const own = await create(tokens.manager, { name: 'Своя для передачи' });
    const own2 = await create(tokens.manager, { name: 'Вторая своя' });
    const colleagues = await create(tokens.other, { name: 'Петра, не трогать' });
    const already = await create(tokens.head, { name: 'Уже у Тараса', responsibleId: fx.users.head.id });
    await app.gql(TRANSFER, { ids: [already.id], to: fx.users.tmnManager.id }, { token: tokens.admin });
    const missing = randomUUID();

    const result = await app.gql(
      TRANSFER,
      { ids: [own.id, colleagues.id, missing, 'junk', already.id, own2.id], to: fx.users.tmnManager.id },
      { token: tokens.manager },
    );
    const byId = Object.fromEntries(result.data?.transferCompanies.map((r: any) => [r.companyId, r]));
    expect(result.data?.transferCompanies.map((r: any) => r.companyId)).toEqual([own.id, colleagues.id, missing, 'junk', already.id, own2.id]);
    expect(byId[own.id]).toEqual({ companyId: own.id, ok: true, error: null, company: { id: own.id, responsible: { id: fx.users.tmnManager.id }, branch: { code: 'TMN' } } });
    expect(byId[own2.id].ok).toBe(true);
    expect(byId[colleagues.id]).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' }, company: { responsible: { id: fx.users.otherManager.id } } });
    expect(byId[missing]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' }, company: null });
    expect(byId.junk).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(byId[already.id]).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const rows = await app.dataSource.query(`SELECT id, responsible_id, branch_id FROM companies WHERE id = ANY($1)`, [[own.id, colleagues.id]]);
    expect(Object.fromEntries(rows.map((row: any) => [row.id, [row.responsible_id, row.branch_id]]))).toEqual({
      [own.id]: [fx.users.tmnManager.id, fx.branches.tmn],
      [colleagues.id]: [fx.users.otherManager.id, fx.branches.ekb],
    });
    const [event] = await app.dataSource.query(`SELECT actor_id, changes FROM audit_events WHERE entity_id = $1 AND verb = 'company.transfer'`, [own.id]);
    expect(event).toEqual({
      actor_id: fx.users.manager.id,
      changes: {
        responsibleId: { from: fx.users.manager.id, to: fx.users.tmnManager.id },
        branchId: { from: fx.branches.ekb, to: fx.branches.tmn },
      },
    });

    const again = await app.gql(TRANSFER, { ids: [already.id], to: fx.users.tmnManager.id }, { token: tokens.admin });
    expect(again.data?.transferCompanies[0]).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('lets branch leadership transfer its branch companies', async () => {
    const colleagues = await create(tokens.other, { name: 'Передаст директор' });
    const result = await app.gql(TRANSFER, { ids: [colleagues.id], to: fx.users.manager.id }, { token: tokens.director });
    expect(result.data?.transferCompanies[0]).toMatchObject({ ok: true, company: { responsible: { id: fx.users.manager.id } } });
  });

  it('rejects an unknown or inactive target and oversized batches as a whole', async () => {
    const own = await create(tokens.manager, { name: 'Никуда не уйдёт' });
    expectError(await app.gql(TRANSFER, { ids: [own.id], to: randomUUID() }, { token: tokens.manager }), 'BAD_USER_INPUT', 'toUserId');
    const [inactive] = await app.dataSource.query(
      `INSERT INTO users (email, full_name, role, branch_id, is_active) VALUES ('gone@test.pulse', 'Ушедший', 'MANAGER', $1, false) RETURNING id`,
      [fx.branches.ekb],
    );
    expectError(await app.gql(TRANSFER, { ids: [own.id], to: inactive.id }, { token: tokens.manager }), 'BAD_USER_INPUT', 'toUserId');
    const tooMany = Array.from({ length: 501 }, () => randomUUID());
    expectError(await app.gql(TRANSFER, { ids: tooMany, to: fx.users.otherManager.id }, { token: tokens.admin }), 'BAD_USER_INPUT', 'ids');
    expect((await read(own.id)).responsible.id).toBe(fx.users.manager.id);
  });

  it('moves a company through updateCompany.responsibleId as well, with the new branch', async () => {
    const own = await create(tokens.head, { name: 'Через форму' });
    const result = await app.gql(UPDATE, { id: own.id, input: { responsibleId: fx.users.tmnManager.id } }, { token: tokens.head });
    expect(result.data?.updateCompany).toMatchObject({ responsible: { id: fx.users.tmnManager.id }, branch: { code: 'TMN' } });
  });
});
