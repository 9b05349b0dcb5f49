import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../common/connection';
import { Company } from './company.entity';
import { CompanyDeletionRequest } from './deletion-request.entity';

export const CompanyConnection = Connection(Company);
export const CompanyDeletionRequestConnection = Connection(CompanyDeletionRequest);

@ObjectType({ description: 'Why one company of a batch was not transferred' })
export class CompanyTransferError {
  @Field({ description: 'As extensions.code of a GraphQL error: NOT_FOUND, FORBIDDEN or CONFLICT (already his)' })
  code: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'The outcome for one company of transferCompanies' })
export class CompanyTransferResult {
  @Field(() => ID)
  companyId: string;

  @Field()
  ok: boolean;

  @Field(() => CompanyTransferError, { nullable: true })
  error: CompanyTransferError | null;

  @Field(() => Company, { nullable: true, description: 'The company after the transfer; null when it was not found' })
  company: Company | null;
}
