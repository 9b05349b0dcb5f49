import { randomUUID } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { EmailType, PhoneType } from '../common/contact-channels';
import { normalizePhone } from '../common/validation/phone';
import {
  generateInn10, generateInn12, generateKpp, generateOgrn, generateOgrnip,
} from '../common/validation/requisites';
import { hashPassword } from '../modules/auth/password';
import { ContractType } from '../modules/companies/company.entity';
import { TaskStatus } from '../modules/tasks/task.entity';
import { Role } from '../modules/users/user.entity';
import { createRandom, type Random } from './random';
import * as ru from './russian-data';

export const DEMO_PASSWORD = 'demo1234';

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  fullName: string;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: 'admin@pulse.demo', password: DEMO_PASSWORD, role: Role.ADMIN, fullName: 'Орлова Марина Сергеевна' },
  {
    email: 'director@pulse.demo', password: DEMO_PASSWORD, role: Role.BRANCH_DIRECTOR,
    fullName: 'Воронов Андрей Николаевич',
  },
  { email: 'head@pulse.demo', password: DEMO_PASSWORD, role: Role.SALES_HEAD, fullName: 'Белова Екатерина Игоревна' },
  { email: 'group@pulse.demo', password: DEMO_PASSWORD, role: Role.GROUP_MANAGER, fullName: 'Захаров Дмитрий Олегович' },
  { email: 'manager@pulse.demo', password: DEMO_PASSWORD, role: Role.MANAGER, fullName: 'Иванов Алексей Петрович' },
];

/** More managers so lists, transfers and analytics have someone to compare with; they also sign in with demo1234. */
const MORE_MANAGERS: ReadonlyArray<readonly [email: string, fullName: string, branch: ru.BranchCode]> = [
  ['o.kuznetsova@pulse.demo', 'Кузнецова Ольга Викторовна', 'EKB'],
  ['p.nikitin@pulse.demo', 'Никитин Павел Сергеевич', 'EKB'],
  ['a.sokolov@pulse.demo', 'Соколов Артём Дмитриевич', 'EKB'],
  ['a.morozova@pulse.demo', 'Морозова Анна Владимировна', 'TMN'],
  ['i.lebedev@pulse.demo', 'Лебедев Игорь Васильевич', 'TMN'],
  ['t.guseva@pulse.demo', 'Гусева Татьяна Юрьевна', 'TMN'],
  ['m.kovalev@pulse.demo', 'Ковалёв Максим Андреевич', 'KRD'],
  ['i.tkachenko@pulse.demo', 'Ткаченко Ирина Александровна', 'KRD'],
];

export interface SeedDemoOptions {
  /** How many companies to create; 2,000 unless given. */
  companies?: number;
  log?: (message: string) => void;
  /** The same seed gives the same names, numbers and dates relative to `now` (ids are random). */
  seed?: number;
  now?: Date;
  /** Days of call history for the managers' dashboards and analytics; 60 unless given, 0 for none. */
  callDays?: number;
}

export interface SeedDemoResult {
  seeded: boolean;
  logins: DemoLogin[];
}

/**
 * Fills an empty database with a sales company's worth of demo data, in one transaction. Does nothing when any
 * user exists: the seed is for a first start, never a way to add rows to a live database.
 */
export async function seedDemoData(dataSource: DataSource, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const { companies = 2000, log = () => undefined, seed = 20241124, now = new Date(), callDays = 60 } = options;
  if (!Number.isInteger(companies) || companies < 0) {
    throw new RangeError(`companies must be a whole number ≥ 0, got ${companies}`);
  }
  const logins = DEMO_LOGINS.map((login) => ({ ...login }));
  const started = Date.now();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    // The API and the worker may start on the same empty database at once: the lock lets only one of them seed.
    await runner.query(`SELECT pg_advisory_xact_lock(hashtext('pulse.demo-seed'))`);
    const [{ found }] = await runner.query(`SELECT EXISTS (SELECT 1 FROM users) AS found`);
    if (found) {
      await runner.rollbackTransaction();
      log('users exist, demo data not seeded');
      return { seeded: false, logins };
    }
    // argon2 is deliberately slow: one hash serves every demo user.
    const builder = new DemoDataBuilder(createRandom(seed), now, await hashPassword(DEMO_PASSWORD));
    const tables = builder.build(companies);
    const generated = Date.now();
    // Row-by-row search triggers would make the seed ten times slower: switch them off for this transaction
    // and build the search data once at the end.
    await runner.query(`SET LOCAL pulse.search_triggers = 'off'`);
    for (const [table, rows] of tables) await insertRows(runner, table, rows);
    await runner.query(`SELECT company_search_rebuild()`);
    const calls = await insertDemoCalls(runner, { days: callDays, seed, now });
    await runner.commitTransaction();
    const counts = [...[...tables].map(([table, rows]) => `${table} ${rows.length}`), `calls ${calls}`].join(', ');
    log(`demo data seeded in ${Date.now() - started} ms (generated in ${generated - started} ms): ${counts}`);
    return { seeded: true, logins };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/**
 * A call log for every manager and sales head over the last `days` weekdays (3–10 calls a day, 09:00–18:00
 * Moscow time, to the phones of his own companies), so the dashboard and analytics show something on a first
 * start. Generated in SQL (setseed keeps it repeatable); the analytics triggers keep the rollups as rows go in.
 */
async function insertDemoCalls(runner: QueryRunner, options: { days: number; seed: number; now: Date }): Promise<number> {
  if (options.days <= 0) return 0;
  // Each lateral row must draw its own random numbers: no memoised subquery results.
  await runner.query(`SET LOCAL enable_memoize = off`);
  await runner.query(`SELECT setseed($1)`, [(options.seed % 1000) / 1000]);
  const [{ inserted }]: Array<{ inserted: number }> = await runner.query(
    `WITH made AS (
     INSERT INTO calls (client_id, user_id, branch_id, company_id, phone, phone_e164, direction, outcome, source,
                        started_at, duration_seconds, is_cold_call)
     SELECT 'demo-' || u.id || '-' || d.day || '-' || n.n, u.id, u.branch_id, p.company_id, p.raw, p.e164,
            x.direction, x.outcome, CASE WHEN x.direction = 'OUTGOING' AND x.r3 < 0.6 THEN 'CLICK_TO_CALL' ELSE 'PHONE' END,
            x.started_at, CASE WHEN x.outcome = 'CONNECTED' THEN 15 + floor(x.r2 * 420)::int ELSE 0 END,
            p.is_cold_call OR x.r3 < 0.25
       FROM users u
       CROSS JOIN generate_series(0, $1::int - 1) AS d(day)
       CROSS JOIN LATERAL generate_series(1, 3 + floor(random() * 8)::int + (u.id IS NULL OR d.day < 0)::int) AS n(n)
       CROSS JOIN LATERAL (
         SELECT cp.company_id, cp.raw, cp.e164, c.is_cold_call
           FROM company_phones cp JOIN companies c ON c.id = cp.company_id
          WHERE c.responsible_id = u.id AND c.deleted_at IS NULL AND n.n > 0 AND d.day >= 0
          ORDER BY random() LIMIT 1) p
       CROSS JOIN LATERAL (
         SELECT r1, r2, r3,
                CASE WHEN r3 < 0.1 THEN 'INCOMING' ELSE 'OUTGOING' END AS direction,
                CASE WHEN r3 < 0.1 OR r1 < 0.45 THEN 'CONNECTED' WHEN r1 < 0.72 THEN 'NO_ANSWER' WHEN r1 < 0.84 THEN 'BUSY'
                     WHEN r1 < 0.92 THEN 'REJECTED' ELSE 'FAILED' END AS outcome,
                date_trunc('day', $2::timestamptz AT TIME ZONE 'Europe/Moscow') AT TIME ZONE 'Europe/Moscow'
                  - make_interval(days => d.day) + make_interval(hours => 9, mins => floor(r2 * 540)::int) AS started_at
           FROM (SELECT random() AS r1, random() AS r2, random() AS r3 WHERE n.n > 0 AND d.day >= 0 AND u.id IS NOT NULL) r) x
      WHERE u.role IN ('MANAGER', 'SALES_HEAD') AND u.is_active
        AND extract(isodow FROM ($2::timestamptz AT TIME ZONE 'Europe/Moscow') - make_interval(days => d.day)) < 6
        AND x.started_at < $2::timestamptz
     RETURNING 1)
     SELECT count(*)::int AS inserted FROM made`,
    [options.days, options.now.toISOString()],
  );
  return inserted;
}

type Row = Record<string, unknown>;

// PostgreSQL takes at most 65,535 parameters per statement.
const MAX_PARAMETERS = 65_535;
const MAX_ROWS_PER_INSERT = 1_000;

/** Multi-row parameterised INSERTs; the columns are the first row's keys, and every row has the same keys. */
async function insertRows(runner: QueryRunner, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const batchSize = Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += batchSize) {
    const parameters: unknown[] = [];
    const tuples = rows.slice(start, start + batchSize).map((row) => {
      const placeholders = columns.map((column) => `$${parameters.push(row[column])}`);
      return `(${placeholders.join(', ')})`;
    });
    await runner.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, parameters);
  }
}

/** Parents before children, so foreign keys hold at every statement. */
const TABLE_ORDER = [
  'branches', 'regions', 'company_statuses', 'spheres', 'task_types', 'users', 'companies', 'company_spheres',
  'company_phones', 'company_emails', 'contacts', 'contact_phones', 'contact_emails', 'notes', 'tasks',
] as const;

type Table = (typeof TABLE_ORDER)[number];

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

type BranchPlan = ru.BranchSeed & { id: string };

interface UserPlan {
  id: string;
  role: Role;
  branch: BranchPlan;
}

interface ContactPlan {
  id: string;
  /** Name and patronymic, the polite way to address someone: «Иван Петрович». */
  shortName: string;
}

interface CompanyPlan {
  id: string;
  row: Row;
  branch: BranchPlan;
  city: ru.CitySeed;
  domain: string | null;
  responsible: UserPlan;
  createdAt: number;
  contacts: ContactPlan[];
  lastActivity: number;
}

interface TaskPlan {
  assignee: UserPlan;
  creator: UserPlan;
  company: CompanyPlan | null;
  type: ru.TaskTypeKey;
  status: TaskStatus;
  dueAt: number;
  title?: string;
  rrule?: string;
}

const STATUS_WEIGHTS: ReadonlyArray<readonly [ru.CompanyStatusKey, number]> = [
  ['CLIENT', 30], ['IN_WORK', 20], ['NEW', 20], ['POTENTIAL', 18], ['REFUSED', 12],
];
const CONTRACT_WEIGHTS: ReadonlyArray<readonly [ContractType, number]> = [
  [ContractType.FRAME, 40], [ContractType.TENDER, 25], [ContractType.LEGAL, 20], [ContractType.INDIVIDUAL, 15],
];
const TASK_TYPE_WEIGHTS: ReadonlyArray<readonly [ru.TaskTypeKey, number]> = [
  ['CALL', 45], ['PROPOSAL', 15], ['MEETING', 15], ['LETTER', 12], ['OTHER', 13],
];
const PAST_TASK_STATUSES: ReadonlyArray<readonly [TaskStatus, number]> = [
  [TaskStatus.DONE, 65], [TaskStatus.CANCELLED, 10], [TaskStatus.NEW, 15], [TaskStatus.IN_PROGRESS, 10],
];
const FUTURE_TASK_STATUSES: ReadonlyArray<readonly [TaskStatus, number]> = [
  [TaskStatus.NEW, 55], [TaskStatus.IN_PROGRESS, 25], [TaskStatus.DONE, 15], [TaskStatus.CANCELLED, 5],
];

const amountFormat = new Intl.NumberFormat('ru-RU');

/** Dates relative to `now`, at office hours in a branch's time zone. */
class Clock {
  constructor(
    private readonly random: Random,
    readonly now: number,
  ) {}

  /**
   * `hour`:`minute` local time, `dayOffset` days from today. With `onWeekday`, a weekend day moves away from
   * today (a past Sunday to Friday, a coming Saturday to Monday), so past stays past and future stays future.
   */
  at(branch: ru.BranchSeed, dayOffset: number, hour: number, minute = 0, onWeekday = true): number {
    const offset = branch.utcOffsetHours * HOUR_MS;
    const localMidnight = Math.floor((this.now + offset) / DAY_MS) * DAY_MS + dayOffset * DAY_MS;
    const weekday = new Date(localMidnight).getUTCDay();
    let shift = 0;
    if (onWeekday && (weekday === 0 || weekday === 6)) {
      shift = dayOffset < 0 ? -(weekday === 6 ? 1 : 2) : weekday === 6 ? 2 : 1;
    }
    return localMidnight + shift * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS - offset;
  }

  /** 0 = Sunday … 6 = Saturday, today in the branch's time zone. */
  weekday(branch: ru.BranchSeed): number {
    return new Date(this.at(branch, 0, 0, 0, false) + branch.utcOffsetHours * HOUR_MS).getUTCDay();
  }

  /** A moment during office hours between `from` and a minute ago. */
  pastOfficeTime(branch: ru.BranchSeed, from: number): number {
    const daysBack = Math.max(0, Math.floor((this.now - from) / DAY_MS));
    const moment = this.at(branch, -this.random.int(0, daysBack), this.random.int(9, 18), this.random.int(0, 59));
    return Math.min(Math.max(moment, from), this.now - MINUTE_MS);
  }

  /** "YYYY-MM-DD", `dayOffset` days from today in the branch's time zone. */
  localDate(branch: ru.BranchSeed, dayOffset: number): string {
    const localMidnight = this.at(branch, dayOffset, 0, 0, false) + branch.utcOffsetHours * HOUR_MS;
    return new Date(localMidnight).toISOString().slice(0, 10);
  }
}

/** Everything the seed inserts, built in memory first so that children can point at their parents' ids. */
class DemoDataBuilder {
  private readonly tables = new Map<Table, Row[]>(TABLE_ORDER.map((table) => [table, []]));
  private readonly clock: Clock;
  private readonly branches = new Map<ru.BranchCode, BranchPlan>();
  private readonly regionIds = new Map<string, string>();
  private statusIds = new Map<string, string>();
  private sphereIds = new Map<string, string>();
  private taskTypeIds = new Map<string, string>();
  private readonly managers: UserPlan[] = [];
  private readonly leadership: UserPlan[] = [];
  private readonly companies: CompanyPlan[] = [];
  private readonly usedBrands = new Set<string>();
  /** Per branch, the organisations that may become the head company of a later one. */
  private readonly headCandidates = new Map<string, string[]>();

  constructor(
    private readonly random: Random,
    now: Date,
    private readonly passwordHash: string,
  ) {
    this.clock = new Clock(random, now.getTime());
  }

  build(companyCount: number): ReadonlyMap<Table, Row[]> {
    this.addReferenceData();
    this.addUsers();
    const [demoManager, ...otherManagers] = this.managers;
    let showcases = 0;
    for (let index = 0; index < companyCount; index += 1) {
      // The demo manager owns about a tenth, so his lists are full but not the whole database.
      const responsible = this.random.chance(0.1) ? demoManager : this.random.pick(otherManagers);
      // His first clients' contracts end within a month, so his dashboard always has something to show.
      const isShowcase = responsible === demoManager && showcases < 3;
      if (isShowcase) showcases += 1;
      this.addCompany(responsible, isShowcase);
    }
    for (const company of this.companies) this.addNotes(company);
    const tasks = [...this.demoManagerTasks(), ...this.recurringTasks()];
    const taskCount = Math.round(companyCount * 0.75);
    while (tasks.length < taskCount && this.companies.length > 0) tasks.push(this.randomTask());
    for (const task of tasks) this.addTask(task);
    for (const company of this.companies) {
      company.row.last_activity_at = new Date(company.lastActivity);
      company.row.updated_at = new Date(company.lastActivity);
    }
    return this.tables;
  }

  private add(table: Table, row: Row): void {
    this.tables.get(table)!.push(row);
  }

  private addReferenceData(): void {
    for (const branch of ru.BRANCHES) {
      const plan = { ...branch, id: randomUUID() };
      this.branches.set(branch.code, plan);
      this.add('branches', { id: plan.id, code: plan.code, name: plan.name, time_zone: plan.timeZone });
    }
    for (const region of ru.REGIONS) {
      const id = randomUUID();
      this.regionIds.set(region.name, id);
      this.add('regions', { id, name: region.name, branch_id: this.branches.get(region.branch)!.id });
    }
    const dictionary = (table: Table, entries: ReadonlyArray<ru.DictionarySeed & { icon?: string }>) =>
      new Map(entries.map((entry, index) => {
        const id = randomUUID();
        const icon = entry.icon ? { icon: entry.icon } : {};
        this.add(table, { id, name: entry.name, color: entry.color, sort_order: (index + 1) * 10, ...icon });
        return [entry.name, id];
      }));
    this.statusIds = dictionary('company_statuses', Object.values(ru.COMPANY_STATUSES));
    this.sphereIds = dictionary('spheres', ru.SPHERES);
    this.taskTypeIds = dictionary('task_types', Object.values(ru.TASK_TYPES));
  }

  private addUsers(): void {
    const createdAt = new Date(this.clock.now - 800 * DAY_MS);
    const addUser = (email: string, fullName: string, role: Role, branchCode: ru.BranchCode): UserPlan => {
      const user = { id: randomUUID(), role, branch: this.branches.get(branchCode)! };
      this.add('users', {
        id: user.id, email, full_name: fullName, role, branch_id: user.branch.id, locale: 'ru',
        time_zone: user.branch.timeZone, password_hash: this.passwordHash,
        email_signature: `С уважением,\n${fullName}\nPulse CRM, тел. +7 (343) 300-00-00`,
        created_at: createdAt, updated_at: createdAt,
      });
      return user;
    };
    // The leadership sits in the EKB head office; ADMIN and GROUP_MANAGER act across branches regardless.
    for (const login of DEMO_LOGINS) {
      const user = addUser(login.email, login.fullName, login.role, 'EKB');
      (user.role === Role.MANAGER ? this.managers : this.leadership).push(user);
    }
    for (const [email, fullName, branch] of MORE_MANAGERS) this.managers.push(addUser(email, fullName, Role.MANAGER, branch));
  }

  private addCompany(responsible: UserPlan, isShowcase: boolean): void {
    const { random, clock } = this;
    const branch = responsible.branch;
    const regions = new Set(ru.REGIONS.filter((region) => region.branch === branch.code).map((region) => region.name));
    const city = random.weighted(ru.CITIES.filter((c) => regions.has(c.region)).map((c) => [c, c.weight] as const));
    const form = random.weighted(ru.LEGAL_FORMS.map((f) => [f, f.weight] as const));
    const owner = ru.makePerson(random);
    const brand = form.isIndividual ? null : this.uniqueBrand();
    const statusKey = isShowcase ? 'CLIENT' : random.weighted(STATUS_WEIGHTS);
    const [activity, mainSphere] = random.chance(0.85) ? random.pick(ru.ACTIVITIES) : [null, null];
    const domain = brand ? ru.companyDomain(random, brand) : null;
    const id = randomUUID();
    const createdAt = clock.at(branch, -random.int(20, 900), random.int(9, 18), random.int(0, 59));
    const row: Row = {
      id,
      name: brand ? `${form.short} «${brand}»` : `ИП ${owner.lastName} ${owner.firstName[0]}. ${owner.middleName[0]}.`,
      legal_name: brand ? `${form.full} «${brand}»` : `${form.full} ${ru.fullName(owner)}`,
      ...this.requisites(city, form.isIndividual),
      address: ru.makeAddress(random, city),
      region_id: this.regionIds.get(city.region),
      website: domain && random.chance(0.6) ? random.pick([`https://${domain}`, `www.${domain}`, domain]) : null,
      activity_kind: activity,
      employee_count: random.chance(0.15) ? null : random.weighted<() => number>([
        [() => random.int(1, 15), 35], [() => random.int(16, 100), 40],
        [() => random.int(101, 500), 20], [() => random.int(501, 3000), 5],
      ])(),
      working_hours: random.chance(0.7) ? random.pick(ru.WORKING_HOURS) : null,
      time_zone: city.timeZone,
      status_id: this.statusIds.get(ru.COMPANY_STATUSES[statusKey].name),
      responsible_id: responsible.id,
      branch_id: branch.id,
      head_company_id: this.headCompany(id, branch, form.isIndividual),
      ...this.contract(branch, statusKey, isShowcase),
      is_cold_call: (statusKey === 'NEW' || statusKey === 'POTENTIAL') && random.chance(0.4),
      created_at: new Date(createdAt),
    };
    this.add('companies', row);
    const company: CompanyPlan = {
      id, row, branch, city, domain, responsible, createdAt, contacts: [], lastActivity: createdAt,
    };
    this.companies.push(company);

    const spheres = new Set(mainSphere ? [mainSphere] : []);
    for (let extra = random.weighted<number>([[0, 60], [1, 30], [2, 10]]); extra > 0; extra -= 1) {
      spheres.add(random.pick(ru.SPHERES).name);
    }
    for (const sphere of spheres) this.add('company_spheres', { company_id: id, sphere_id: this.sphereIds.get(sphere) });
    this.addCompanyPhones(company, form.isIndividual, row.is_cold_call === true);
    this.addCompanyEmails(company);
    const contactCount = random.weighted<number>([[0, 12], [1, 38], [2, 35], [3, 15]]);
    for (let index = 0; index < contactCount; index += 1) {
      // An entrepreneur is usually his own first contact.
      this.addContact(company, index === 0 && form.isIndividual ? owner : null);
    }
  }

  private uniqueBrand(): string {
    let brand = ru.makeBrand(this.random);
    for (let attempt = 0; attempt < 5 && this.usedBrands.has(brand); attempt += 1) brand = ru.makeBrand(this.random);
    this.usedBrands.add(brand);
    return brand;
  }

  /** INN, KPP and OGRN registered with one of the city's tax offices. */
  private requisites(city: ru.CitySeed, isIndividual: boolean): Row {
    const rng = this.random.next;
    const taxOffice = this.random.pick(city.taxOffices);
    const region = taxOffice.slice(0, 2);
    if (isIndividual) return { inns: [generateInn12(rng, taxOffice)], kpp: null, ogrn: generateOgrnip(rng, region) };
    const inns = [generateInn10(rng, taxOffice)];
    // A few organisations keep a second INN on the card, e.g. of a reorganised predecessor.
    if (this.random.chance(0.02)) inns.push(generateInn10(rng, taxOffice));
    return { inns, kpp: generateKpp(rng, taxOffice), ogrn: generateOgrn(rng, region) };
  }

  /** A few organisations are subsidiaries of an earlier one in the same branch (inserted first, for the FK). */
  private headCompany(id: string, branch: BranchPlan, isIndividual: boolean): string | null {
    if (isIndividual) return null;
    const candidates = this.headCandidates.get(branch.id) ?? [];
    this.headCandidates.set(branch.id, candidates);
    if (candidates.length > 0 && this.random.chance(0.04)) return this.random.pick(candidates);
    candidates.push(id);
    return null;
  }

  private contract(branch: BranchPlan, statusKey: ru.CompanyStatusKey, isShowcase: boolean): Row {
    const { random } = this;
    const hasContract = isShowcase
      || (statusKey === 'CLIENT' && random.chance(0.8))
      || (statusKey === 'IN_WORK' && random.chance(0.15));
    if (!hasContract) return { contract_type: null, contract_end_date: null, contract_amount: null };
    const endsInDays = isShowcase ? random.int(3, 28) : random.weighted<() => number>([
      [() => random.int(0, 30), 15], [() => -random.int(1, 90), 10], [() => random.int(31, 540), 75],
    ])();
    return {
      contract_type: random.weighted(CONTRACT_WEIGHTS),
      contract_end_date: this.clock.localDate(branch, endsInDays),
      contract_amount: random.int(50, 25_000) * 1000,
    };
  }

  private phoneRow(raw: string, owner: Row, type: PhoneType, order: number, createdAt: number, extra: Row = {}): Row {
    const { e164, extension } = normalizePhone(raw);
    return {
      id: randomUUID(), ...owner, e164, raw, extension, type, sort_order: order, comment: null, is_cold_call: false,
      ...extra, created_at: new Date(createdAt), updated_at: new Date(createdAt),
    };
  }

  private addCompanyPhones(company: CompanyPlan, isIndividual: boolean, isColdCall: boolean): void {
    const { random } = this;
    const count = random.weighted<number>([[1, 50], [2, 35], [3, 15]]);
    for (let index = 0; index < count; index += 1) {
      const type = index > 0
        ? random.weighted([[PhoneType.WORK, 4], [PhoneType.MOBILE, 3], [PhoneType.FAX, 1]] as const)
        : isIndividual ? PhoneType.MOBILE : PhoneType.WORK;
      const raw = type === PhoneType.MOBILE
        ? ru.mobilePhone(random, company.branch.code)
        : ru.cityPhone(random, company.city, index > 0 && random.chance(0.15));
      const hasComment = index > 0 && type !== PhoneType.FAX && random.chance(0.5);
      this.add('company_phones', this.phoneRow(raw, { company_id: company.id }, type, index, company.createdAt, {
        comment: hasComment ? random.pick(ru.COMPANY_PHONE_COMMENTS) : null,
        is_cold_call: isColdCall && index === 0,
      }));
    }
  }

  private addCompanyEmails(company: CompanyPlan): void {
    const { random } = this;
    const { domain } = company;
    const count = random.weighted<number>(domain ? [[0, 20], [1, 55], [2, 25]] : [[0, 50], [1, 50]]);
    const emails = new Set<string>();
    for (let index = 0; index < count; index += 1) {
      emails.add(domain ? ru.companyEmail(random, domain) : ru.personEmail(random, ru.makePerson(random), null));
    }
    [...emails].forEach((email, index) => this.add('company_emails', {
      id: randomUUID(), company_id: company.id, email, type: EmailType.WORK, sort_order: index,
      created_at: new Date(company.createdAt), updated_at: new Date(company.createdAt),
    }));
  }

  private addContact(company: CompanyPlan, entrepreneur: ru.Person | null): void {
    const { random } = this;
    const person = entrepreneur ?? ru.makePerson(random);
    const id = randomUUID();
    const createdAt = Math.min(company.createdAt + random.int(0, 60) * DAY_MS, this.clock.now - MINUTE_MS);
    this.add('contacts', {
      id, company_id: company.id, last_name: person.lastName, first_name: person.firstName,
      middle_name: person.middleName,
      position: entrepreneur ? 'Индивидуальный предприниматель' : random.pick(ru.POSITIONS),
      note: random.chance(0.15) ? random.pick(ru.CONTACT_NOTES) : null,
      created_at: new Date(createdAt), updated_at: new Date(createdAt),
    });
    company.contacts.push({ id, shortName: `${person.firstName} ${person.middleName}` });

    const phoneCount = random.weighted<number>([[0, 5], [1, 70], [2, 25]]);
    for (let index = 0; index < phoneCount; index += 1) {
      const isDirect = index === 1 || random.chance(0.15);
      const raw = isDirect
        ? ru.cityPhone(random, company.city, random.chance(0.5))
        : ru.mobilePhone(random, company.branch.code);
      const type = isDirect ? PhoneType.WORK_DIRECT : PhoneType.MOBILE;
      this.add('contact_phones', this.phoneRow(raw, { contact_id: id }, type, index, createdAt));
    }
    const emails = new Set<string>();
    const emailCount = random.weighted<number>([[0, 35], [1, 55], [2, 10]]);
    for (let index = 0; index < emailCount; index += 1) {
      emails.add(ru.personEmail(random, person, index === 0 ? company.domain : null));
    }
    [...emails].forEach((email, index) => this.add('contact_emails', {
      id: randomUUID(), contact_id: id, email,
      type: company.domain && email.endsWith(`@${company.domain}`) ? EmailType.WORK : EmailType.PERSONAL,
      sort_order: index, created_at: new Date(createdAt), updated_at: new Date(createdAt),
    }));
  }

  private addNotes(company: CompanyPlan): void {
    const { random, clock } = this;
    const colleagues = [
      ...this.managers.filter((m) => m.branch === company.branch && m !== company.responsible), ...this.leadership,
    ];
    const since = Math.max(company.createdAt, clock.now - 365 * DAY_MS);
    const count = random.weighted<number>([[0, 15], [1, 25], [2, 25], [3, 18], [4, 10], [5, 7]]);
    for (let index = 0; index < count; index += 1) {
      const contact = company.contacts.length > 0 && random.chance(0.3) ? random.pick(company.contacts) : null;
      const createdAt = clock.pastOfficeTime(company.branch, since);
      const text = ru.makeNoteText(random, {
        contact: (contact ?? company.contacts[0])?.shortName ?? 'контактное лицо',
        product: random.pick(ru.PRODUCTS),
        amount: amountFormat.format(random.int(20, 3000) * 1000),
      });
      const author = random.chance(0.75) ? company.responsible : random.pick(colleagues);
      this.add('notes', {
        id: randomUUID(), company_id: company.id, contact_id: contact?.id ?? null, author_id: author.id, text,
        is_pinned: random.chance(0.04), created_at: new Date(createdAt), updated_at: new Date(createdAt),
      });
      company.lastActivity = Math.max(company.lastActivity, createdAt);
    }
  }

  /** The demo manager's dashboard: overdue, due today and upcoming work, whatever the company count. */
  private demoManagerTasks(): TaskPlan[] {
    const { random, clock } = this;
    const demoManager = this.managers[0];
    const head = this.leadership.find((user) => user.role === Role.SALES_HEAD)!;
    const ownCompanies = this.companies.filter((company) => company.responsible === demoManager);
    const task = (dueAt: number): TaskPlan => ({
      assignee: demoManager,
      creator: random.chance(0.2) ? head : demoManager,
      company: ownCompanies.length > 0 ? random.pick(ownCompanies) : null,
      type: random.weighted(TASK_TYPE_WEIGHTS),
      status: random.chance(0.7) ? TaskStatus.NEW : TaskStatus.IN_PROGRESS,
      dueAt,
    });
    const branch = demoManager.branch;
    return [
      ...Array.from({ length: 6 }, () => task(clock.at(branch, -random.int(1, 8), random.int(9, 17)))),
      ...Array.from({ length: 5 }, () => task(clock.at(branch, 0, random.int(9, 19), random.pick([0, 30]), false))),
      ...Array.from({ length: 13 }, () => task(clock.at(branch, random.int(1, 14), random.int(9, 17)))),
    ];
  }

  /** Series masters; the recurrence job generates their occurrences. */
  private recurringTasks(): TaskPlan[] {
    const demoManager = this.managers[0];
    const head = this.leadership.find((user) => user.role === Role.SALES_HEAD)!;
    const branch = demoManager.branch;
    const next = (weekday: number) => ((weekday - this.clock.weekday(branch) + 7) % 7) || 7;
    const series = (assignee: UserPlan, title: string, rrule: string, weekday: number): TaskPlan => ({
      assignee, creator: head, company: null, type: 'OTHER', status: TaskStatus.NEW, title, rrule,
      dueAt: this.clock.at(branch, next(weekday), 10, 0, false),
    });
    return [
      series(demoManager, 'Еженедельный отчёт по продажам', 'FREQ=WEEKLY;BYDAY=MO', 1),
      series(demoManager, 'Обзвон клиентов с истекающими договорами', 'FREQ=WEEKLY;BYDAY=FR', 5),
      series(head, 'Планёрка отдела продаж', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 1),
    ];
  }

  /** Due within 30 days either side of today: mostly done in the past, mostly open in the future. */
  private randomTask(): TaskPlan {
    const { random, clock } = this;
    const company = random.pick(this.companies);
    const assignee = random.chance(0.85)
      ? company.responsible
      : random.pick(this.managers.filter((m) => m.branch === company.branch));
    const dueAt = clock.at(company.branch, random.int(-30, 30), random.int(9, 18), random.pick([0, 15, 30, 45]));
    return {
      assignee,
      creator: random.chance(0.7) ? assignee : random.pick(this.leadership),
      company,
      type: random.weighted(TASK_TYPE_WEIGHTS),
      status: random.weighted(dueAt < clock.now ? PAST_TASK_STATUSES : FUTURE_TASK_STATUSES),
      dueAt,
    };
  }

  private addTask(plan: TaskPlan): void {
    const { random, clock } = this;
    const { company, status } = plan;
    const createdAt = Math.max(
      company?.createdAt ?? clock.now - 30 * DAY_MS,
      Math.min(clock.now - HOUR_MS, plan.dueAt - random.int(1, 14) * DAY_MS),
    );
    const completedAt = status === TaskStatus.DONE
      ? Math.max(createdAt, Math.min(clock.now - MINUTE_MS, plan.dueAt - random.int(0, 48) * HOUR_MS))
      : null;
    const contact = company && company.contacts.length > 0 && random.chance(0.4) ? random.pick(company.contacts) : null;
    let title = plan.title ?? random.pick(ru.TASK_TITLES[plan.type]);
    if (!plan.title && plan.type === 'PROPOSAL' && random.chance(0.5)) title += `: ${random.pick(ru.PRODUCTS)}`;
    const topic = `Тема: ${random.pick(ru.PRODUCTS)}.`;
    const description = random.chance(0.25) ? (contact ? `Контакт: ${contact.shortName}. ${topic}` : topic) : null;
    const result = status === TaskStatus.DONE
      ? random.pick(ru.TASK_RESULTS)
      : status === TaskStatus.CANCELLED ? 'Неактуально' : null;
    this.add('tasks', {
      id: randomUUID(), title, description, type_id: this.taskTypeIds.get(ru.TASK_TYPES[plan.type].name), status,
      is_urgent: random.chance(0.08), due_at: new Date(plan.dueAt), assignee_id: plan.assignee.id,
      creator_id: plan.creator.id, company_id: company?.id ?? null, contact_id: contact?.id ?? null,
      rrule: plan.rrule ?? null, completed_at: completedAt === null ? null : new Date(completedAt), result,
      created_at: new Date(createdAt), updated_at: new Date(completedAt ?? createdAt),
    });
    if (company && completedAt !== null) company.lastActivity = Math.max(company.lastActivity, completedAt);
  }
}
