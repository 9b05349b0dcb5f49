import { graphql } from '@/lib/gql';

export const SearchCompaniesQuery = graphql(`
  query SearchCompanies($query: String!, $first: Int) {
    searchCompanies(query: $query, first: $first) {
      matchedOn
      highlight
      company { id name inn }
    }
  }
`);
