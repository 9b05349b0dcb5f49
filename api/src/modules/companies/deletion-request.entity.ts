import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export enum DeletionRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DeletionRequestStatus, { name: 'DeletionRequestStatus' });

@ObjectType()
@Entity('company_deletion_requests')
export class CompanyDeletionRequest extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  requesterId: string;

  @Field()
  @Column()
  reason: string;

  @Field(() => DeletionRequestStatus)
  @Column({ type: 'varchar' })
  status: DeletionRequestStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
