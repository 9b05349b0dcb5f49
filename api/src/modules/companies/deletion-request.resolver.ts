import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { requireActor } from '../../common/context';
import { canCancelDeletionRequest, canDecideCompanyDeletion } from '../access/access-policy';
import { User } from '../users/user.entity';
import { Company } from './company.entity';
import { CompanyDeletionRequestConnection } from './company.types';
import { CompanyDeletionRequest, DeletionRequestStatus } from './deletion-request.entity';

@Resolver(() => CompanyDeletionRequest)
export class CompanyDeletionRequestResolver {
  @Query(() => CompanyDeletionRequestConnection, {
    description: 'Newest first. Leadership sees requests for its branch, ADMIN and GROUP_MANAGER all, everyone his own',
  })
  companyDeletionRequests(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => DeletionRequestStatus, { nullable: true }) status?: DeletionRequestStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.deletionRequests.list(ctx, status, first, after);
  }

  @Mutation(() => CompanyDeletionRequest, { description: 'Asks leadership to delete the company; one pending request per company (else CONFLICT)' })
  requestCompanyDeletion(
    @Arg('id', () => ID, { description: 'The company' }) id: string,
    @Arg('reason', () => String, { description: '3–1000 characters' }) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CompanyDeletionRequest> {
    return ctx.services.deletionRequests.request(ctx, id, reason);
  }

  @Mutation(() => CompanyDeletionRequest, { description: 'Leadership approves (the company is deleted) or rejects a pending request' })
  decideCompanyDeletion(
    @Arg('id', () => ID, { description: 'The request id, or the id of a company with a pending request' }) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<CompanyDeletionRequest> {
    return ctx.services.deletionRequests.decide(ctx, id, approve);
  }

  @Mutation(() => CompanyDeletionRequest, { description: 'The requester withdraws his pending request' })
  cancelCompanyDeletionRequest(
    @Arg('id', () => ID, { description: 'The request id, or the id of a company with a pending request' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CompanyDeletionRequest> {
    return ctx.services.deletionRequests.cancel(ctx, id);
  }

  @Mutation(() => Boolean, { description: 'Leadership deletes a company at once (soft: it leaves every list); a pending request counts as approved' })
  deleteCompany(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.deletionRequests.deleteCompany(ctx, id);
  }

  @FieldResolver(() => Company, { description: 'The company, also after it was deleted' })
  company(@Root() request: CompanyDeletionRequest, @Ctx() ctx: RequestContext): Promise<Company> {
    return ctx.loaders.byId(Company, { withDeleted: true }).load(request.companyId) as Promise<Company>;
  }

  @FieldResolver(() => User)
  requester(@Root() request: CompanyDeletionRequest, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.loaders.byId(User, { withDeleted: true }).load(request.requesterId) as Promise<User>;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who approved, rejected or cancelled the request' })
  decidedBy(@Root() request: CompanyDeletionRequest, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return request.decidedById ? ctx.loaders.byId(User, { withDeleted: true }).load(request.decidedById) : null;
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may approve or reject it now' })
  async viewerCanDecide(@Root() request: CompanyDeletionRequest, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (request.status !== DeletionRequestStatus.PENDING) return false;
    const company = await ctx.loaders.byId(Company, { withDeleted: true }).load(request.companyId);
    return company !== null && canDecideCompanyDeletion(requireActor(ctx), company);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may withdraw it now' })
  viewerCanCancel(@Root() request: CompanyDeletionRequest, @Ctx() ctx: RequestContext): boolean {
    return request.status === DeletionRequestStatus.PENDING && canCancelDeletionRequest(requireActor(ctx), request);
  }
}
