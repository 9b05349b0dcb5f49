import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let fx: Fixtures;
let token: string;

const COMPANIES = 120;
/** Statements for a whole page, the sign-in lookup included: one per relation, whatever the page size. */
const MAX_STATEMENTS = 15;

const PAGE = `query($first: Int) {
  companies(first: $first) {
    totalCount
    edges { node {
      id name inn
      responsible { fullName branch { name } }
      branch { code }
      status { name }
      spheres { name }
      phones { e164 }
      emails { email }
      contacts { fullName phones { e164 } }
    } }
  }
}`;

beforeAll(async () => {
  app = await startTestApp('n_plus_one');
  fx = await createFixtures(app.dataSource);
  token = await app.login('manager@test.pulse');
  const people = [fx.users.manager, fx.users.otherManager, fx.users.head, fx.users.director, fx.users.tmnManager];
  await app.dataSource.query(
    `INSERT INTO companies (name, inns, responsible_id, branch_id, status_id, updated_at)
     SELECT 'Компания ' || lpad(i::text, 3, '0'), ARRAY['7707083893'], ($1::uuid[])[1 + i % 5], ($2::uuid[])[1 + i % 5],
            CASE WHEN i % 2 = 0 THEN $3::uuid ELSE $4::uuid END, now() - i * interval '1 minute'
     FROM generate_series(1, ${COMPANIES}) AS i`,
    [people.map((p) => p.id), people.map((p) => p.branchId), fx.statuses.new, fx.statuses.client],
  );
  await app.dataSource.query(
    `INSERT INTO company_phones (company_id, e164, raw, sort_order)
     SELECT c.id, '+7343' || lpad((row_number() OVER ())::text, 7, '0'), 'raw', s FROM companies c, generate_series(0, 1) AS s`,
  );
  await app.dataSource.query(`INSERT INTO company_emails (company_id, email) SELECT id, 'info-' || id || '@example.ru' FROM companies`);
  await app.dataSource.query(`INSERT INTO company_spheres (company_id, sphere_id) SELECT id, $1 FROM companies`, [fx.spheres.construction]);
  await app.dataSource.query(`INSERT INTO company_spheres (company_id, sphere_id) SELECT id, $1 FROM companies WHERE name ~ '[02468]$'`, [fx.spheres.it]);
  await app.dataSource.query(
    `INSERT INTO contacts (company_id, last_name, first_name) SELECT c.id, 'Контактов', 'Номер' || s FROM companies c, generate_series(1, 2) AS s`,
  );
  await app.dataSource.query(
    `INSERT INTO contact_phones (contact_id, e164, raw) SELECT id, '+7912' || lpad((row_number() OVER ())::text, 7, '0'), 'raw' FROM contacts`,
  );
});
afterAll(() => app?.close());

async function countedPage(first: number) {
  // A fresh session each time: its first request also pays the sign-in lookup (later ones are served from the
  // process's session cache), so both pages are counted the same, at their worst.
  const fresh = await app.login('manager@test.pulse');
  app.resetQueries();
  const result = await app.gql(PAGE, { first }, { token: fresh });
  const statements = [...app.queries];
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { page: result.data.companies, statements };
}

describe('a page of companies with every relation', () => {
  it('costs the same small number of statements for 10 and for 50 companies', async () => {
    const small = await countedPage(10);
    const large = await countedPage(50);
    const report = `\n10: ${small.statements.join('\n')}\n50: ${large.statements.join('\n')}`;
    expect(large.statements.length, report).toBe(small.statements.length);
    expect(large.statements.length, report).toBeLessThanOrEqual(MAX_STATEMENTS);
    // The sign-in lookup is counted too: what is measured is the whole request.
    expect(large.statements.some((sql) => sql.includes('auth_sessions'))).toBe(true);

    expect(small.page.edges).toHaveLength(10);
    expect(large.page.totalCount).toBe(COMPANIES);
    expect(large.page.edges).toHaveLength(50);
    expect(large.page.edges[0].node.name).toBe('Компания 001');
    for (const { node } of large.page.edges) {
      const index = Number(node.name.slice(-3));
      expect(node.inn).toBe('7707083893');
      expect(node.responsible.fullName).toBeTruthy();
      expect(node.responsible.branch.name).toBe(index % 5 === 4 ? 'Тюмень' : 'Екатеринбург');
      expect(node.branch.code).toBe(index % 5 === 4 ? 'TMN' : 'EKB');
      expect(node.status.name).toBe(index % 2 === 0 ? 'Новый' : 'Клиент');
      expect(node.spheres.map((s: any) => s.name)).toEqual(index % 2 === 0 ? ['Строительство', 'IT'] : ['Строительство']);
      expect(node.phones).toHaveLength(2);
      expect(node.emails).toEqual([{ email: `info-${node.id}@example.ru` }]);
      expect(node.contacts.map((c: any) => c.fullName)).toEqual(['Контактов Номер1', 'Контактов Номер2']);
      for (const contact of node.contacts) expect(contact.phones).toHaveLength(1);
    }
  });

  it('keeps the count flat for the company card and its history too', async () => {
    // 005 is the signed-in manager's, 004 and 002 colleagues'.
    const ids = (
      await app.dataSource.query(`SELECT id FROM companies WHERE name IN ('Компания 005', 'Компания 004', 'Компания 002') ORDER BY name DESC`)
    ).map((row: any) => row.id);
    const CARD = `query($a: ID!, $b: ID!, $c: ID!) {
      a: company(id: $a) { ...card } b: company(id: $b) { ...card } c: company(id: $c) { ...card }
    }
    fragment card on Company {
      name headCompany { name } subsidiaries { name } pendingDeletionRequest { id } region { name }
      history(first: 10) { verb actor { fullName } } viewerCanEdit viewerCanDelete
    }`;
    app.resetQueries();
    const result = await app.gql(CARD, { a: ids[0], b: ids[1], c: ids[2] }, { token });
    expect(result.data?.a.viewerCanEdit).toBe(true);
    expect(result.data?.b.viewerCanEdit).toBe(false);
    // Sign-in, the three companies in one batch, then one statement each for subsidiaries, requests and history.
    expect(app.queries.length, app.queries.join('\n')).toBeLessThanOrEqual(5);
  });
});
