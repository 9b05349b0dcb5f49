import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export enum TaskStatus {
  NEW = 'NEW',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus' });

@ObjectType()
@Entity('tasks')
export class Task extends BaseEntity {
  @Field()
  @Column()
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  typeId: string | null;

  @Field(() => TaskStatus)
  @Column({ type: 'varchar' })
  status: TaskStatus;

  @Field()
  @Column()
  isUrgent: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'uuid' })
  assigneeId: string;

  @Column({ type: 'uuid' })
  creatorId: string;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field(() => String, { nullable: true, description: 'iCal RRULE of a recurring task, e.g. FREQ=WEEKLY;BYDAY=MO' })
  @Column({ type: 'varchar', nullable: true })
  rrule: string | null;

  @Field(() => String, { nullable: true, description: 'The recurring task this occurrence belongs to' })
  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  result: string | null;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}
