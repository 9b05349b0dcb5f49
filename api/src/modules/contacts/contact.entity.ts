import { Field, ObjectType } from 'type-graphql';
import { Column, DeleteDateColumn, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { EmailRecord, PhoneRecord } from '../../common/contact-channels';

@ObjectType()
@Entity('contacts')
export class Contact extends BaseEntity {
  @Column({ type: 'uuid' })
  companyId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  lastName: string | null;

  @Field()
  @Column()
  firstName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  middleName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  position: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  externalId: string | null;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;

  @Field({ description: 'Last, first and middle name joined' })
  get fullName(): string {
    return [this.lastName, this.firstName, this.middleName].filter(Boolean).join(' ');
  }
}

@ObjectType()
@Entity('contact_phones')
export class ContactPhone extends PhoneRecord {
  @Column({ type: 'uuid' })
  contactId: string;
}

@ObjectType()
@Entity('contact_emails')
export class ContactEmail extends EmailRecord {
  @Column({ type: 'uuid' })
  contactId: string;
}
