import { ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { EmailRecord, PhoneRecord } from '../../common/contact-channels';

@ObjectType()
@Entity('company_phones')
export class CompanyPhone extends PhoneRecord {
  @Column({ type: 'uuid' })
  companyId: string;
}

@ObjectType()
@Entity('company_emails')
export class CompanyEmail extends EmailRecord {
  @Column({ type: 'uuid' })
  companyId: string;
}
