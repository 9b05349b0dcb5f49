import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/modules/auth/password';
import { FIXTURE_PASSWORD } from './test-app';

export interface Fixtures {
  branches: { ekb: string; tmn: string };
  users: {
    admin: FixtureUser;
    groupManager: FixtureUser;
    director: FixtureUser;
    head: FixtureUser;
    manager: FixtureUser;
    otherManager: FixtureUser;
    tmnDirector: FixtureUser;
    tmnManager: FixtureUser;
  };
  statuses: { new: string; client: string };
  spheres: { construction: string; it: string };
  taskTypes: { call: string; meeting: string };
}

export interface FixtureUser {
  id: string;
  email: string;
  role: string;
  branchId: string | null;
}

/** Two branches, every role, and the dictionaries: the cast every module's end-to-end file starts from. */
export async function createFixtures(dataSource: DataSource): Promise<Fixtures> {
  const hash = await hashPassword(FIXTURE_PASSWORD);
  const [ekb] = await dataSource.query(`INSERT INTO branches (code, name, time_zone) VALUES ('EKB', 'Екатеринбург', 'Asia/Yekaterinburg') RETURNING id`);
  const [tmn] = await dataSource.query(`INSERT INTO branches (code, name, time_zone) VALUES ('TMN', 'Тюмень', 'Asia/Yekaterinburg') RETURNING id`);
  const user = async (key: string, fullName: string, role: string, branchId: string | null): Promise<FixtureUser> => {
    const email = `${key}@test.pulse`;
    const [row] = await dataSource.query(
      `INSERT INTO users (email, full_name, role, branch_id, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [email, fullName, role, branchId, hash],
    );
    return { id: row.id, email, role, branchId };
  };
  const users = {
    admin: await user('admin', 'Админов Админ', 'ADMIN', null),
    groupManager: await user('group', 'Групповой Григорий', 'GROUP_MANAGER', null),
    director: await user('director', 'Директоров Дмитрий', 'BRANCH_DIRECTOR', ekb.id),
    head: await user('head', 'Начальников Никита', 'SALES_HEAD', ekb.id),
    manager: await user('manager', 'Менеджеров Михаил', 'MANAGER', ekb.id),
    otherManager: await user('other', 'Продажин Пётр', 'MANAGER', ekb.id),
    tmnDirector: await user('tmn-director', 'Тюменский Тимур', 'BRANCH_DIRECTOR', tmn.id),
    tmnManager: await user('tmn-manager', 'Тюменцев Тарас', 'MANAGER', tmn.id),
  };
  const [statusNew] = await dataSource.query(`INSERT INTO company_statuses (name, color, sort_order) VALUES ('Новый', '#2f80ed', 1) RETURNING id`);
  const [statusClient] = await dataSource.query(`INSERT INTO company_statuses (name, color, sort_order) VALUES ('Клиент', '#27ae60', 2) RETURNING id`);
  const [construction] = await dataSource.query(`INSERT INTO spheres (name, sort_order) VALUES ('Строительство', 1) RETURNING id`);
  const [it] = await dataSource.query(`INSERT INTO spheres (name, sort_order) VALUES ('IT', 2) RETURNING id`);
  const [call] = await dataSource.query(`INSERT INTO task_types (name, icon, color, sort_order) VALUES ('Звонок', 'phone', '#2f80ed', 1) RETURNING id`);
  const [meeting] = await dataSource.query(`INSERT INTO task_types (name, icon, color, sort_order) VALUES ('Встреча', 'users', '#9b51e0', 2) RETURNING id`);
  return {
    branches: { ekb: ekb.id, tmn: tmn.id },
    users,
    statuses: { new: statusNew.id, client: statusClient.id },
    spheres: { construction: construction.id, it: it.id },
    taskTypes: { call: call.id, meeting: meeting.id },
  };
}

/** A company row written directly, so that module tests do not depend on the companies API. */
export async function insertCompany(
  dataSource: DataSource,
  values: { name: string; responsibleId: string; branchId: string | null },
): Promise<string> {
  const [row] = await dataSource.query(`INSERT INTO companies (name, responsible_id, branch_id) VALUES ($1, $2, $3) RETURNING id`, [
    values.name,
    values.responsibleId,
    values.branchId,
  ]);
  return row.id;
}

export async function insertContact(dataSource: DataSource, values: { companyId: string; firstName: string; lastName?: string }): Promise<string> {
  const [row] = await dataSource.query(`INSERT INTO contacts (company_id, first_name, last_name) VALUES ($1, $2, $3) RETURNING id`, [
    values.companyId,
    values.firstName,
    values.lastName ?? null,
  ]);
  return row.id;
}
