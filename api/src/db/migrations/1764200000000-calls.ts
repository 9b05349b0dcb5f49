import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Click-to-call: the phones users sign in on, the call requests the web sends them, and the call log the phones report.
 * The call log is kept for good (the old system deleted it after 30 days and lost its analytics).
 */
export class Calls1764200000000 implements MigrationInterface {
  name = 'Calls1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE phone_devices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        device_id varchar(200) NOT NULL,
        name varchar(200) NOT NULL,
        app_version varchar(50),
        last_seen_at timestamptz,
        last_poll_at timestamptz,
        last_error text,
        last_error_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX phone_devices_user_device_uq ON phone_devices (user_id, device_id)`);

    await q.query(`
      CREATE TABLE call_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requester_id uuid NOT NULL REFERENCES users(id),
        target_user_id uuid NOT NULL REFERENCES users(id),
        company_id uuid REFERENCES companies(id),
        contact_id uuid REFERENCES contacts(id),
        phone varchar(50) NOT NULL,
        phone_e164 varchar(20) NOT NULL,
        note varchar(1000),
        status varchar(12) NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING','DELIVERED','DIALING','COMPLETED','CANCELLED','EXPIRED')),
        device_id uuid REFERENCES phone_devices(id) ON DELETE SET NULL,
        delivered_at timestamptz,
        claimed_at timestamptz,
        completed_at timestamptz,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX call_requests_target_open_idx ON call_requests (target_user_id, created_at) WHERE status IN ('PENDING','DELIVERED')`,
    );
    await q.query(`CREATE INDEX call_requests_expiry_idx ON call_requests (expires_at) WHERE status IN ('PENDING','DELIVERED','DIALING')`);
    await q.query(`CREATE INDEX call_requests_company_idx ON call_requests (company_id, created_at DESC) WHERE company_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id varchar(100) NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        branch_id uuid REFERENCES branches(id),
        device_id uuid REFERENCES phone_devices(id) ON DELETE SET NULL,
        call_request_id uuid REFERENCES call_requests(id),
        company_id uuid REFERENCES companies(id),
        contact_id uuid REFERENCES contacts(id),
        phone varchar(50) NOT NULL,
        phone_e164 varchar(20),
        direction varchar(10) NOT NULL CHECK (direction IN ('OUTGOING','INCOMING','MISSED')),
        outcome varchar(10) NOT NULL CHECK (outcome IN ('CONNECTED','NO_ANSWER','BUSY','REJECTED','FAILED','UNKNOWN')),
        source varchar(15) NOT NULL CHECK (source IN ('CLICK_TO_CALL','PHONE')),
        started_at timestamptz NOT NULL,
        duration_seconds integer NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
        is_cold_call boolean NOT NULL DEFAULT false,
        note varchar(2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX calls_user_client_uq ON calls (user_id, client_id)`);
    await q.query(`CREATE UNIQUE INDEX calls_request_uq ON calls (call_request_id) WHERE call_request_id IS NOT NULL`);
    await q.query(`CREATE INDEX calls_company_idx ON calls (company_id, started_at DESC, id DESC) WHERE company_id IS NOT NULL`);
    await q.query(`CREATE INDEX calls_contact_idx ON calls (contact_id, started_at DESC) WHERE contact_id IS NOT NULL`);
    await q.query(`CREATE INDEX calls_user_idx ON calls (user_id, started_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calls`);
    await q.query(`DROP TABLE IF EXISTS call_requests`);
    await q.query(`DROP TABLE IF EXISTS phone_devices`);
  }
}
