import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ChannelWriter } from '../../common/channel-writer';
import type { RequestContext } from '../../common/context';
import { requireActor } from '../../common/context';
import { ForbiddenError, NotFoundError, UserInputError, assertId, isUuid, filterId } from '../../common/errors';
import { cappedCount, paginate } from '../../common/paginate';
import { SortDirection } from '../../common/sort-direction';
import {
  type Actor,
  canAssignCompanyTo,
  canEditCompany,
  canTransferCompany,
  canViewCompany,
  companyScope,
} from '../access/access-policy';
import { type AuditService, diffFields } from '../audit/audit.service';
import { CompanyEmail, CompanyPhone } from './company-channel.entity';
import { checkCompanyReferences, normalizeCompanyInput } from './company-input';
import { CompanySearch, type RankedHit } from './company-search';
import { SEARCH_MAX_LENGTH, SEARCH_MIN_LENGTH } from './company-search-query';
import { Company } from './company.entity';
import { type CompanyFilter, type CompanyOrder, CompanyOrderField, type CreateCompanyInput, type UpdateCompanyInput } from './company.inputs';
import type { CompanySearchHit } from './company-search.types';

export const SEARCH_DEFAULT_FIRST = 10;
export const SEARCH_MAX_FIRST = 50;
/** How many ranked search hits the companies list pages through (and counts exactly). */
const LIST_SEARCH_LIMIT = 1000;
/** Lists longer than this are counted by the planner's estimate (see cappedCount). */
const LIST_EXACT_COUNT_LIMIT = 1000;

/** Sort keys for keyset pagination: never NULL, and each matches an index where one exists. */
const SORT_EXPRESSIONS: Record<CompanyOrderField, string> = {
  [CompanyOrderField.NAME]: 'lower(c.name)',
  [CompanyOrderField.CREATED_AT]: 'c.created_at',
  [CompanyOrderField.UPDATED_AT]: 'c.updated_at',
  [CompanyOrderField.LAST_ACTIVITY_AT]: 'c.last_activity_at',
  [CompanyOrderField.CONTRACT_END_DATE]: "COALESCE(c.contract_end_date, DATE '9999-12-31')",
};

/** Id filters and their conditions. */
const ID_FILTERS = {
  responsibleId: 'c.responsible_id = :responsibleId',
  branchId: 'c.branch_id = :branchId',
  statusId: 'c.status_id = :statusId',
  regionId: 'c.region_id = :regionId',
  sphereId: 'EXISTS (SELECT 1 FROM company_spheres fs WHERE fs.company_id = c.id AND fs.sphere_id = :sphereId)',
} as const;

function applyCompanyFilter(query: SelectQueryBuilder<Company>, filter: CompanyFilter): void {
  for (const [field, condition] of Object.entries(ID_FILTERS)) {
    const value = filter[field as keyof typeof ID_FILTERS];
    if (value) query.andWhere(condition, { [field]: filterId(value, field) });
  }
  if (filter.contractType) query.andWhere('c.contract_type = :contractType', { contractType: filter.contractType });
  if (typeof filter.isColdCall === 'boolean') query.andWhere('c.is_cold_call = :isColdCall', { isColdCall: filter.isColdCall });
  if (filter.contractEndsBefore) query.andWhere('c.contract_end_date <= :endsBefore', { endsBefore: filter.contractEndsBefore });
}

const companyChannels = new ChannelWriter(CompanyPhone, CompanyEmail, 'companyId');

export class CompanyService {
  private readonly searcher: CompanySearch;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.searcher = new CompanySearch(dataSource);
  }

  /** The search box (SPEC §5.2): ranked hits with what matched and a highlight. */
  async search(ctx: RequestContext, query: string, first?: number | null): Promise<CompanySearchHit[]> {
    const actor = requireActor(ctx);
    const limit = first ?? SEARCH_DEFAULT_FIRST;
    if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_FIRST) {
      throw new UserInputError('first', `first must be between 1 and ${SEARCH_MAX_FIRST}`);
    }
    const { hits } = await this.searcher.search(actor, query, limit, { highlight: true });
    const companies = await ctx.loaders.byId(Company).loadMany(hits.map((hit) => hit.id));
    return hits.flatMap((hit: RankedHit, index) => {
      const company = companies[index];
      return company instanceof Company ? [{ company, score: hit.score, matchedOn: hit.matchedOn, highlight: hit.highlight }] : [];
    });
  }

  /** Live companies the actor may see: every company query starts here, so the visibility rule lives in one place. */
  visibleCompanies(actor: Actor, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Company> {
    const query = manager.getRepository(Company).createQueryBuilder('c');
    const scope = companyScope(actor);
    if (scope.kind === 'branch') {
      query.andWhere('(c.branch_id IS NOT DISTINCT FROM :scopeBranchId OR c.responsible_id = :scopeUserId)', {
        scopeBranchId: scope.branchId,
        scopeUserId: actor.id,
      });
    } else if (scope.kind === 'own') {
      query.andWhere('c.responsible_id = :scopeUserId', { scopeUserId: scope.userId });
    }
    return query;
  }

  /**
   * The companies list. With `filter.search` it pages through the ranked search hits (at most LIST_SEARCH_LIMIT),
   * combined with the other filters, in relevance order unless `order` is given; the count is then exact over
   * those hits and flagged as an estimate when the search stopped at its candidate limit. Without a search the
   * count is exact up to LIST_EXACT_COUNT_LIMIT and an estimate beyond it.
   */
  async list(ctx: RequestContext, filter: CompanyFilter = {}, order?: CompanyOrder | null, first?: number | null, after?: string | null) {
    const actor = requireActor(ctx);
    const query = this.visibleCompanies(actor);
    applyCompanyFilter(query, filter);
    let sortExpression = SORT_EXPRESSIONS[order?.field ?? CompanyOrderField.UPDATED_AT];
    let direction = order?.direction ?? SortDirection.DESC;
    let estimate = false;
    const search = filter.search?.trim() ?? '';
    if (search.length > SEARCH_MAX_LENGTH) throw new UserInputError('filter.search', `search must be at most ${SEARCH_MAX_LENGTH} characters`);
    // One character narrows nothing down: the list stays unfiltered while the user types on.
    if (search.length >= SEARCH_MIN_LENGTH) {
      const ranked = await this.searcher.search(actor, search, LIST_SEARCH_LIMIT, { highlight: false });
      estimate = ranked.capped || ranked.hits.length === LIST_SEARCH_LIMIT;
      query.andWhere('c.id = ANY(CAST(:searchIds AS uuid[]))', { searchIds: ranked.hits.map((hit) => hit.id) });
      if (!order) {
        sortExpression = 'array_position(CAST(:searchIds AS uuid[]), c.id)';
        direction = SortDirection.ASC;
      }
    }
    const connection = await paginate(query, {
      sortExpression,
      direction,
      first,
      after,
      count: async () => {
        const counted = await cappedCount(query, LIST_EXACT_COUNT_LIMIT);
        estimate ||= counted.estimate;
        return counted.total;
      },
    });
    return { ...connection, totalCountIsEstimate: estimate };
  }

  /** A company the actor may see; a missing, deleted, hidden or malformed id is NOT_FOUND on `id`. */
  async get(ctx: RequestContext, id: string): Promise<Company> {
    const actor = requireActor(ctx);
    const company = isUuid(id) ? await ctx.loaders.byId(Company).load(id) : null;
    if (!company || !canViewCompany(actor, company)) throw new NotFoundError('Company');
    return company;
  }

  /** Locks the company row for the rest of the caller's transaction. */
  async lockVisible(actor: Actor, manager: EntityManager, id: string, field = 'id'): Promise<Company> {
    const company = await manager
      .getRepository(Company)
      .findOne({ where: { id: assertId(id, 'Company', field) }, lock: { mode: 'pessimistic_write' } });
    if (!company || !canViewCompany(actor, company)) throw new NotFoundError('Company', field);
    return company;
  }

  async create(ctx: RequestContext, input: CreateCompanyInput): Promise<Company> {
    const actor = requireActor(ctx);
    const write = normalizeCompanyInput(input);
    write.columns.responsibleId ??= actor.id;
    return this.dataSource.transaction(async (manager) => {
      const { responsible } = await checkCompanyReferences(manager, write, null);
      if (responsible && !canAssignCompanyTo(actor, responsible)) {
        throw new ForbiddenError('You may create companies only for yourself or, as branch leadership, for your branch');
      }
      const columns = { ...write.columns };
      if (columns.branchId === undefined) columns.branchId = responsible?.branchId ?? null;
      // A copy: insert() writes the generated id and timestamps back into the object it is given.
      const { identifiers } = await manager.getRepository(Company).insert({ ...columns } as QueryDeepPartialEntity<Company>);
      const id = identifiers[0]?.id as string;
      const sphereChanges = write.sphereIds ? await this.replaceSpheres(manager, id, write.sphereIds, true) : {};
      const channelChanges = await companyChannels.replace(manager, id, write.channels, { created: true });
      await this.audit.record(ctx, manager, {
        verb: 'company.create',
        entityType: 'Company',
        entityId: id,
        companyId: id,
        changes: { ...diffFields({}, columns), ...sphereChanges, ...channelChanges },
      });
      return manager.getRepository(Company).findOneByOrFail({ id });
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateCompanyInput): Promise<Company> {
    const actor = requireActor(ctx);
    assertId(id, 'Company', 'id');
    const write = normalizeCompanyInput(input);
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.lockVisible(actor, manager, id);
      if (!canEditCompany(actor, existing)) throw new ForbiddenError('You may not edit this company');
      const { responsible } = await checkCompanyReferences(manager, write, existing);
      if (responsible && responsible.id !== existing.responsibleId) {
        if (!canTransferCompany(actor, existing)) throw new ForbiddenError('You may not transfer this company');
        if (write.columns.branchId === undefined) write.columns.branchId = responsible.branchId;
      }
      const columnChanges = diffFields(existing as unknown as Record<string, unknown>, write.columns);
      const sphereChanges = write.sphereIds ? await this.replaceSpheres(manager, id, write.sphereIds) : {};
      const channelChanges = await companyChannels.replace(manager, id, write.channels);
      const changes = { ...columnChanges, ...sphereChanges, ...channelChanges };
      if (Object.keys(changes).length === 0) return existing;

      const patch = Object.fromEntries(Object.keys(columnChanges).map((field) => [field, write.columns[field as keyof typeof write.columns]]));
      await manager.getRepository(Company).update(id, { ...(patch as QueryDeepPartialEntity<Company>), lastActivityAt: () => 'now()' });
      await this.audit.record(ctx, manager, { verb: 'company.update', entityType: 'Company', entityId: id, companyId: id, changes });
      return manager.getRepository(Company).findOneByOrFail({ id });
    });
  }

  /** Something happened on the company (a contact changed, a note…): it moves up in "last activity" lists. */
  async touch(manager: EntityManager, companyId: string): Promise<void> {
    await manager.getRepository(Company).update(companyId, { lastActivityAt: () => 'now()' });
  }

  /** Sets the spheres of a company; returns the audit change, if any (order does not matter). */
  private async replaceSpheres(manager: EntityManager, companyId: string, sphereIds: string[], created = false) {
    const before: string[] = created
      ? []
      : (await manager.query(`SELECT sphere_id FROM company_spheres WHERE company_id = $1`, [companyId])).map(
          (row: { sphere_id: string }) => row.sphere_id,
        );
    const changes = diffFields({ sphereIds: [...before].sort() }, { sphereIds: [...sphereIds].sort() });
    if (Object.keys(changes).length === 0) return {};
    if (!created) await manager.query(`DELETE FROM company_spheres WHERE company_id = $1`, [companyId]);
    if (sphereIds.length > 0) {
      await manager.query(`INSERT INTO company_spheres (company_id, sphere_id) SELECT $1, unnest($2::uuid[])`, [companyId, sphereIds]);
    }
    return changes;
  }
}
