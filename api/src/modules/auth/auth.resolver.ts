import { Args, Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ID } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import { Role, User } from '../users/user.entity';
import { AuthPayload, ChangePasswordArgs, LoginArgs, MagicLink, RefreshTokenArgs } from './auth.types';

@Resolver()
export class AuthResolver {
  @Query(() => User, { description: 'The signed-in user' })
  me(@Ctx() ctx: RequestContext): User {
    return requireUser(ctx);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password; for the web it also sets httpOnly cookies' })
  login(@Args() { email, password }: LoginArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return ctx.services.auth.login(ctx, email, password);
  }

  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token (or the pulse_rt cookie) for new tokens' })
  refreshToken(@Args() { token }: RefreshTokenArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return ctx.services.auth.refresh(ctx, token);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends this session' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.auth.logout(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every browser and phone' })
  logoutEverywhere(@Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.auth.logoutEverywhere(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean)
  changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.auth.changePassword(ctx, currentPassword, newPassword);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MagicLink, { description: 'Admin: a one-time sign-in link for a user, valid 24 hours' })
  createMagicLink(@Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext): Promise<MagicLink> {
    return ctx.services.auth.createMagicLink(ctx, userId);
  }

  @Mutation(() => AuthPayload)
  loginWithMagicLink(@Arg('token') token: string, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return ctx.services.auth.loginWithMagicLink(ctx, token);
  }
}
