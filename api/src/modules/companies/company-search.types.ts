import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Company } from './company.entity';

export enum SearchMatchField {
  NAME = 'NAME',
  LEGAL_NAME = 'LEGAL_NAME',
  ADDRESS = 'ADDRESS',
  INN = 'INN',
  KPP = 'KPP',
  OGRN = 'OGRN',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  CONTACT = 'CONTACT',
}
registerEnumType(SearchMatchField, {
  name: 'SearchMatchField',
  description: 'What a search hit matched on; ADDRESS also covers the activity kind, EMAIL also a domain (e-mail or website)',
});

@ObjectType({ description: 'One company found by searchCompanies' })
export class CompanySearchHit {
  @Field(() => Company)
  company: Company;

  @Field(() => Float, {
    description:
      'Relevance, higher first: 100 exact INN/KPP/OGRN/phone/e-mail, 95 last 7 phone digits, 90 key prefix, 80 whole word of the name, ' +
      '70 name prefix, 60 name word form, 50 legal name, 45/35 several fields, 40 address or activity, 30 contact name, 20/10 typo or substring',
  })
  score: number;

  @Field(() => SearchMatchField)
  matchedOn: SearchMatchField;

  @Field(() => String, {
    nullable: true,
    description: 'The matched value as HTML: the matching part in <mark>…</mark>, everything else escaped',
  })
  highlight: string | null;
}
