import { type EntityManager, In } from 'typeorm';
import { type ChannelValues, normalizeEmailInputs, normalizePhoneInputs } from '../../common/channel-writer';
import { UserInputError, isUuid } from '../../common/errors';
import { innError, kppError, ogrnError } from '../../common/validation/requisites';
import { Branch, Region } from '../branches/branch.entity';
import { CompanyStatus, Sphere } from '../dictionaries/dictionary.entity';
import { User } from '../users/user.entity';
import { Company } from './company.entity';
import type { CreateCompanyInput, UpdateCompanyInput } from './company.inputs';

const MAX_CUSTOM_FIELDS_BYTES = 16 * 1024;

/** The columns a client may write, as stored (trimmed, normalised); absent keys stay unchanged. */
export type CompanyColumns = Partial<
  Pick<
    Company,
    | 'name' | 'legalName' | 'inns' | 'kpp' | 'ogrn' | 'address' | 'regionId' | 'website' | 'activityKind' | 'employeeCount'
    | 'workingHours' | 'timeZone' | 'statusId' | 'responsibleId' | 'branchId' | 'headCompanyId' | 'contractType'
    | 'contractEndDate' | 'contractAmount' | 'isColdCall' | 'source' | 'externalId' | 'customFields'
  >
>;

export interface CompanyWrite {
  columns: CompanyColumns;
  /** Given: replaces the spheres. */
  sphereIds?: string[];
  channels: ChannelValues;
}

const TEXT_FIELDS = ['legalName', 'address', 'website', 'activityKind', 'workingHours', 'source', 'externalId', 'timeZone'] as const;
const PASS_THROUGH = ['employeeCount', 'contractType', 'contractEndDate', 'contractAmount', 'regionId', 'statusId', 'branchId', 'headCompanyId'] as const;

/** Trimmed text; an empty one clears the field. */
export const trimToNull = (value: string | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Update inputs are nullable GraphQL-wise; for a required column null is a mistake, not "clear it". */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw new UserInputError(field, `${field} cannot be empty`);
  return value;
}

/** Checks and normalises everything that needs no database: text, requisites, phones, e-mails, custom fields. */
export function normalizeCompanyInput(input: CreateCompanyInput | UpdateCompanyInput): CompanyWrite {
  const columns: CompanyColumns = {};
  const name = notNull(input.name, 'name');
  if (name !== undefined) columns.name = name.trim();
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value !== undefined) columns[field] = trimToNull(value);
  }
  for (const field of PASS_THROUGH) {
    const value = input[field];
    if (value !== undefined) (columns as Record<string, unknown>)[field] = value;
  }
  if (input.inns !== undefined) columns.inns = normalizeInns(input.inns ?? []);
  if (input.kpp !== undefined) columns.kpp = checkedRequisite(input.kpp?.toUpperCase() ?? null, 'kpp', 'KPP', kppError);
  if (input.ogrn !== undefined) columns.ogrn = checkedRequisite(input.ogrn, 'ogrn', 'OGRN', ogrnError);
  const responsibleId = notNull(input.responsibleId, 'responsibleId');
  if (responsibleId !== undefined) columns.responsibleId = responsibleId;
  const isColdCall = notNull(input.isColdCall, 'isColdCall');
  if (isColdCall !== undefined) columns.isColdCall = isColdCall;
  if (input.customFields !== undefined) columns.customFields = checkedCustomFields(input.customFields ?? {});
  return {
    columns,
    sphereIds: input.sphereIds === undefined ? undefined : [...new Set(input.sphereIds ?? [])],
    channels: {
      phones: input.phones === undefined ? undefined : normalizePhoneInputs(input.phones ?? []),
      emails: input.emails === undefined ? undefined : normalizeEmailInputs(input.emails ?? []),
    },
  };
}

function normalizeInns(inns: string[]): string[] {
  const seen = new Set<string>();
  return inns.map((raw, index) => {
    const inn = raw.replace(/\s+/g, '');
    const problem = innError(inn);
    if (problem) throw new UserInputError(`inns.${index}`, `INN ${problem}`);
    if (seen.has(inn)) throw new UserInputError(`inns.${index}`, 'This INN is already in the list');
    seen.add(inn);
    return inn;
  });
}

function checkedRequisite(value: string | null, field: string, label: string, check: (value: string) => string | null): string | null {
  const text = value?.replace(/\s+/g, '') || null;
  const problem = text === null ? null : check(text);
  if (problem) throw new UserInputError(field, `${label} ${problem}`);
  return text;
}

function checkedCustomFields(value: Record<string, unknown>): Record<string, unknown> {
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_CUSTOM_FIELDS_BYTES) {
    throw new UserInputError('customFields', 'customFields must be at most 16 KB of JSON');
  }
  return value;
}

/**
 * Every id the input refers to must name an existing row: a missing one fails at its own field with
 * BAD_USER_INPUT (never as a foreign-key error). Returns the responsible user when the input assigns a new one.
 */
export async function checkCompanyReferences(
  manager: EntityManager,
  write: CompanyWrite,
  existing: Company | null,
): Promise<{ responsible: User | null }> {
  const companyId = existing?.id ?? null;
  const { columns } = write;
  // A retired status or sphere stays on the companies that have it, but is not given to any more of them.
  if (columns.statusId !== undefined && columns.statusId !== existing?.statusId) {
    await expectRow(manager, CompanyStatus, columns.statusId, 'statusId', 'No such active company status', { isActive: true });
  }
  await expectRow(manager, Region, columns.regionId, 'regionId', 'No such region');
  await expectRow(manager, Branch, columns.branchId, 'branchId', 'No such branch');
  if (write.sphereIds?.length) {
    const kept = new Set(companyId ? await currentSphereIds(manager, companyId) : []);
    const valid = write.sphereIds.filter(isUuid);
    const spheres = valid.length ? await manager.getRepository(Sphere).findBy({ id: In(valid) }) : [];
    const usable = new Set(spheres.filter((sphere) => sphere.isActive || kept.has(sphere.id)).map((sphere) => sphere.id));
    const missing = write.sphereIds.findIndex((id) => !usable.has(id));
    if (missing >= 0) throw new UserInputError(`sphereIds.${missing}`, 'No such active sphere');
  }
  let responsible: User | null = null;
  // Re-sending the current responsible user (a form does) is no change, even if he has left since.
  if (columns.responsibleId !== undefined && columns.responsibleId !== existing?.responsibleId) {
    responsible = isUuid(columns.responsibleId) ? await manager.getRepository(User).findOneBy({ id: columns.responsibleId }) : null;
    if (!responsible?.isActive) throw new UserInputError('responsibleId', 'No such active user');
  }
  if (columns.headCompanyId) await checkHeadCompany(manager, columns.headCompanyId, companyId);
  if (columns.externalId !== undefined || columns.source !== undefined) {
    const source = columns.source !== undefined ? columns.source : (existing?.source ?? null);
    const externalId = columns.externalId !== undefined ? columns.externalId : (existing?.externalId ?? null);
    if (source !== null && externalId !== null) await checkExternalIdFree(manager, source, externalId, companyId);
  }
  return { responsible };
}

async function expectRow(
  manager: EntityManager,
  entity: typeof CompanyStatus | typeof Region | typeof Branch,
  id: string | null | undefined,
  field: string,
  message: string,
  where: { isActive?: true } = {},
): Promise<void> {
  if (id === null || id === undefined) return;
  const exists = isUuid(id) && (await manager.getRepository(entity).existsBy({ id, ...where }));
  if (!exists) throw new UserInputError(field, message);
}

async function currentSphereIds(manager: EntityManager, companyId: string): Promise<string[]> {
  const rows: Array<{ sphere_id: string }> = await manager.query('SELECT sphere_id FROM company_spheres WHERE company_id = $1', [companyId]);
  return rows.map((row) => row.sphere_id);
}

/** The head must exist and must not be the company itself or any of its subsidiaries (that would be a cycle). */
async function checkHeadCompany(manager: EntityManager, headId: string, companyId: string | null): Promise<void> {
  if (!isUuid(headId) || !(await manager.getRepository(Company).existsBy({ id: headId }))) {
    throw new UserInputError('headCompanyId', 'No such company');
  }
  if (companyId === null) return;
  if (headId === companyId) throw new UserInputError('headCompanyId', 'A company cannot be its own head company');
  const [{ cycle }] = await manager.query(
    `WITH RECURSIVE chain(id, depth) AS (
       SELECT head_company_id, 1 FROM companies WHERE id = $1
       UNION ALL
       SELECT c.head_company_id, chain.depth + 1 FROM companies c JOIN chain ON c.id = chain.id
       WHERE chain.id IS NOT NULL AND chain.depth < 100
     )
     SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS cycle`,
    [headId, companyId],
  );
  if (cycle) throw new UserInputError('headCompanyId', 'The head company is a subsidiary of this company');
}

/** (source, externalId) is unique across all companies, deleted ones included, as the database index says. */
async function checkExternalIdFree(manager: EntityManager, source: string, externalId: string, companyId: string | null): Promise<void> {
  const taken = await manager
    .getRepository(Company)
    .createQueryBuilder('c')
    .withDeleted()
    .where('c.source = :source AND c.external_id = :externalId', { source, externalId })
    .andWhere(companyId ? 'c.id <> :companyId' : 'TRUE', { companyId })
    .getExists();
  if (taken) throw new UserInputError('externalId', `Another company already has externalId ${externalId} from ${source}`);
}
