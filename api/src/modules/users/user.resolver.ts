import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { Branch } from '../branches/branch.entity';
import { CreateUserInput, UpdateMyProfileInput, UpdateUserInput, UserFilter } from './user.inputs';
import { Role, User } from './user.entity';

export const UserConnection = Connection(User);

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection)
  users(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.users.list(ctx, filter ?? {}, first, after);
  }

  @Query(() => User, { nullable: true })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.services.users.get(ctx, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.services.users.create(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Admin: edit a user; deactivating or resetting the password ends their sessions' })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<User> {
    return ctx.services.users.update(ctx, id, input);
  }

  @Mutation(() => User)
  updateMyProfile(@Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput, @Ctx() ctx: RequestContext): Promise<User> {
    return ctx.services.users.updateMyProfile(ctx, input);
  }

  @FieldResolver(() => Branch, { nullable: true })
  branch(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Branch | null> | null {
    return user.branchId ? ctx.loaders.byId(Branch).load(user.branchId) : null;
  }
}
