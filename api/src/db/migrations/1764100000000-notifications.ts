import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications: one row per recipient, deduplicated per user by a key that says what the notice is about. */
export class Notifications1764100000000 implements MigrationInterface {
  name = 'Notifications1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL CHECK (kind IN ('TASK_ASSIGNED','TASK_DUE','TASK_OVERDUE','COMPANY_TRANSFERRED','NOTE_ADDED',
          'DELETION_REQUESTED','DELETION_DECIDED','CONTRACT_EXPIRING','CAMPAIGN','IMPORT','SYSTEM')),
        title varchar(300) NOT NULL,
        body text,
        entity_type varchar(40),
        entity_id uuid,
        company_id uuid,
        dedupe_key varchar(200) NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX notifications_user_dedupe_uq ON notifications (user_id, dedupe_key)`);
    await q.query(`CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_user_unread_idx ON notifications (user_id, created_at DESC) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_read_at_idx ON notifications (read_at) WHERE read_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notifications`);
  }
}
