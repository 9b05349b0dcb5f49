import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export enum NotificationKind {
  TASK_ASSIGNED = 'TASK_ASSIGNED',
  TASK_DUE = 'TASK_DUE',
  TASK_OVERDUE = 'TASK_OVERDUE',
  COMPANY_TRANSFERRED = 'COMPANY_TRANSFERRED',
  NOTE_ADDED = 'NOTE_ADDED',
  DELETION_REQUESTED = 'DELETION_REQUESTED',
  DELETION_DECIDED = 'DELETION_DECIDED',
  CONTRACT_EXPIRING = 'CONTRACT_EXPIRING',
  CAMPAIGN = 'CAMPAIGN',
  IMPORT = 'IMPORT',
  SYSTEM = 'SYSTEM',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ description: 'A notice for one user; `entityType`/`entityId` link to what it is about' })
@Entity('notifications')
export class Notification extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar' })
  kind: NotificationKind;

  @Field()
  @Column({ type: 'varchar' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Field(() => String, { nullable: true, description: 'Task, Company, Note, CompanyDeletionRequest…' })
  @Column({ type: 'varchar', nullable: true })
  entityType: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'varchar', select: false })
  dedupeKey: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
