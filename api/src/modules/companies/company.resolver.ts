import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { requireActor } from '../../common/context';
import { UserInputError } from '../../common/errors';
import { canDeleteCompany, canEditCompany, canRequestCompanyDeletion, canTransferCompany } from '../access/access-policy';
import { AuditEvent } from '../audit/audit-event.entity';
import { Branch, Region } from '../branches/branch.entity';
import { Contact } from '../contacts/contact.entity';
import { CompanyStatus, Sphere } from '../dictionaries/dictionary.entity';
import { User } from '../users/user.entity';
import { CompanyEmail, CompanyPhone } from './company-channel.entity';
import { Company } from './company.entity';
import { CompanyFilter, CompanyOrder, CreateCompanyInput, UpdateCompanyInput } from './company.inputs';
import { historyOfCompanies, pendingDeletionRequests, spheresOfCompanies } from './company.loaders';
import { CompanyConnection, CompanyTransferResult } from './company.types';
import { CompanySearchHit } from './company-search.types';
import { CompanyDeletionRequest } from './deletion-request.entity';

const MAX_HISTORY = 200;

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => CompanyConnection, { description: 'Live companies the viewer may see; UPDATED_AT DESC unless orderBy says otherwise' })
  companies(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CompanyFilter, { nullable: true }) filter?: CompanyFilter,
    @Arg('orderBy', () => CompanyOrder, { nullable: true }) orderBy?: CompanyOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.companies.list(ctx, filter ?? {}, orderBy, first, after);
  }

  @Query(() => [CompanySearchHit], {
    description:
      'The search box: companies by words of the name, legal name, address or contact names (word forms, prefixes, typos), ' +
      'INN/KPP/OGRN (4+ digits), phones in any format (5+ digits), e-mails and domains; best first. ' +
      'query: 2–100 characters; first: 1–50, default 10',
  })
  searchCompanies(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<CompanySearchHit[]> {
    return ctx.services.companies.search(ctx, query, first);
  }

  @Query(() => Company, { nullable: true, description: 'A missing or deleted company is a NOT_FOUND error on `id`' })
  company(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Company> {
    return ctx.services.companies.get(ctx, id);
  }

  @Mutation(() => Company)
  createCompany(@Arg('input', () => CreateCompanyInput) input: CreateCompanyInput, @Ctx() ctx: RequestContext): Promise<Company> {
    return ctx.services.companies.create(ctx, input);
  }

  @Mutation(() => Company, { description: 'Omitted fields stay unchanged; phones, emails and sphereIds, when given, replace the lists' })
  updateCompany(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCompanyInput) input: UpdateCompanyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Company> {
    return ctx.services.companies.update(ctx, id, input);
  }

  @Mutation(() => [CompanyTransferResult], {
    description: 'Makes toUserId responsible for the companies (and moves them to his branch); at most 500 ids, one result per distinct id, in the order given',
  })
  transferCompanies(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('toUserId', () => ID) toUserId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CompanyTransferResult[]> {
    return ctx.services.companyTransfers.transfer(ctx, ids, toUserId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The main (first) INN' })
  inn(@Root() company: Company): string | null {
    return company.inns[0] ?? null;
  }

  @FieldResolver(() => [CompanyPhone])
  phones(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<CompanyPhone[]> {
    return ctx.loaders.byParent(CompanyPhone, 'companyId', { sortOrder: 'ASC' }).load(company.id);
  }

  @FieldResolver(() => [CompanyEmail])
  emails(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<CompanyEmail[]> {
    return ctx.loaders.byParent(CompanyEmail, 'companyId', { sortOrder: 'ASC' }).load(company.id);
  }

  @FieldResolver(() => [Contact], { description: 'Live contacts, by last and first name' })
  contacts(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<Contact[]> {
    return ctx.loaders.byParent(Contact, 'companyId', { lastName: 'ASC', firstName: 'ASC' }).load(company.id);
  }

  @FieldResolver(() => User)
  responsible(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<User> {
    // A foreign key guarantees the row; a deactivated or deleted user still shows as the responsible one.
    return ctx.loaders.byId(User, { withDeleted: true }).load(company.responsibleId) as Promise<User>;
  }

  @FieldResolver(() => Branch, { nullable: true })
  branch(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<Branch | null> | null {
    return company.branchId ? ctx.loaders.byId(Branch).load(company.branchId) : null;
  }

  @FieldResolver(() => CompanyStatus, { nullable: true })
  status(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<CompanyStatus | null> | null {
    return company.statusId ? ctx.loaders.byId(CompanyStatus).load(company.statusId) : null;
  }

  @FieldResolver(() => [Sphere])
  spheres(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<Sphere[]> {
    return spheresOfCompanies(ctx).load(company.id);
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return company.regionId ? ctx.loaders.byId(Region).load(company.regionId) : null;
  }

  @FieldResolver(() => Company, { nullable: true })
  headCompany(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<Company | null> | null {
    return company.headCompanyId ? ctx.loaders.byId(Company).load(company.headCompanyId) : null;
  }

  @FieldResolver(() => [Company], { description: 'Live companies whose head company this is, by name' })
  subsidiaries(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<Company[]> {
    return ctx.loaders.byParent(Company, 'headCompanyId', { name: 'ASC' }).load(company.id);
  }

  @FieldResolver(() => [AuditEvent], { description: 'Changes to the company, its contacts and deletion requests, newest first' })
  history(
    @Root() company: Company,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
  ): Promise<AuditEvent[]> {
    if (first === null || !Number.isInteger(first) || first < 1 || first > MAX_HISTORY) {
      throw new UserInputError('first', `first must be between 1 and ${MAX_HISTORY}`);
    }
    return historyOfCompanies(ctx, first).load(company.id);
  }

  @FieldResolver(() => CompanyDeletionRequest, { nullable: true })
  pendingDeletionRequest(@Root() company: Company, @Ctx() ctx: RequestContext): Promise<CompanyDeletionRequest | null> {
    return pendingDeletionRequests(ctx).load(company.id);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() company: Company, @Ctx() ctx: RequestContext): boolean {
    return canEditCompany(requireActor(ctx), company);
  }

  @FieldResolver(() => Boolean)
  viewerCanTransfer(@Root() company: Company, @Ctx() ctx: RequestContext): boolean {
    return canTransferCompany(requireActor(ctx), company);
  }

  @FieldResolver(() => Boolean, { description: 'May delete at once (deleteCompany) and decide deletion requests' })
  viewerCanDelete(@Root() company: Company, @Ctx() ctx: RequestContext): boolean {
    return canDeleteCompany(requireActor(ctx), company);
  }

  @FieldResolver(() => Boolean, { description: 'May file a deletion request (requestCompanyDeletion)' })
  viewerCanRequestDeletion(@Root() company: Company, @Ctx() ctx: RequestContext): boolean {
    return canRequestCompanyDeletion(requireActor(ctx), company);
  }
}
