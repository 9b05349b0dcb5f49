import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Append-only: rows are inserted by AuditService and dropped a partition at a time by retention. */
@ObjectType()
@Entity('audit_events')
export class AuditEvent {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field()
  @PrimaryColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'What happened, e.g. company.update, company.transfer, deletion.approve' })
  @Column()
  verb: string;

  @Field()
  @Column()
  entityType: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  entityId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { from, to } }' })
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;
}
