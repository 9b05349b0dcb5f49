import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation data model (SPEC §3): organisation, users and sessions, dictionaries, companies with their
 * phones/emails/contacts, notes, tasks, deletion requests and the month-partitioned audit log.
 */
export class InitialSchema1732406400000 implements MigrationInterface {
  name = 'InitialSchema1732406400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);

    await q.query(`
      CREATE TABLE branches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(16) NOT NULL,
        name varchar(200) NOT NULL,
        time_zone varchar(64) NOT NULL DEFAULT 'Europe/Moscow',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX branches_code_uq ON branches (upper(code)) WHERE deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE regions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        branch_id uuid REFERENCES branches(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX regions_branch_idx ON regions (branch_id)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        full_name varchar(200) NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('MANAGER','SALES_HEAD','BRANCH_DIRECTOR','GROUP_MANAGER','ADMIN')),
        branch_id uuid REFERENCES branches(id),
        locale varchar(5) NOT NULL DEFAULT 'ru' CHECK (locale IN ('ru','en')),
        time_zone varchar(64) NOT NULL DEFAULT 'Europe/Moscow',
        is_active boolean NOT NULL DEFAULT true,
        email_signature text,
        password_hash text,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_uq ON users (lower(email))`);
    await q.query(`CREATE INDEX users_branch_idx ON users (branch_id)`);

    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        refresh_hash text NOT NULL,
        previous_refresh_hash text,
        client varchar(10) NOT NULL CHECK (client IN ('WEB','PHONE','API')),
        device_id varchar(200),
        user_agent varchar(300),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE login_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL CHECK (kind IN ('MAGIC_LINK','PHONE_LOGIN')),
        token_hash text NOT NULL UNIQUE,
        created_by_id uuid REFERENCES users(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    for (const table of ['company_statuses', 'spheres']) {
      await q.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          name varchar(100) NOT NULL,
          color varchar(9),
          sort_order integer NOT NULL DEFAULT 0,
          is_active boolean NOT NULL DEFAULT true,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now()
        )`);
      await q.query(`CREATE UNIQUE INDEX ${table}_name_uq ON ${table} (lower(name))`);
    }
    await q.query(`
      CREATE TABLE task_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        icon varchar(40),
        color varchar(9),
        sort_order integer NOT NULL DEFAULT 0,
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX task_types_name_uq ON task_types (lower(name))`);

    await q.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(300) NOT NULL,
        legal_name varchar(500),
        inns varchar(12)[] NOT NULL DEFAULT '{}',
        kpp varchar(9),
        ogrn varchar(15),
        address varchar(1000),
        region_id uuid REFERENCES regions(id),
        website varchar(300),
        activity_kind varchar(500),
        employee_count integer CHECK (employee_count >= 0),
        working_hours varchar(200),
        time_zone varchar(64),
        status_id uuid REFERENCES company_statuses(id),
        responsible_id uuid NOT NULL REFERENCES users(id),
        branch_id uuid REFERENCES branches(id),
        head_company_id uuid REFERENCES companies(id),
        contract_type varchar(12) CHECK (contract_type IN ('FRAME','TENDER','LEGAL','INDIVIDUAL')),
        contract_end_date date,
        contract_amount numeric(16,2),
        is_cold_call boolean NOT NULL DEFAULT false,
        source varchar(40),
        external_id varchar(100),
        custom_fields jsonb NOT NULL DEFAULT '{}',
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX companies_responsible_idx ON companies (responsible_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX companies_branch_idx ON companies (branch_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX companies_status_idx ON companies (status_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX companies_head_idx ON companies (head_company_id) WHERE head_company_id IS NOT NULL`);
    await q.query(`CREATE INDEX companies_name_idx ON companies (lower(name), id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX companies_updated_idx ON companies (updated_at DESC, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX companies_created_idx ON companies (created_at DESC, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX companies_contract_end_idx ON companies (contract_end_date) WHERE deleted_at IS NULL AND contract_end_date IS NOT NULL`);
    await q.query(`CREATE INDEX companies_inns_idx ON companies USING gin (inns)`);
    await q.query(`CREATE INDEX companies_name_trgm_idx ON companies USING gin (lower(name) gin_trgm_ops)`);
    await q.query(`CREATE UNIQUE INDEX companies_external_uq ON companies (source, external_id) WHERE external_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE company_spheres (
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        sphere_id uuid NOT NULL REFERENCES spheres(id),
        PRIMARY KEY (company_id, sphere_id)
      )`);
    await q.query(`CREATE INDEX company_spheres_sphere_idx ON company_spheres (sphere_id)`);

    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id),
        last_name varchar(100),
        first_name varchar(100) NOT NULL,
        middle_name varchar(100),
        position varchar(200),
        note text,
        source varchar(40),
        external_id varchar(100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX contacts_company_idx ON contacts (company_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX contacts_external_uq ON contacts (source, external_id) WHERE external_id IS NOT NULL`);

    for (const owner of ['company', 'contact']) {
      const ownerTable = owner === 'company' ? 'companies' : 'contacts';
      await q.query(`
        CREATE TABLE ${owner}_phones (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          ${owner}_id uuid NOT NULL REFERENCES ${ownerTable}(id) ON DELETE CASCADE,
          e164 varchar(16) NOT NULL,
          raw varchar(64) NOT NULL,
          extension varchar(10),
          type varchar(12) NOT NULL DEFAULT 'WORK' CHECK (type IN ('WORK','WORK_DIRECT','MOBILE','HOME','FAX','OTHER')),
          comment varchar(300),
          sort_order integer NOT NULL DEFAULT 0,
          is_cold_call boolean NOT NULL DEFAULT false,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now()
        )`);
      await q.query(`CREATE INDEX ${owner}_phones_owner_idx ON ${owner}_phones (${owner}_id, sort_order)`);
      await q.query(`CREATE INDEX ${owner}_phones_e164_idx ON ${owner}_phones (e164)`);
      await q.query(`
        CREATE TABLE ${owner}_emails (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          ${owner}_id uuid NOT NULL REFERENCES ${ownerTable}(id) ON DELETE CASCADE,
          email varchar(254) NOT NULL,
          type varchar(10) NOT NULL DEFAULT 'WORK' CHECK (type IN ('WORK','PERSONAL','OTHER')),
          comment varchar(300),
          sort_order integer NOT NULL DEFAULT 0,
          created_at timestamptz NOT NULL DEFAULT now(),
          updated_at timestamptz NOT NULL DEFAULT now()
        )`);
      await q.query(`CREATE INDEX ${owner}_emails_owner_idx ON ${owner}_emails (${owner}_id, sort_order)`);
      await q.query(`CREATE INDEX ${owner}_emails_email_idx ON ${owner}_emails (lower(email))`);
    }

    await q.query(`
      CREATE TABLE notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id),
        contact_id uuid REFERENCES contacts(id),
        author_id uuid NOT NULL REFERENCES users(id),
        text text NOT NULL,
        is_pinned boolean NOT NULL DEFAULT false,
        attachments jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX notes_company_idx ON notes (company_id, is_pinned DESC, created_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX notes_contact_idx ON notes (contact_id) WHERE contact_id IS NOT NULL AND deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(300) NOT NULL,
        description text,
        type_id uuid REFERENCES task_types(id),
        status varchar(12) NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW','IN_PROGRESS','DONE','CANCELLED')),
        is_urgent boolean NOT NULL DEFAULT false,
        due_at timestamptz,
        assignee_id uuid NOT NULL REFERENCES users(id),
        creator_id uuid NOT NULL REFERENCES users(id),
        company_id uuid REFERENCES companies(id),
        contact_id uuid REFERENCES contacts(id),
        rrule varchar(500),
        series_id uuid REFERENCES tasks(id),
        completed_at timestamptz,
        result text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX tasks_assignee_open_idx ON tasks (assignee_id, due_at) WHERE deleted_at IS NULL AND status IN ('NEW','IN_PROGRESS')`);
    await q.query(`CREATE INDEX tasks_assignee_idx ON tasks (assignee_id, created_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX tasks_company_idx ON tasks (company_id, due_at) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX tasks_contact_idx ON tasks (contact_id) WHERE contact_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX tasks_series_occurrence_uq ON tasks (series_id, due_at) WHERE series_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE company_deletion_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies(id),
        requester_id uuid NOT NULL REFERENCES users(id),
        reason varchar(1000) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','APPROVED','REJECTED','CANCELLED')),
        decided_by_id uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX deletion_requests_pending_uq ON company_deletion_requests (company_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX deletion_requests_status_idx ON company_deletion_requests (status, created_at DESC)`);

    // Append-only, partitioned by month so that retention drops whole partitions instead of deleting rows.
    await q.query(`
      CREATE TABLE audit_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        verb varchar(40) NOT NULL,
        entity_type varchar(40) NOT NULL,
        entity_id uuid NOT NULL,
        company_id uuid,
        changes jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (id, occurred_at)
      ) PARTITION BY RANGE (occurred_at)`);
    await q.query(`CREATE TABLE audit_events_default PARTITION OF audit_events DEFAULT`);
    await q.query(`CREATE INDEX audit_events_company_idx ON audit_events (company_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events (entity_id, occurred_at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_ensure_partitions(months_ahead integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        month_start date;
        partition_name text;
      BEGIN
        FOR i IN 0..months_ahead LOOP
          month_start := (date_trunc('month', now()) + make_interval(months => i))::date;
          partition_name := 'audit_events_' || to_char(month_start, 'YYYY_MM');
          IF to_regclass(partition_name) IS NULL THEN
            EXECUTE format(
              'CREATE TABLE %I PARTITION OF audit_events FOR VALUES FROM (%L) TO (%L)',
              partition_name, month_start, (month_start + interval '1 month')::date);
          END IF;
        END LOOP;
      END $$`);
    await q.query(`SELECT audit_ensure_partitions(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events', 'company_deletion_requests', 'tasks', 'notes', 'contact_emails', 'contact_phones',
      'company_emails', 'company_phones', 'contacts', 'company_spheres', 'companies', 'task_types', 'spheres',
      'company_statuses', 'login_tokens', 'auth_sessions', 'users', 'regions', 'branches',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_ensure_partitions(integer)`);
  }
}
