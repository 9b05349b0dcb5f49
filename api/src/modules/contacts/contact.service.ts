import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { type ChannelValues, ChannelWriter, normalizeEmailInputs, normalizePhoneInputs } from '../../common/channel-writer';
import type { RequestContext } from '../../common/context';
import { requireActor } from '../../common/context';
import { ForbiddenError, NotFoundError, UserInputError, assertId, isUuid, filterId } from '../../common/errors';
import { paginate } from '../../common/paginate';
import { escapeLike } from '../../common/sql';
import { type Actor, canEditCompany } from '../access/access-policy';
import { type AuditService, diffFields } from '../audit/audit.service';
import { notNull, trimToNull } from '../companies/company-input';
import { phoneDigits } from '../companies/company-search';
import type { Company } from '../companies/company.entity';
import type { CompanyService } from '../companies/company.service';
import { Contact, ContactEmail, ContactPhone } from './contact.entity';
import type { ContactFilter, CreateContactInput, UpdateContactInput } from './contact.inputs';

const contactChannels = new ChannelWriter(ContactPhone, ContactEmail, 'contactId');
const SORT_EXPRESSION = "lower(concat_ws(' ', ct.last_name, ct.first_name, ct.middle_name))";
const TEXT_FIELDS = ['lastName', 'middleName', 'position', 'note', 'source', 'externalId'] as const;

type ContactColumns = Partial<Pick<Contact, 'companyId' | 'firstName' | (typeof TEXT_FIELDS)[number]>>;

function normalizeContactInput(input: CreateContactInput | UpdateContactInput): { columns: ContactColumns; channels: ChannelValues } {
  const columns: ContactColumns = {};
  const firstName = notNull(input.firstName, 'firstName');
  if (firstName !== undefined) columns.firstName = firstName.trim();
  const companyId = notNull(input.companyId, 'companyId');
  if (companyId !== undefined) columns.companyId = companyId;
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value !== undefined) columns[field] = trimToNull(value);
  }
  return {
    columns,
    channels: {
      phones: input.phones === undefined ? undefined : normalizePhoneInputs(input.phones ?? []),
      emails: input.emails === undefined ? undefined : normalizeEmailInputs(input.emails ?? []),
    },
  };
}

/** Contacts belong to a company: whoever may edit the company edits its contacts; changes show in its history. */
export class ContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly companies: CompanyService,
  ) {}

  async list(ctx: RequestContext, filter: ContactFilter = {}, first?: number | null, after?: string | null) {
    const query = this.visibleContacts(requireActor(ctx));
    if (filter.companyId) query.andWhere('ct.company_id = :companyId', { companyId: filterId(filter.companyId, 'companyId') });
    if (filter.search?.trim()) applyContactSearch(query, filter.search.trim());
    return paginate(query, {
      sortExpression: SORT_EXPRESSION,
      direction: 'ASC',
      first,
      after,
      count: async () => Number((await query.clone().select('count(*)', 'total').orderBy().getRawOne()).total),
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Contact> {
    const contact = isUuid(id) ? await this.visibleContacts(requireActor(ctx)).andWhere('ct.id = :id', { id }).getOne() : null;
    if (!contact) throw new NotFoundError('Contact');
    return contact;
  }

  async create(ctx: RequestContext, input: CreateContactInput): Promise<Contact> {
    const actor = requireActor(ctx);
    const { columns, channels } = normalizeContactInput(input);
    return this.dataSource.transaction(async (manager) => {
      await this.editableCompany(actor, manager, input.companyId);
      await this.checkExternalIdFree(manager, columns.source ?? null, columns.externalId ?? null, null);
      const { identifiers } = await manager.getRepository(Contact).insert({ ...columns });
      const id = identifiers[0]?.id as string;
      const channelChanges = await contactChannels.replace(manager, id, channels, { created: true });
      await this.companies.touch(manager, input.companyId);
      await this.audit.record(ctx, manager, {
        verb: 'contact.create',
        entityType: 'Contact',
        entityId: id,
        companyId: input.companyId,
        changes: { ...diffFields({}, columns), ...channelChanges },
      });
      return manager.getRepository(Contact).findOneByOrFail({ id });
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateContactInput): Promise<Contact> {
    const actor = requireActor(ctx);
    assertId(id, 'Contact', 'id');
    const { columns, channels } = normalizeContactInput(input);
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.lockVisible(actor, manager, id);
      await this.editableCompany(actor, manager, existing.companyId, 'id');
      if (columns.companyId && columns.companyId !== existing.companyId) await this.editableCompany(actor, manager, columns.companyId);
      const source = columns.source !== undefined ? columns.source : existing.source;
      const externalId = columns.externalId !== undefined ? columns.externalId : existing.externalId;
      if (columns.source !== undefined || columns.externalId !== undefined) await this.checkExternalIdFree(manager, source, externalId, id);

      const columnChanges = diffFields(existing as unknown as Record<string, unknown>, columns);
      const changes = { ...columnChanges, ...(await contactChannels.replace(manager, id, channels)) };
      if (Object.keys(changes).length === 0) return existing;
      if (Object.keys(columnChanges).length > 0) {
        const patch = Object.fromEntries(Object.keys(columnChanges).map((field) => [field, columns[field as keyof ContactColumns]]));
        await manager.getRepository(Contact).update(id, patch);
      }
      const companyId = columns.companyId ?? existing.companyId;
      await this.touchCompanies(manager, existing.companyId, companyId);
      await this.audit.record(ctx, manager, { verb: 'contact.update', entityType: 'Contact', entityId: id, companyId, changes });
      return manager.getRepository(Contact).findOneByOrFail({ id });
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    const actor = requireActor(ctx);
    assertId(id, 'Contact', 'id');
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.lockVisible(actor, manager, id);
      await this.editableCompany(actor, manager, existing.companyId, 'id');
      await manager.getRepository(Contact).softDelete(id);
      await this.companies.touch(manager, existing.companyId);
      await this.audit.record(ctx, manager, {
        verb: 'contact.delete',
        entityType: 'Contact',
        entityId: id,
        companyId: existing.companyId,
        changes: { fullName: { from: existing.fullName, to: null } },
      });
    });
    return true;
  }

  /** Live contacts of live companies the actor may see (the company visibility rule applies to contacts too). */
  private visibleContacts(actor: Actor, manager?: EntityManager): SelectQueryBuilder<Contact> {
    const companies = this.companies.visibleCompanies(actor, manager).select('c.id');
    return (manager ?? this.dataSource.manager)
      .getRepository(Contact)
      .createQueryBuilder('ct')
      .where(`ct.company_id IN (${companies.getQuery()})`)
      .setParameters(companies.getParameters());
  }

  private async lockVisible(actor: Actor, manager: EntityManager, id: string): Promise<Contact> {
    const contact = await this.visibleContacts(actor, manager).andWhere('ct.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!contact) throw new NotFoundError('Contact');
    return contact;
  }

  /** The company a contact is (or goes) in: it must exist (else BAD_USER_INPUT on companyId) and be editable. */
  private async editableCompany(actor: Actor, manager: EntityManager, companyId: string, field = 'companyId'): Promise<Company> {
    let company: Company;
    try {
      company = await this.companies.lockVisible(actor, manager, companyId, field);
    } catch (error) {
      if (error instanceof NotFoundError && field === 'companyId') throw new UserInputError('companyId', 'No such company');
      throw error;
    }
    if (!canEditCompany(actor, company)) throw new ForbiddenError('Only those who may edit the company change its contacts');
    return company;
  }

  private async touchCompanies(manager: EntityManager, ...companyIds: string[]): Promise<void> {
    for (const companyId of new Set(companyIds)) await this.companies.touch(manager, companyId);
  }

  /** (source, externalId) is unique across contacts, deleted ones included, as the database index says. */
  private async checkExternalIdFree(manager: EntityManager, source: string | null, externalId: string | null, contactId: string | null) {
    if (source === null || externalId === null) return;
    const taken = await manager
      .getRepository(Contact)
      .createQueryBuilder('ct')
      .withDeleted()
      .where('ct.source = :source AND ct.external_id = :externalId', { source, externalId })
      .andWhere(contactId ? 'ct.id <> :contactId' : 'TRUE', { contactId })
      .getExists();
    if (taken) throw new UserInputError('externalId', `Another contact already has externalId ${externalId} from ${source}`);
  }
}

function applyContactSearch(query: SelectQueryBuilder<Contact>, search: string): void {
  const conditions = [`${SORT_EXPRESSION} LIKE lower(:searchText)`, 'ct.position ILIKE :searchText'];
  const params: Record<string, string> = { searchText: `%${escapeLike(search)}%` };
  if (search.includes('@') || /^[\w.+-]+$/.test(search)) {
    conditions.push('EXISTS (SELECT 1 FROM contact_emails se WHERE se.contact_id = ct.id AND se.email ILIKE :searchText)');
  }
  const digits = search.replace(/\D/g, '');
  if (/^[\d\s()+\-.]+$/.test(search) && digits.length >= 5) {
    conditions.push('EXISTS (SELECT 1 FROM contact_phones sp WHERE sp.contact_id = ct.id AND sp.e164 LIKE :searchPhone)');
    params.searchPhone = `%${phoneDigits(digits)}%`;
  }
  query.andWhere(`(${conditions.join(' OR ')})`, params);
}
