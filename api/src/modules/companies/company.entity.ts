import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity, numericTransformer } from '../../common/base.entity';

export enum ContractType {
  FRAME = 'FRAME',
  TENDER = 'TENDER',
  LEGAL = 'LEGAL',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(ContractType, { name: 'ContractType' });

@ObjectType()
@Entity('companies')
export class Company extends BaseEntity {
  @Field()
  @Column()
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  legalName: string | null;

  @Field(() => [String], { description: 'INNs, 10 or 12 digits each; the first is the main one.' })
  @Column({ type: 'varchar', array: true })
  inns: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  kpp: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  ogrn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  address: string | null;

  @Column({ type: 'uuid', nullable: true })
  regionId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  activityKind: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  employeeCount: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  workingHours: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the company, e.g. Asia/Yekaterinburg' })
  @Column({ type: 'varchar', nullable: true })
  timeZone: string | null;

  @Column({ type: 'uuid', nullable: true })
  statusId: string | null;

  @Column({ type: 'uuid' })
  responsibleId: string;

  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @Column({ type: 'uuid', nullable: true })
  headCompanyId: string | null;

  @Field(() => ContractType, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  contractType: ContractType | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  contractEndDate: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  contractAmount: number | null;

  @Field()
  @Column()
  isColdCall: boolean;

  @Field(() => String, { nullable: true, description: 'Where the record came from, e.g. AMOCRM' })
  @Column({ type: 'varchar', nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  externalId: string | null;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  customFields: Record<string, unknown>;

  @Field()
  @Column({ type: 'timestamptz' })
  lastActivityAt: Date;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}
