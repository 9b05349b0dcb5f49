import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
const tokens: Record<string, string> = {};
let companyId: string;
let colleaguesCompanyId: string;

const FIELDS = `id fullName lastName firstName middleName position note source externalId company { id name }
  phones { id e164 raw extension type comment isColdCall } emails { id email type comment }`;
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteContact(id: $id) }`;
const CONTACT = `query($id: ID!) { contact(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ContactFilter, $first: Int, $after: String) {
  contacts(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { fullName } } }
}`;

async function companyOf(token: string, name: string): Promise<string> {
  const result = await app.gql(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input: { name } }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createCompany.id;
}

async function create(token: string, input: Record<string, unknown>) {
  const result = await app.gql(CREATE, { input }, { token });
  if (!result.data?.createContact) throw new Error(`createContact failed: ${JSON.stringify(result.errors)}`);
  return result.data.createContact;
}

beforeAll(async () => {
  app = await startTestApp('contacts');
  fx = await createFixtures(app.dataSource);
  for (const key of ['admin', 'head', 'manager', 'other', 'tmn-director']) tokens[key] = await app.login(`${key}@test.pulse`);
  companyId = await companyOf(tokens.manager, 'Ромашка');
  colleaguesCompanyId = await companyOf(tokens.other, 'Лютик');
});
afterAll(() => app?.close());

describe('contacts', () => {
  it('creates a contact with normalised phones and e-mails and shows it on the company, audited under the company', async () => {
    await app.dataSource.query(`UPDATE companies SET last_activity_at = now() - interval '1 day' WHERE id = $1`, [companyId]);
    const contact = await create(tokens.manager, {
      companyId,
      lastName: ' Иванов ',
      firstName: 'Иван',
      middleName: 'Иванович',
      position: 'Директор',
      phones: [{ value: '8 (912) 345-67-89', type: 'MOBILE' }, { value: '+7 343 123-45-67', extension: '204' }],
      emails: [{ email: 'ivanov@romashka.ru', type: 'PERSONAL', comment: 'лично' }],
    });
    expect(contact).toMatchObject({
      fullName: 'Иванов Иван Иванович',
      lastName: 'Иванов',
      company: { id: companyId, name: 'Ромашка' },
      emails: [{ email: 'ivanov@romashka.ru', type: 'PERSONAL', comment: 'лично' }],
    });
    expect(contact.phones.map((p: any) => [p.e164, p.raw, p.extension, p.type])).toEqual([
      ['+79123456789', '8 (912) 345-67-89', null, 'MOBILE'],
      ['+73431234567', '+7 343 123-45-67', '204', 'WORK'],
    ]);

    const card = await app.gql(
      `query($id: ID!) { company(id: $id) { lastActivityAt contacts { fullName phones { e164 } } history { verb actor { fullName } } } }`,
      { id: companyId },
      { token: tokens.other },
    );
    expect(card.data?.company.contacts).toEqual([{ fullName: 'Иванов Иван Иванович', phones: [{ e164: '+79123456789' }, { e164: '+73431234567' }] }]);
    expect(card.data?.company.history[0]).toEqual({ verb: 'contact.create', actor: { fullName: 'Менеджеров Михаил' } });
    expect(new Date(card.data?.company.lastActivityAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [event] = await app.dataSource.query(`SELECT company_id, entity_type, changes FROM audit_events WHERE entity_id = $1`, [contact.id]);
    expect(event).toMatchObject({ company_id: companyId, entity_type: 'Contact' });
    expect(event.changes.firstName).toEqual({ from: null, to: 'Иван' });
    expect(event.changes.emails.to).toEqual([{ email: 'ivanov@romashka.ru', type: 'PERSONAL', comment: 'лично' }]);
  });

  it('updates only the given fields, replaces the lists, and audits the change', async () => {
    const contact = await create(tokens.manager, { companyId, firstName: 'Пётр', phones: [{ value: '+79220000001' }], emails: [{ email: 'p@romashka.ru' }] });
    const result = await app.gql(
      UPDATE,
      { id: contact.id, input: { lastName: 'Петров', phones: [{ value: '+7 922 000-00-01', comment: 'после 14:00' }, { value: '+79220000002' }], emails: [] } },
      { token: tokens.manager },
    );
    const updated = result.data?.updateContact;
    expect(updated).toMatchObject({ fullName: 'Петров Пётр', firstName: 'Пётр', emails: [] });
    expect(updated.phones.map((p: any) => [p.e164, p.comment])).toEqual([['+79220000001', 'после 14:00'], ['+79220000002', null]]);
    expect(updated.phones[0].id).toBe(contact.phones[0].id);
    const [event] = await app.dataSource.query(`SELECT company_id, changes FROM audit_events WHERE entity_id = $1 AND verb = 'contact.update'`, [contact.id]);
    expect(event.company_id).toBe(companyId);
    expect(Object.keys(event.changes).sort()).toEqual(['emails', 'lastName', 'phones']);
    expect(event.changes.lastName).toEqual({ from: null, to: 'Петров' });
  });

  it.each([
    ['a blank first name', { firstName: '  ' }, 'firstName'],
    ['a last name over 100 characters', { firstName: 'Иван', lastName: 'И'.repeat(101) }, 'lastName'],
    ['a malformed phone', { firstName: 'Иван', phones: [{ value: '+7 912' }] }, 'phones.0.value'],
    ['a malformed second phone', { firstName: 'Иван', phones: [{ value: '+79123456789' }, { value: 'нет' }] }, 'phones.1.value'],
    ['a malformed e-mail', { firstName: 'Иван', emails: [{ email: 'ivan@@romashka' }] }, 'emails.0.email'],
    ['an unknown company', { firstName: 'Иван', companyId: randomUUID() }, 'companyId'],
  ])('rejects %s at its field and saves nothing', async (_label, input, field) => {
    const [{ n: before }] = await app.dataSource.query(`SELECT count(*) AS n FROM contacts`);
    expectError(await app.gql(CREATE, { input: { companyId, ...input } }, { token: tokens.manager }), 'BAD_USER_INPUT', field);
    expect((await app.dataSource.query(`SELECT count(*) AS n FROM contacts`))[0].n).toBe(before);
  });

  it('leaves a contact unchanged when an update is rejected', async () => {
    const contact = await create(tokens.manager, { companyId, firstName: 'Сергей', phones: [{ value: '+79220000009' }] });
    expectError(
      await app.gql(UPDATE, { id: contact.id, input: { firstName: 'Серж', phones: [{ value: '+79220000010' }, { value: '123' }] } }, { token: tokens.manager }),
      'BAD_USER_INPUT',
      'phones.1.value',
    );
    expectError(await app.gql(UPDATE, { id: contact.id, input: { firstName: null } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'firstName');
    expect((await app.gql(CONTACT, { id: contact.id }, { token: tokens.manager })).data?.contact).toEqual(contact);
  });

  it('lets those who may edit the company edit its contacts, and nobody else', async () => {
    expectError(await app.gql(CREATE, { input: { companyId: colleaguesCompanyId, firstName: 'Чужой' } }, { token: tokens.manager }), 'FORBIDDEN');
    const theirs = await create(tokens.other, { companyId: colleaguesCompanyId, firstName: 'Анна' });
    expectError(await app.gql(UPDATE, { id: theirs.id, input: { firstName: 'Аня' } }, { token: tokens.manager }), 'FORBIDDEN');
    expectError(await app.gql(DELETE, { id: theirs.id }, { token: tokens.manager }), 'FORBIDDEN');
    expectError(await app.gql(UPDATE, { id: theirs.id, input: { firstName: 'Аня' } }, { token: tokens['tmn-director'] }), 'FORBIDDEN');
    // Moving a contact into a company one may not edit is refused as well.
    const mine = await create(tokens.manager, { companyId, firstName: 'Олег' });
    expectError(await app.gql(UPDATE, { id: mine.id, input: { companyId: colleaguesCompanyId } }, { token: tokens.manager }), 'FORBIDDEN');

    const byHead = await app.gql(UPDATE, { id: theirs.id, input: { firstName: 'Аня' } }, { token: tokens.head });
    expect(byHead.data?.updateContact.firstName).toBe('Аня');
    // Everyone sees every company's contacts.
    expect((await app.gql(CONTACT, { id: theirs.id }, { token: tokens.manager })).data?.contact.firstName).toBe('Аня');
  });

  it('lists contacts by name with filters and cursor pages', async () => {
    const all = async (filter: Record<string, unknown>, first = 50) => {
      const names: string[] = [];
      let after: string | null = null;
      for (;;) {
        const result: any = await app.gql(LIST, { filter, first, after }, { token: tokens.manager });
        if (!result.data) throw new Error(JSON.stringify(result.errors));
        names.push(...result.data.contacts.edges.map((e: any) => e.node.fullName));
        if (!result.data.contacts.pageInfo.hasNextPage) return names;
        after = result.data.contacts.pageInfo.endCursor;
      }
    };
    expect(await all({ companyId })).toEqual(['Иванов Иван Иванович', 'Олег', 'Петров Пётр', 'Сергей']);
    expect(await all({ companyId }, 1)).toEqual(['Иванов Иван Иванович', 'Олег', 'Петров Пётр', 'Сергей']);
    expect(await all({ companyId: colleaguesCompanyId })).toEqual(['Аня']);
    expect(await all({ search: 'петр' })).toEqual(['Петров Пётр']);
    expect(await all({ search: '912 345 67 89' })).toEqual(['Иванов Иван Иванович']);
    expect(await all({ search: 'ivanov@' })).toEqual(['Иванов Иван Иванович']);
    expect(await all({ search: 'директор' })).toEqual(['Иванов Иван Иванович']);
  });

  it('deletes softly: the contact leaves lists and lookups, the deletion is audited', async () => {
    const contact = await create(tokens.manager, { companyId, firstName: 'Временный' });
    expect((await app.gql(DELETE, { id: contact.id }, { token: tokens.manager })).data?.deleteContact).toBe(true);
    expectError(await app.gql(CONTACT, { id: contact.id }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    expectError(await app.gql(DELETE, { id: contact.id }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    expectError(await app.gql(CONTACT, { id: 'junk' }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    const card = await app.gql(`query($id: ID!) { company(id: $id) { contacts { firstName } } }`, { id: companyId }, { token: tokens.manager });
    expect(card.data?.company.contacts.map((c: any) => c.firstName)).not.toContain('Временный');
    const [event] = await app.dataSource.query(`SELECT verb, company_id, actor_id FROM audit_events WHERE entity_id = $1 AND verb = 'contact.delete'`, [contact.id]);
    expect(event).toEqual({ verb: 'contact.delete', company_id: companyId, actor_id: fx.users.manager.id });
  });

  it('hides the contacts of a deleted company', async () => {
    const doomed = await companyOf(tokens.manager, 'Закрытая');
    const contact = await create(tokens.manager, { companyId: doomed, firstName: 'Призрак' });
    await app.gql(`mutation($id: ID!) { deleteCompany(id: $id) }`, { id: doomed }, { token: tokens.admin });
    expectError(await app.gql(CONTACT, { id: contact.id }, { token: tokens.manager }), 'NOT_FOUND', 'id');
    const listed = await app.gql(LIST, { filter: { search: 'Призрак' } }, { token: tokens.manager });
    expect(listed.data?.contacts.totalCount).toBe(0);
  });
});
