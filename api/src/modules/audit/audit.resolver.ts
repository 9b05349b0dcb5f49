import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { User } from '../users/user.entity';
import { AuditEvent } from './audit-event.entity';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for jobs and imports' })
  actor(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return event.actorId ? ctx.loaders.byId(User, { withDeleted: true }).load(event.actorId) : null;
  }
}
