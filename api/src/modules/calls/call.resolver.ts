import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Connection, type ConnectionShape } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import { type CallEvent, type CallRequestEvent, Topic } from '../../infra/pubsub';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { User } from '../users/user.entity';
import { Call, CallRequest } from './call.entity';
import { fromCallEvent, fromCallRequestEvent } from './call.events';
import { CallFilter, CallResultInput } from './call.inputs';

export const CallConnection = Connection(Call);
const ownTopic = ({ context }: SubscribeResolverData<unknown, unknown, RequestContext>) => requireUser(context).id;

@Resolver(() => CallRequest)
export class CallRequestResolver {
  @Mutation(() => CallRequest, { description: "Web: dial this number on the signed-in user's own phone (expires unless claimed)" })
  requestCall(
    @Arg('phone') phone: string,
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Arg('contactId', () => ID, { nullable: true }) contactId: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CallRequest> {
    return ctx.services.callRequests.request(ctx, phone, companyId, contactId, note);
  }

  @Mutation(() => CallRequest, { description: 'Web: withdraws a request no phone has taken yet (CONFLICT otherwise)' })
  cancelCallRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CallRequest> {
    return ctx.services.callRequests.cancel(ctx, id);
  }

  @Query(() => CallRequest, { nullable: true })
  callRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CallRequest | null> {
    return ctx.services.callRequests.get(ctx, id);
  }

  @Subscription(() => CallRequest, {
    description: "Web: status changes (DELIVERED, DIALING, COMPLETED, CANCELLED, EXPIRED) of the signed-in user's call requests",
    topics: Topic.CALL_REQUEST_UPDATED,
    topicId: ownTopic,
  })
  callRequestUpdated(@Root() event: CallRequestEvent): CallRequest {
    return fromCallRequestEvent(event);
  }

  @FieldResolver(() => Company, { nullable: true })
  company(@Root() request: CallRequest, @Ctx() ctx: RequestContext): Promise<Company | null> | null {
    return request.companyId ? ctx.loaders.byId(Company, { withDeleted: true }).load(request.companyId) : null;
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() request: CallRequest, @Ctx() ctx: RequestContext): Promise<Contact | null> | null {
    return request.contactId ? ctx.loaders.byId(Contact, { withDeleted: true }).load(request.contactId) : null;
  }

  @FieldResolver(() => User)
  requester(@Root() request: CallRequest, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.byId(User, { withDeleted: true }).load(request.requesterId);
  }
}

@Resolver(() => Call)
export class CallResolver {
  @Mutation(() => Call, { description: 'Phone: reports a call; a repeated clientId returns the stored call and changes nothing' })
  reportCallResult(@Arg('input', () => CallResultInput) input: CallResultInput, @Ctx() ctx: RequestContext): Promise<Call> {
    return ctx.services.calls.report(ctx, input);
  }

  @Mutation(() => [Call], {
    description:
      'Phone back online: up to 500 queued calls in one transaction, answered in input order; repeated clientIds change nothing; a bad item refuses the batch naming it (inputs.3.durationSeconds)',
  })
  reportCallResults(@Arg('inputs', () => [CallResultInput]) inputs: CallResultInput[], @Ctx() ctx: RequestContext): Promise<Call[]> {
    return ctx.services.calls.reportMany(ctx, inputs);
  }

  @Query(() => CallConnection, { description: 'Calls the signed-in user may see (his own; leadership its branch), newest first' })
  calls(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CallFilter, { nullable: true }) filter?: CallFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<Call>> {
    return ctx.services.calls.list(ctx, filter ?? {}, first, after);
  }

  @Query(() => CallConnection, { description: "The signed-in user's own calls, newest first" })
  myCalls(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<Call>> {
    return ctx.services.calls.mine(ctx, first, after);
  }

  @Subscription(() => Call, {
    description: "Web: calls reported by the signed-in user's phones (and calls answering his requests), live",
    topics: Topic.CALL_UPDATED,
    topicId: ownTopic,
  })
  callUpdated(@Root() event: CallEvent): Call {
    return fromCallEvent(event);
  }

  @FieldResolver(() => User)
  user(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.byId(User, { withDeleted: true }).load(call.userId);
  }

  @FieldResolver(() => Company, { nullable: true })
  company(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<Company | null> | null {
    return call.companyId ? ctx.loaders.byId(Company, { withDeleted: true }).load(call.companyId) : null;
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<Contact | null> | null {
    return call.contactId ? ctx.loaders.byId(Contact, { withDeleted: true }).load(call.contactId) : null;
  }
}

@Resolver(() => Company)
export class CompanyCallsResolver {
  @FieldResolver(() => CallConnection, { description: 'Calls with this company the signed-in user may see, newest first' })
  calls(
    @Root() company: Company,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<Call>> {
    return ctx.services.calls.pageOfCompany(ctx, company.id, first, after);
  }
}
