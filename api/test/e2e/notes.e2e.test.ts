import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures, insertCompany, insertContact } from '../helpers/fixtures';
import { expectError, startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
let tokens: Record<'admin' | 'manager' | 'other' | 'head' | 'tmnManager', string>;
let company: string;
let otherCompany: string;
let contact: string;
let strangerContact: string;

const CREATE = `mutation($input: CreateNoteInput!) {
  createNote(input: $input) { id text isPinned attachments author { email } company { name } contact { firstName } viewerCanEdit }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateNoteInput!) { updateNote(id: $id, input: $input) { id text isPinned } }`;
const PIN = `mutation($id: ID!, $pinned: Boolean!) { pinNote(id: $id, pinned: $pinned) { id isPinned } }`;
const DELETE = `mutation($id: ID!) { deleteNote(id: $id) }`;
const LIST = `query($filter: NoteFilter, $first: Int, $after: String) {
  notes(filter: $filter, first: $first, after: $after) { totalCount edges { node { text isPinned } } pageInfo { hasNextPage endCursor } }
}`;

const createNote = async (token: string, input: Record<string, unknown>) => {
  const result = await app.gql(CREATE, { input }, { token });
  if (!result.data?.createNote) throw new Error(JSON.stringify(result.errors));
  return result.data.createNote.id as string;
};
const texts = (result: any) => result.data?.notes.edges.map((edge: any) => edge.node.text);

beforeAll(async () => {
  app = await startTestApp('notes');
  fx = await createFixtures(app.dataSource);
  tokens = {
    admin: await app.login('admin@test.pulse'),
    manager: await app.login('manager@test.pulse'),
    other: await app.login('other@test.pulse'),
    head: await app.login('head@test.pulse'),
    tmnManager: await app.login('tmn-manager@test.pulse'),
  };
  company = await insertCompany(app.dataSource, { name: 'ООО Ромашка', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
  otherCompany = await insertCompany(app.dataSource, { name: 'АО Василёк', responsibleId: fx.users.otherManager.id, branchId: fx.branches.ekb });
  contact = await insertContact(app.dataSource, { companyId: company, firstName: 'Анна', lastName: 'Петрова' });
  strangerContact = await insertContact(app.dataSource, { companyId: otherCompany, firstName: 'Борис' });
  await app.dataSource.query(`UPDATE companies SET last_activity_at = now() - interval '10 days'`);
});
afterAll(() => app?.close());

describe('writing notes', () => {
  it('anyone who sees the company writes a note; it names its author, company and contact and bumps the activity', async () => {
    const result = await app.gql(
      CREATE,
      {
        input: {
          companyId: company,
          contactId: contact,
          text: '  Договорились о встрече в четверг  ',
          attachments: [{ name: 'КП.pdf', url: 'https://files.example.com/kp.pdf', size: 1024 }],
        },
      },
      { token: tokens.other },
    );
    const note = result.data?.createNote;
    expect(note).toEqual({
      id: expect.any(String),
      text: 'Договорились о встрече в четверг',
      isPinned: false,
      attachments: [{ name: 'КП.pdf', url: 'https://files.example.com/kp.pdf', size: 1024 }],
      author: { email: 'other@test.pulse' },
      company: { name: 'ООО Ромашка' },
      contact: { firstName: 'Анна' },
      viewerCanEdit: true,
    });
    const [{ fresh }] = await app.dataSource.query(`SELECT last_activity_at > now() - interval '1 minute' AS fresh FROM companies WHERE id = $1`, [company]);
    expect(fresh).toBe(true);
    const [{ stale }] = await app.dataSource.query(`SELECT last_activity_at < now() - interval '1 day' AS stale FROM companies WHERE id = $1`, [otherCompany]);
    expect(stale).toBe(true);
    const events = await app.dataSource.query(`SELECT verb, actor_id, company_id, changes FROM audit_events WHERE entity_id = $1`, [note.id]);
    expect(events).toEqual([
      {
        verb: 'note.create',
        actor_id: fx.users.otherManager.id,
        company_id: company,
        changes: {
          contactId: { from: null, to: contact },
          text: { from: null, to: 'Договорились о встрече в четверг' },
          isPinned: { from: null, to: false },
          attachments: { from: null, to: [{ name: 'КП.pdf', url: 'https://files.example.com/kp.pdf', size: 1024 }] },
        },
      },
    ]);
  });

  it('rejects a contact of another company, unknown companies and bad text, naming the field, and writes nothing', async () => {
    const [{ before }] = await app.dataSource.query(`SELECT count(*)::int AS before FROM notes`);
    expectError(await app.gql(CREATE, { input: { companyId: company, contactId: strangerContact, text: 'x' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'contactId');
    expectError(await app.gql(CREATE, { input: { companyId: company, contactId: 'not-an-id', text: 'x' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'contactId');
    expectError(await app.gql(CREATE, { input: { companyId: fx.users.manager.id, text: 'x' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'companyId');
    expectError(await app.gql(CREATE, { input: { companyId: '42', text: 'x' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'companyId');
    expectError(await app.gql(CREATE, { input: { companyId: company, text: '   ' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'text');
    expectError(await app.gql(CREATE, { input: { companyId: company, text: 'я'.repeat(20_001) } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'text');
    expectError(
      await app.gql(CREATE, { input: { companyId: company, text: 'x', attachments: [{ name: 'a', url: 'javascript:alert(1)' }] } }, { token: tokens.manager }),
      'BAD_USER_INPUT',
      'attachments.0.url',
    );
    const [{ after }] = await app.dataSource.query(`SELECT count(*)::int AS after FROM notes`);
    expect(after).toBe(before);
  });
});

describe('permissions', () => {
  it('the author and an admin edit and delete a note; another manager may not', async () => {
    const id = await createNote(tokens.manager, { companyId: otherCompany, text: 'Перезвонить после обеда' });
    expectError(await app.gql(UPDATE, { id, input: { text: 'Чужая правка' } }, { token: tokens.other }), 'FORBIDDEN');
    expectError(await app.gql(DELETE, { id }, { token: tokens.other }), 'FORBIDDEN');
    expect((await app.gql(`query($id: ID!) { note(id: $id) { text viewerCanEdit } }`, { id }, { token: tokens.other })).data?.note).toEqual({
      text: 'Перезвонить после обеда',
      viewerCanEdit: false,
    });

    expect((await app.gql(UPDATE, { id, input: { text: 'Перезвонить после 15:00' } }, { token: tokens.manager })).data?.updateNote.text).toBe('Перезвонить после 15:00');
    expect((await app.gql(UPDATE, { id, input: { text: 'Перезвонить в пятницу' } }, { token: tokens.admin })).data?.updateNote.text).toBe('Перезвонить в пятницу');
    expectError(await app.gql(UPDATE, { id, input: { text: '' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'text');

    expect((await app.gql(DELETE, { id }, { token: tokens.manager })).data?.deleteNote).toBe(true);
    expectError(await app.gql(`query($id: ID!) { note(id: $id) { id } }`, { id }, { token: tokens.manager }), 'NOT_FOUND');
    expectError(await app.gql(DELETE, { id }, { token: tokens.manager }), 'NOT_FOUND');
    const [row] = await app.dataSource.query(`SELECT text, deleted_at IS NOT NULL AS deleted FROM notes WHERE id = $1`, [id]);
    expect(row).toEqual({ text: 'Перезвонить в пятницу', deleted: true });

    const events = await app.dataSource.query(`SELECT verb, actor_id, company_id, changes FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [id]);
    expect(events.map((e: any) => [e.verb, e.actor_id, e.company_id])).toEqual([
      ['note.create', fx.users.manager.id, otherCompany],
      ['note.update', fx.users.manager.id, otherCompany],
      ['note.update', fx.users.admin.id, otherCompany],
      ['note.delete', fx.users.manager.id, otherCompany],
    ]);
    expect(events[2].changes).toEqual({ text: { from: 'Перезвонить после 15:00', to: 'Перезвонить в пятницу' } });
  });

  it("the author and whoever edits the company pin a note; others may not", async () => {
    // A colleague's note on the manager's own company: the manager is responsible for it.
    const id = await createNote(tokens.other, { companyId: company, text: 'Важно: оплата только по счёту' });
    expectError(await app.gql(PIN, { id, pinned: true }, { token: tokens.tmnManager }), 'FORBIDDEN');
    expect((await app.gql(PIN, { id, pinned: true }, { token: tokens.manager })).data?.pinNote).toEqual({ id, isPinned: true });
    expect((await app.gql(PIN, { id, pinned: false }, { token: tokens.head })).data?.pinNote).toEqual({ id, isPinned: false });
    expect((await app.gql(PIN, { id, pinned: true }, { token: tokens.other })).data?.pinNote).toEqual({ id, isPinned: true });
    expect((await app.gql(`query($id: ID!) { note(id: $id) { viewerCanPin viewerCanEdit } }`, { id }, { token: tokens.manager })).data?.note).toEqual({
      viewerCanPin: true,
      viewerCanEdit: false,
    });
    const verbs = await app.dataSource.query(`SELECT changes FROM audit_events WHERE entity_id = $1 AND verb = 'note.update' ORDER BY occurred_at`, [id]);
    expect(verbs.map((e: any) => e.changes)).toEqual([
      { isPinned: { from: false, to: true } },
      { isPinned: { from: true, to: false } },
      { isPinned: { from: false, to: true } },
    ]);
  });
});

describe('lists', () => {
  let listCompany: string;

  beforeAll(async () => {
    listCompany = await insertCompany(app.dataSource, { name: 'ИП Лютиков', responsibleId: fx.users.head.id, branchId: fx.branches.ekb });
    const listContact = await insertContact(app.dataSource, { companyId: listCompany, firstName: 'Вера' });
    const rows: Array<[string, boolean, number, string | null]> = [
      ['Первый звонок', false, 50, null],
      ['Выслали КП', true, 40, listContact],
      ['Уточнили объём', false, 30, listContact],
      ['Реквизиты', true, 20, null],
      ['Договорились о скидке', false, 10, null],
    ];
    for (const [text, pinned, minutesAgo, contactId] of rows) {
      await app.dataSource.query(
        `INSERT INTO notes (company_id, contact_id, author_id, text, is_pinned, created_at) VALUES ($1, $2, $3, $4, $5, now() - make_interval(mins => $6))`,
        [listCompany, contactId, fx.users.head.id, text, pinned, minutesAgo],
      );
    }
  });

  it('puts pinned notes first, then the newest, across cursor pages', async () => {
    const page1 = await app.gql(LIST, { filter: { companyId: listCompany }, first: 3 }, { token: tokens.manager });
    expect(page1.data?.notes.totalCount).toBe(5);
    expect(texts(page1)).toEqual(['Реквизиты', 'Выслали КП', 'Договорились о скидке']);
    expect(page1.data?.notes.pageInfo.hasNextPage).toBe(true);
    const page2 = await app.gql(LIST, { filter: { companyId: listCompany }, first: 3, after: page1.data?.notes.pageInfo.endCursor }, { token: tokens.manager });
    expect(texts(page2)).toEqual(['Уточнили объём', 'Первый звонок']);
    expect(page2.data?.notes.pageInfo.hasNextPage).toBe(false);

    expect(texts(await app.gql(LIST, { filter: { companyId: listCompany, pinned: false }, first: 10 }, { token: tokens.manager }))).toEqual([
      'Договорились о скидке',
      'Уточнили объём',
      'Первый звонок',
    ]);
    expect(texts(await app.gql(LIST, { filter: { authorId: fx.users.otherManager.id } }, { token: tokens.manager }))).toEqual([
      'Важно: оплата только по счёту',
      'Договорились о встрече в четверг',
    ]);
    expectError(await app.gql(LIST, { filter: { companyId: 'x' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'filter.companyId');
    expectError(await app.gql(LIST, { after: 'garbage' }, { token: tokens.manager }), 'BAD_USER_INPUT', 'after');
  });

  it('keeps notes written within the same millisecond apart across pages', async () => {
    const company = await insertCompany(app.dataSource, { name: 'ООО Микросекунда', responsibleId: fx.users.head.id, branchId: fx.branches.ekb });
    for (const [text, micros] of [['μ1', 401], ['μ2', 402], ['μ3', 403]] as const) {
      await app.dataSource.query(`INSERT INTO notes (company_id, author_id, text, created_at) VALUES ($1, $2, $3, $4)`, [
        company,
        fx.users.head.id,
        text,
        `2026-01-01 10:00:00.123${micros}+00`,
      ]);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const result: any = await app.gql(LIST, { filter: { companyId: company }, first: 1, after }, { token: tokens.manager });
      seen.push(...texts(result));
      after = result.data.notes.pageInfo.endCursor;
    }
    expect(seen).toEqual(['μ3', 'μ2', 'μ1']);
  });

  it('drops the notes of a deleted company from the lists', async () => {
    const company = await insertCompany(app.dataSource, { name: 'ООО Закрыто', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
    const id = await createNote(tokens.manager, { companyId: company, text: 'Последняя заметка' });
    expect(texts(await app.gql(LIST, { filter: { companyId: company } }, { token: tokens.manager }))).toEqual(['Последняя заметка']);
    await app.dataSource.query(`UPDATE companies SET deleted_at = now() WHERE id = $1`, [company]);
    const after = await app.gql(LIST, { filter: { companyId: company } }, { token: tokens.manager });
    expect(after.data?.notes).toMatchObject({ totalCount: 0, edges: [] });
    expectError(await app.gql(`query($id: ID!) { note(id: $id) { id } }`, { id }, { token: tokens.manager }), 'NOT_FOUND');
    expectError(await app.gql(CREATE, { input: { companyId: company, text: 'x' } }, { token: tokens.manager }), 'BAD_USER_INPUT', 'companyId');
  });

  it('serves Company.notes and Contact.notes in the same order, with pages and counts', async () => {
    const query = `query($filter: NoteFilter) {
      notes(filter: $filter, first: 1) { edges { node {
        company { notes(first: 2) { totalCount edges { node { text } } pageInfo { hasNextPage endCursor } } }
        contact { notes { totalCount edges { node { text } } } }
      } } }
    }`;
    const result = await app.gql(query, { filter: { companyId: listCompany, pinned: true } }, { token: tokens.manager });
    const node = result.data?.notes.edges[0].node;
    expect(node.company.notes.totalCount).toBe(5);
    expect(node.company.notes.edges.map((e: any) => e.node.text)).toEqual(['Реквизиты', 'Выслали КП']);
    expect(node.company.notes.pageInfo.hasNextPage).toBe(true);
    expect(node.contact).toBeNull();

    const next = await app.gql(
      `query($filter: NoteFilter, $after: String) { notes(filter: $filter, first: 1) { edges { node { company { notes(first: 2, after: $after) { edges { node { text } } } } } } } }`,
      { filter: { companyId: listCompany, pinned: true }, after: node.company.notes.pageInfo.endCursor },
      { token: tokens.manager },
    );
    expect(next.data?.notes.edges[0].node.company.notes.edges.map((e: any) => e.node.text)).toEqual(['Договорились о скидке', 'Уточнили объём']);

    const [withContact] = await app.dataSource.query(`SELECT id FROM notes WHERE text = 'Уточнили объём'`);
    const single = await app.gql(
      `query($id: ID!) { note(id: $id) { contact { fullName notes { totalCount edges { node { text } } } } } }`,
      { id: withContact.id },
      { token: tokens.manager },
    );
    expect(single.data?.note.contact).toEqual({
      fullName: 'Вера',
      notes: { totalCount: 2, edges: [{ node: { text: 'Выслали КП' } }, { node: { text: 'Уточнили объём' } }] },
    });
  });

  it('batches Company.notes: a page of 30 companies costs a bounded number of SQL statements', async () => {
    // Each company's oldest note (…/0) is by the TMN manager, later ones by his director: listing the manager's
    // notes gives a page of 30 different companies, each with 1–4 notes.
    const author = fx.users.tmnManager.id;
    for (let index = 0; index < 30; index += 1) {
      const id = await insertCompany(app.dataSource, { name: `Компания ${String(index).padStart(2, '0')}`, responsibleId: author, branchId: fx.branches.tmn });
      for (let note = 0; note < 1 + (index % 4); note += 1) {
        await app.dataSource.query(
          `INSERT INTO notes (company_id, author_id, text, created_at) VALUES ($1, $2, $3, now() - make_interval(mins => $4))`,
          [id, note === 0 ? author : fx.users.tmnDirector.id, `${index}/${note}`, 100 - note],
        );
      }
    }
    const query = `query($filter: NoteFilter) {
      notes(filter: $filter, first: 30) { edges { node {
        company { name notes(first: 2) { totalCount edges { node { text author { fullName } } } } }
      } } }
    }`;
    const token = tokens.tmnManager;
    app.resetQueries();
    const result = await app.gql(query, { filter: { authorId: author } }, { token });
    const statements = [...app.queries];
    expect(result.errors).toBeUndefined();
    // Session, list page, list count, companies by id, their notes, their note counts, authors.
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(7);
    const nodes: any[] = result.data?.notes.edges.map((edge: any) => edge.node) ?? [];
    expect(nodes).toHaveLength(30);
    const byName = new Map(nodes.map((node) => [node.company.name, node.company.notes]));
    expect(byName.size).toBe(30);
    expect(byName.get('Компания 00')).toEqual({ totalCount: 1, edges: [{ node: { text: '0/0', author: { fullName: 'Тюменцев Тарас' } } }] });
    expect(byName.get('Компания 07')?.totalCount).toBe(4);
    expect(byName.get('Компания 07')?.edges).toEqual([
      { node: { text: '7/3', author: { fullName: 'Тюменский Тимур' } } },
      { node: { text: '7/2', author: { fullName: 'Тюменский Тимур' } } },
    ]);
  });
});
