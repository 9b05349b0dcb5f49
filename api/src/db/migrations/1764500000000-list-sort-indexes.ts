import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The companies list sorts by last activity and by contract end too (SORT_EXPRESSIONS in company.service.ts), and
 * neither order had an index: a page of the whole list by last activity sorted every company (46 ms at 50,000 in
 * bench:load's database, growing with the table). Both indexes match the keyset order exactly (sort key, then id,
 * one direction), so a page reads its 26 rows and stops, whichever way it pages.
 */
export class ListSortIndexes1764500000000 implements MigrationInterface {
  name = 'ListSortIndexes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX companies_activity_idx ON companies (last_activity_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(
      `CREATE INDEX companies_contract_end_sort_idx ON companies ((COALESCE(contract_end_date, DATE '9999-12-31')), id) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX companies_contract_end_sort_idx`);
    await q.query(`DROP INDEX companies_activity_idx`);
  }
}
