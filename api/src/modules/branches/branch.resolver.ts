import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { Role } from '../users/user.entity';
import { Branch, Region } from './branch.entity';
import { BranchInput } from './branch.inputs';

@Resolver(() => Branch)
export class BranchResolver {
  @Query(() => [Branch])
  branches(@Ctx() ctx: RequestContext): Promise<Branch[]> {
    return ctx.services.branches.list(ctx);
  }

  @Query(() => [Region])
  regions(@Ctx() ctx: RequestContext, @Arg('branchId', () => ID, { nullable: true }) branchId?: string): Promise<Region[]> {
    return ctx.services.branches.regions(ctx, branchId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Branch)
  createBranch(@Arg('input', () => BranchInput) input: BranchInput, @Ctx() ctx: RequestContext): Promise<Branch> {
    return ctx.services.branches.create(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Branch)
  updateBranch(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => BranchInput) input: BranchInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Branch> {
    return ctx.services.branches.update(ctx, id, input);
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => Branch, { nullable: true })
  branch(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Branch | null> | null {
    return region.branchId ? ctx.loaders.byId(Branch).load(region.branchId) : null;
  }
}
