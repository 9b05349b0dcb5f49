import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { requireUser } from '../../common/context';
import { type CallRequestEvent, Topic } from '../../infra/pubsub';
import { AuthPayload } from '../auth/auth.types';
import { CallRequest, PhoneDevice } from './call.entity';
import { fromCallRequestEvent } from './call.events';
import { PhoneLoginToken } from './call.inputs';

/** What the Android app (and tools/phone-sim) speaks: sign-in by QR, devices, receiving and claiming call requests. */
@Resolver()
export class PhoneResolver {
  @Mutation(() => PhoneLoginToken, { description: "Web: a one-time code (5 minutes) for signing in the user's phone by QR" })
  createPhoneLoginToken(@Ctx() ctx: RequestContext): Promise<PhoneLoginToken> {
    return ctx.services.phoneDevices.createLoginToken(ctx);
  }

  @Mutation(() => AuthPayload, { description: 'Phone: trades the scanned one-time code for its own tokens and registers the device' })
  exchangePhoneLoginToken(
    @Arg('token') token: string,
    @Arg('deviceId', () => ID) deviceId: string,
    @Arg('deviceName') deviceName: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    return ctx.services.phoneDevices.exchangeLoginToken(ctx, token, deviceId, deviceName);
  }

  @Mutation(() => PhoneDevice, { description: 'Phone: registers (or updates) this device of the signed-in user' })
  registerDevice(
    @Arg('deviceId', () => ID) deviceId: string,
    @Arg('name') name: string,
    @Arg('appVersion', () => String, { nullable: true }) appVersion: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PhoneDevice> {
    return ctx.services.phoneDevices.register(ctx, deviceId, name, appVersion);
  }

  @Subscription(() => PhoneDevice, {
    description: "Web: a phone of the signed-in user signed in by QR code or registered itself (the QR page shows it and retires the code)",
    topics: Topic.PHONE_DEVICE_REGISTERED,
    topicId: ({ context }: SubscribeResolverData<unknown, unknown, RequestContext>) => requireUser(context).id,
  })
  phoneDeviceRegistered(@Root() event: { deviceId: string }, @Ctx() ctx: RequestContext): Promise<PhoneDevice> {
    return ctx.services.phoneDevices.require(requireUser(ctx).id, event.deviceId);
  }

  @Query(() => [PhoneDevice], { description: "The signed-in user's phones" })
  myDevices(@Ctx() ctx: RequestContext): Promise<PhoneDevice[]> {
    return ctx.services.phoneDevices.listMine(ctx);
  }

  @Subscription(() => CallRequest, {
    description:
      "Phone: call requests for the signed-in user, pushed to every socket of his devices (status as raised, PENDING); the push marks it DELIVERED once, beside it. After (re)connecting, ask nextCallRequest(waitSeconds: 0) once for what arrived while away.",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { deviceId: string }, RequestContext>) => {
      const user = requireUser(context);
      const device = await context.services.phoneDevices.require(user.id, args.deviceId);
      context.services.phoneDevices.touch(device, 'seen');
      return context.services.pubSub.subscribe(Topic.CALL_REQUESTED, user.id);
    },
  })
  callRequested(@Arg('deviceId', () => ID) _deviceId: string, @Root() event: CallRequestEvent, @Ctx() ctx: RequestContext): CallRequest {
    return ctx.services.callRequests.pushed(fromCallRequestEvent(event));
  }

  @Query(() => CallRequest, {
    nullable: true,
    description:
      "Phone fallback without a socket: the oldest open call request, or the next one within waitSeconds (0–25), else null. The response carries `extensions.nextPollSeconds`: when to ask again (0 after a long-poll). Bookkeeping writes: the returned request becomes DELIVERED, and the device's lastPollAt is updated at most once a minute.",
  })
  async nextCallRequest(
    @Arg('deviceId', () => ID) deviceId: string,
    @Arg('waitSeconds', () => Int, { nullable: true }) waitSeconds: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<CallRequest | null> {
    const { request, nextPollSeconds } = await ctx.services.callRequests.next(ctx, deviceId, waitSeconds);
    if (ctx.extensions) ctx.extensions.nextPollSeconds = nextPollSeconds;
    return request;
  }

  @Mutation(() => CallRequest, {
    description:
      'Phone: takes the request for this device (status DIALING). Exactly one device wins; the others, and any claim of a claimed, completed, cancelled or expired request, get CONFLICT (extensions.status); an unknown or foreign id gets NOT_FOUND.',
  })
  claimCallRequest(@Arg('id', () => ID) id: string, @Arg('deviceId', () => ID) deviceId: string, @Ctx() ctx: RequestContext): Promise<CallRequest> {
    return ctx.services.callRequests.claim(ctx, id, deviceId);
  }
}
