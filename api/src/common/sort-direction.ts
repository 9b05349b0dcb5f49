import { registerEnumType } from 'type-graphql';

/** The direction of a list's `orderBy`, shared by every list so the schema has one `SortDirection`. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
