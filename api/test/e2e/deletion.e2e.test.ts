import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
const tokens: Record<string, string> = {};

const REQUEST_FIELDS = `id status reason createdAt decidedAt company { id name } requester { fullName } decidedBy { fullName } viewerCanDecide viewerCanCancel`;
const REQUEST = `mutation($id: ID!, $reason: String!) { requestCompanyDeletion(id: $id, reason: $reason) { ${REQUEST_FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!) { decideCompanyDeletion(id: $id, approve: $approve) { ${REQUEST_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelCompanyDeletionRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteCompany(id: $id) }`;
const COMPANY = `query($id: ID!) { company(id: $id) { id name pendingDeletionRequest { id reason viewerCanDecide } } }`;
const LIST = `query($status: DeletionRequestStatus) { companyDeletionRequests(status: $status, first: 50) { totalCount edges { node { reason status company { name } } } } }`;

async function companyOf(token: string, name: string): Promise<string> {
  const result = await app.gql(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input: { name } }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createCompany.id;
}

const listedNames = async (token: string) =>
  ((await app.gql(`{ companies(first: 100) { edges { node { name } } } }`, {}, { token })).data?.companies.edges ?? []).map((e: any) => e.node.name);

beforeAll(async () => {
  app = await startTestApp('deletion');
  fx = await createFixtures(app.dataSource);
  for (const key of ['admin', 'director', 'head', 'manager', 'other', 'tmn-director']) tokens[key] = await app.login(`${key}@test.pulse`);
});
afterAll(() => app?.close());

describe('deletion requests', () => {
  it('a manager asks to delete a colleague\'s company, leadership approves, and the company is gone', async () => {
    const companyId = await companyOf(tokens.other, 'Дубликат Ромашки');

    const filed = await app.gql(REQUEST, { id: companyId, reason: '  Дубль карточки «Ромашка»  ' }, { token: tokens.manager });
    expect(filed.data?.requestCompanyDeletion).toMatchObject({
      status: 'PENDING',
      reason: 'Дубль карточки «Ромашка»',
      company: { id: companyId, name: 'Дубликат Ромашки' },
      requester: { fullName: 'Менеджеров Михаил' },
      decidedBy: null,
      viewerCanDecide: false,
      viewerCanCancel: true,
    });
    const requestId = filed.data?.requestCompanyDeletion.id;

    expectError(await app.gql(REQUEST, { id: companyId, reason: 'Ещё раз' }, { token: tokens.head }), 'CONFLICT');
    expectError(await app.gql(DECIDE, { id: requestId, approve: true }, { token: tokens.manager }), 'FORBIDDEN');
    expectError(await app.gql(DECIDE, { id: requestId, approve: true }, { token: tokens['tmn-director'] }), 'FORBIDDEN');

    const card = await app.gql(COMPANY, { id: companyId }, { token: tokens.director });
    expect(card.data?.company.pendingDeletionRequest).toEqual({ id: requestId, reason: 'Дубль карточки «Ромашка»', viewerCanDecide: true });

    // The director decides from the company card, which knows the company id rather than the request id.
    const approved = await app.gql(DECIDE, { id: companyId, approve: true }, { token: tokens.director });
    expect(approved.data?.decideCompanyDeletion).toMatchObject({
      id: requestId,
      status: 'APPROVED',
      decidedBy: { fullName: 'Директоров Дмитрий' },
      company: { id: companyId, name: 'Дубликат Ромашки' },
      viewerCanDecide: false,
    });
    expect(approved.data?.decideCompanyDeletion.decidedAt).toEqual(expect.any(String));

    expect(await listedNames(tokens.manager)).not.toContain('Дубликат Ромашки');
    expectError(await app.gql(COMPANY, { id: companyId }, { token: tokens.director }), 'NOT_FOUND', 'id');
    expectError(await app.gql(DECIDE, { id: requestId, approve: false }, { token: tokens.director }), 'CONFLICT');

    const events = await app.dataSource.query(
      `SELECT e.verb, e.entity_type, u.full_name AS actor FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
       WHERE e.company_id = $1 ORDER BY e.occurred_at`,
      [companyId],
    );
    // Events of one transaction keep the order they happened in (clock_timestamp): approve, then delete.
    expect(events.map((e: any) => [e.verb, e.entity_type, e.actor])).toEqual([
      ['company.create', 'Company', 'Продажин Пётр'],
      ['deletion.request', 'CompanyDeletionRequest', 'Менеджеров Михаил'],
      ['deletion.approve', 'CompanyDeletionRequest', 'Директоров Дмитрий'],
      ['company.delete', 'Company', 'Директоров Дмитрий'],
    ]);
    const [row] = await app.dataSource.query(`SELECT deleted_at FROM companies WHERE id = $1`, [companyId]);
    expect(row.deleted_at).toBeInstanceOf(Date);
  });

  it('shows the request and its decision in the company history, newest first, with actors', async () => {
    const companyId = await companyOf(tokens.manager, 'История удаления');
    await app.gql(REQUEST, { id: companyId, reason: 'Закрылась' }, { token: tokens.manager });
    await app.gql(DECIDE, { id: companyId, approve: false }, { token: tokens.head });
    const result = await app.gql(`query($id: ID!) { company(id: $id) { history { verb actor { fullName } changes } } }`, { id: companyId }, { token: tokens.manager });
    expect(result.data?.company.history).toEqual([
      { verb: 'deletion.reject', actor: { fullName: 'Начальников Никита' }, changes: { status: { from: 'PENDING', to: 'REJECTED' } } },
      { verb: 'deletion.request', actor: { fullName: 'Менеджеров Михаил' }, changes: { reason: { from: null, to: 'Закрылась' } } },
      { verb: 'company.create', actor: { fullName: 'Менеджеров Михаил' }, changes: { name: { from: null, to: 'История удаления' }, responsibleId: { from: null, to: fx.users.manager.id }, branchId: { from: null, to: fx.branches.ekb } } },
    ]);
  });

  it('a rejected request leaves the company, and a new request may follow', async () => {
    const companyId = await companyOf(tokens.manager, 'Нужная компания');
    const filed = await app.gql(REQUEST, { id: companyId, reason: 'Не нужна' }, { token: tokens.manager });
    const rejected = await app.gql(DECIDE, { id: filed.data?.requestCompanyDeletion.id, approve: false }, { token: tokens.admin });
    expect(rejected.data?.decideCompanyDeletion).toMatchObject({ status: 'REJECTED', decidedBy: { fullName: 'Админов Админ' } });
    expect((await app.gql(COMPANY, { id: companyId }, { token: tokens.manager })).data?.company).toMatchObject({
      name: 'Нужная компания',
      pendingDeletionRequest: null,
    });
    expect(await listedNames(tokens.manager)).toContain('Нужная компания');
    expect((await app.gql(REQUEST, { id: companyId, reason: 'Теперь точно' }, { token: tokens.manager })).data?.requestCompanyDeletion.status).toBe('PENDING');
  });

  it('the requester may cancel his pending request, nobody else', async () => {
    const companyId = await companyOf(tokens.manager, 'Передумали');
    const filed = await app.gql(REQUEST, { id: companyId, reason: 'Ошибся' }, { token: tokens.manager });
    const requestId = filed.data?.requestCompanyDeletion.id;
    expectError(await app.gql(CANCEL, { id: requestId }, { token: tokens.director }), 'FORBIDDEN');
    const cancelled = await app.gql(CANCEL, { id: requestId }, { token: tokens.manager });
    expect(cancelled.data?.cancelCompanyDeletionRequest).toMatchObject({ status: 'CANCELLED', viewerCanCancel: false });
    expectError(await app.gql(CANCEL, { id: requestId }, { token: tokens.manager }), 'CONFLICT');
    expectError(await app.gql(DECIDE, { id: requestId, approve: true }, { token: tokens.director }), 'CONFLICT');
    expect(await listedNames(tokens.manager)).toContain('Передумали');
  });

  it('validates the reason and the ids', async () => {
    const companyId = await companyOf(tokens.manager, 'Проверка причин');
    expectError(await app.gql(REQUEST, { id: companyId, reason: ' а ' }, { token: tokens.manager }), 'BAD_USER_INPUT', 'reason');
    expectError(await app.gql(REQUEST, { id: companyId, reason: 'я'.repeat(1001) }, { token: tokens.manager }), 'BAD_USER_INPUT', 'reason');
    expectError(await app.gql(REQUEST, { id: randomUUID(), reason: 'Нет такой' }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    expectError(await app.gql(REQUEST, { id: 'junk', reason: 'Нет такой' }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    expectError(await app.gql(DECIDE, { id: randomUUID(), approve: true }, { token: tokens.director }), 'NOT_FOUND', 'id');
    expectError(await app.gql(DECIDE, { id: companyId, approve: true }, { token: tokens.director }), 'NOT_FOUND', 'id');
  });

  it('leadership deletes directly; a manager may not, and a pending request is closed as approved', async () => {
    const companyId = await companyOf(tokens.manager, 'Удалить сразу');
    await app.gql(REQUEST, { id: companyId, reason: 'Ликвидирована' }, { token: tokens.manager });
    expectError(await app.gql(DELETE, { id: companyId }, { token: tokens.manager }), 'FORBIDDEN');
    expectError(await app.gql(DELETE, { id: companyId }, { token: tokens['tmn-director'] }), 'FORBIDDEN');
    expect((await app.gql(DELETE, { id: companyId }, { token: tokens.head })).data?.deleteCompany).toBe(true);
    expectError(await app.gql(COMPANY, { id: companyId }, { token: tokens.head }), 'NOT_FOUND', 'id');
    expectError(await app.gql(DELETE, { id: companyId }, { token: tokens.head }), 'NOT_FOUND', 'id');
    const [request] = await app.dataSource.query(`SELECT status, decided_by_id FROM company_deletion_requests WHERE company_id = $1`, [companyId]);
    expect(request).toEqual({ status: 'APPROVED', decided_by_id: fx.users.head.id });
  });

  it('lists requests by who may see them: own for managers, the branch for leadership, all for admins', async () => {
    const tmnCompany = await companyOf(tokens.admin, 'Тюменская на удаление');
    await app.dataSource.query(`UPDATE companies SET responsible_id = $1, branch_id = $2 WHERE id = $3`, [fx.users.tmnManager.id, fx.branches.tmn, tmnCompany]);
    await app.gql(REQUEST, { id: tmnCompany, reason: 'Из Тюмени' }, { token: tokens.admin });

    const reasons = async (token: string, status?: string) =>
      ((await app.gql(LIST, { status }, { token })).data?.companyDeletionRequests.edges ?? []).map((e: any) => e.node.reason);
    expect(await reasons(tokens.manager)).toEqual(['Ликвидирована', 'Ошибся', 'Теперь точно', 'Не нужна', 'Закрылась', 'Дубль карточки «Ромашка»']);
    expect(await reasons(tokens.manager, 'PENDING')).toEqual(['Теперь точно']);
    expect(await reasons(tokens.other)).toEqual([]);
    expect(await reasons(tokens.director, 'PENDING')).toEqual(['Теперь точно']);
    expect(await reasons(tokens['tmn-director'], 'PENDING')).toEqual(['Из Тюмени']);
    expect(await reasons(tokens.admin, 'PENDING')).toEqual(['Из Тюмени', 'Теперь точно']);
  });
});
