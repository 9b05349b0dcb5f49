import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export enum Role {
  MANAGER = 'MANAGER',
  SALES_HEAD = 'SALES_HEAD',
  BRANCH_DIRECTOR = 'BRANCH_DIRECTOR',
  GROUP_MANAGER = 'GROUP_MANAGER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

export enum Locale {
  ru = 'ru',
  en = 'en',
}
registerEnumType(Locale, { name: 'Locale' });

@ObjectType()
@Entity('users')
export class User extends BaseEntity {
  @Field()
  @Column()
  email: string;

  @Field()
  @Column()
  fullName: string;

  @Field(() => Role)
  @Column({ type: 'varchar' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @Field(() => Locale)
  @Column({ type: 'varchar' })
  locale: Locale;

  @Field()
  @Column()
  timeZone: string;

  @Field()
  @Column()
  isActive: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  emailSignature: string | null;

  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'int' })
  failedLogins: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}
