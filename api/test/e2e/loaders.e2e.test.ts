import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityFromRow, findByIds, findByIdsWithRepository } from '../../src/common/loaders';
import { createFixtures, type Fixtures, insertCompany, insertContact } from '../helpers/fixtures';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Loaders.byId reads rows with its own SQL: it must return exactly what TypeORM's find returned, for every entity. */
let app: TestApp;
let fx: Fixtures;

beforeAll(async () => {
  app = await startTestApp('loaders');
  fx = await createFixtures(app.dataSource);
  const [region] = await app.dataSource.query(`INSERT INTO regions (name, branch_id) VALUES ('Свердловская область', $1) RETURNING id`, [fx.branches.ekb]);
  const head = await insertCompany(app.dataSource, { name: 'ООО Голова', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
  const [full] = await app.dataSource.query(
    `INSERT INTO companies (name, legal_name, inns, kpp, ogrn, address, region_id, website, activity_kind, employee_count, working_hours,
       time_zone, status_id, responsible_id, branch_id, head_company_id, contract_type, contract_end_date, contract_amount, is_cold_call,
       source, external_id, custom_fields, last_activity_at)
     VALUES ('ООО Полная', 'Общество «Полная»', ARRAY['7707083893','7736207543'], '773601001', '1027700132195', 'Екатеринбург', $1,
       'https://example.ru', 'Стройка', 42, '9–18', 'Asia/Yekaterinburg', $2, $3, $4, $5, 'TENDER', '2027-03-31', 1234567.89, true,
       'import', 'ext-1', '{"a": [1, {"b": null}], "c": "д"}', now() - interval '1 day')
     RETURNING id`,
    [region.id, fx.statuses.client, fx.users.manager.id, fx.branches.ekb, head],
  );
  const gone = await insertCompany(app.dataSource, { name: 'ООО Удалённая', responsibleId: fx.users.manager.id, branchId: fx.branches.ekb });
  await app.dataSource.query(`UPDATE companies SET deleted_at = now() WHERE id = $1`, [gone]);
  const contact = await insertContact(app.dataSource, { companyId: full.id, firstName: 'Иван', lastName: 'Иванов' });
  const goneContact = await insertContact(app.dataSource, { companyId: full.id, firstName: 'Пётр' });
  await app.dataSource.query(`UPDATE contacts SET deleted_at = now(), middle_name = 'Петрович' WHERE id = $1`, [goneContact]);
  await app.dataSource.query(`INSERT INTO notes (company_id, contact_id, author_id, text, is_pinned, attachments) VALUES ($1, $2, $3, 'Заметка', true, '[{"name": "a.pdf"}]')`, [
    full.id,
    contact,
    fx.users.manager.id,
  ]);
  await app.dataSource.query(
    `INSERT INTO tasks (title, description, type_id, status, is_urgent, due_at, assignee_id, creator_id, company_id, contact_id)
     VALUES ('Позвонить', 'Описание', $1, 'IN_PROGRESS', true, now() + interval '1 day', $2, $2, $3, $4)`,
    [fx.taskTypes.call, fx.users.manager.id, full.id, contact],
  );
  await app.dataSource.query(`UPDATE users SET deleted_at = now(), locked_until = now(), last_login_at = now() WHERE id = $1`, [fx.users.tmnManager.id]);
});
afterAll(() => app?.close());

describe('findByIds', () => {
  it('returns what repository.find returned, column for column, for every entity with an id, live and with deleted rows', async () => {
    let compared = 0;
    for (const metadata of app.dataSource.entityMetadatas) {
      if (metadata.tableType !== 'regular' || metadata.primaryColumns.length !== 1 || metadata.primaryColumns[0]!.propertyName !== 'id') continue;
      const ids: string[] = (await app.dataSource.query(`SELECT id FROM "${metadata.tableName}"`)).map((row: { id: string }) => row.id);
      for (const withDeleted of [false, true]) {
        const wanted = [...ids, '00000000-0000-4000-8000-000000000000'];
        const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
        const lean = sortById(await findByIds<{ id: string }>(app.dataSource, metadata, wanted, withDeleted));
        const typeorm = sortById(await findByIdsWithRepository<{ id: string }>(app.dataSource, metadata.target, wanted, withDeleted));
        expect(lean, `${metadata.name} withDeleted=${withDeleted}`).toStrictEqual(typeorm);
        for (const [index, row] of lean.entries()) expect(Object.getPrototypeOf(row)).toBe(Object.getPrototypeOf(typeorm[index]));
        compared += lean.length;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('leaves soft-deleted rows out unless asked for them', async () => {
    const company = app.dataSource.getMetadata('Company');
    const [gone] = await app.dataSource.query(`SELECT id FROM companies WHERE deleted_at IS NOT NULL`);
    expect(await findByIds(app.dataSource, company, [gone.id], false)).toEqual([]);
    expect(await findByIds(app.dataSource, company, [gone.id], true)).toHaveLength(1);
  });
});

describe('entityFromRow', () => {
  it('turns a raw `SELECT *` row into what repository.find returned, for every entity with an id', async () => {
    // The call tables, whose services write with plain SQL and read the rows back through entityFromRow.
    const [device] = await app.dataSource.query(`INSERT INTO phone_devices (user_id, device_id, name) VALUES ($1, 'pixel', 'Pixel') RETURNING id`, [fx.users.manager.id]);
    const [request] = await app.dataSource.query(
      `INSERT INTO call_requests (requester_id, target_user_id, phone, phone_e164, status, device_id, claimed_at, expires_at)
       VALUES ($1, $1, '+7 912 345-67-89', '+79123456789', 'DIALING', $2, now(), now() + interval '2 minutes') RETURNING id`,
      [fx.users.manager.id, device.id],
    );
    await app.dataSource.query(
      `INSERT INTO calls (client_id, user_id, device_id, call_request_id, phone, direction, outcome, source, started_at, duration_seconds, is_cold_call)
       VALUES ('c-1', $1, $2, $3, '+79123456789', 'OUTGOING', 'CONNECTED', 'CLICK_TO_CALL', now(), 42, true)`,
      [fx.users.manager.id, device.id, request.id],
    );
    const seen = new Set<string>();
    let compared = 0;
    for (const metadata of app.dataSource.entityMetadatas) {
      if (metadata.tableType !== 'regular' || metadata.primaryColumns.length !== 1 || metadata.primaryColumns[0]!.propertyName !== 'id') continue;
      const rows: Array<Record<string, unknown>> = await app.dataSource.query(`SELECT * FROM "${metadata.tableName}" ORDER BY id`);
      const typeorm = await findByIdsWithRepository<{ id: string }>(app.dataSource, metadata.target, rows.map((row) => row.id as string), true);
      const byId = new Map(typeorm.map((entity) => [entity.id, entity]));
      for (const row of rows) {
        const entity = entityFromRow<{ id: string }>(app.dataSource, metadata.target, row);
        expect(entity, metadata.name).toStrictEqual(byId.get(entity.id));
        expect(Object.getPrototypeOf(entity)).toBe(Object.getPrototypeOf(byId.get(entity.id)));
        seen.add(metadata.name);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect([...seen]).toEqual(expect.arrayContaining(['Call', 'CallRequest', 'PhoneDevice', 'Company', 'Task']));
  });
});
