import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column } from 'typeorm';
import { BaseEntity } from './base.entity';

export enum PhoneType {
  WORK = 'WORK',
  WORK_DIRECT = 'WORK_DIRECT',
  MOBILE = 'MOBILE',
  HOME = 'HOME',
  FAX = 'FAX',
  OTHER = 'OTHER',
}
registerEnumType(PhoneType, { name: 'PhoneType' });

export enum EmailType {
  WORK = 'WORK',
  PERSONAL = 'PERSONAL',
  OTHER = 'OTHER',
}
registerEnumType(EmailType, { name: 'EmailType' });

/** The columns every phone row has, whether it belongs to a company or a contact. */
@ObjectType()
export abstract class PhoneRecord extends BaseEntity {
  @Field({ description: 'Normalised E.164, e.g. +79123456789' })
  @Column()
  e164: string;

  @Field({ description: 'The number as it was typed' })
  @Column()
  raw: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  extension: string | null;

  @Field(() => PhoneType)
  @Column({ type: 'varchar' })
  type: PhoneType;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  comment: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  sortOrder: number;

  @Field()
  @Column()
  isColdCall: boolean;
}

@ObjectType()
export abstract class EmailRecord extends BaseEntity {
  @Field()
  @Column()
  email: string;

  @Field(() => EmailType)
  @Column({ type: 'varchar' })
  type: EmailType;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  comment: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  sortOrder: number;
}
