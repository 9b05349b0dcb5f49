import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, type ConnectionShape, PageInfo } from '../../common/connection';
import { Company } from './company.entity';
import { CompanyDeletionRequest } from './deletion-request.entity';

@ObjectType('CompanyEdge')
class CompanyEdge {
  @Field()
  cursor: string;

  @Field(() => Company)
  node: Company;
}

/** The generic connection plus a flag for search counts, which are exact only up to the search's candidate limit. */
@ObjectType('CompanyConnection')
export class CompanyConnection implements ConnectionShape<Company> {
  @Field(() => [CompanyEdge])
  edges: CompanyEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Total number of matching items (all pages); approximate when totalCountIsEstimate.' })
  totalCount: number;

  @Field({
    description:
      'True when the count is not exact: more than 1,000 companies match (the planner’s estimate, at least 1,001), or filter.search matched more companies than the list ranks (1,000, a lower bound). Show it as «≈».',
  })
  totalCountIsEstimate: boolean;
}

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
