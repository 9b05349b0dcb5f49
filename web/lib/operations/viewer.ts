import { graphql } from '@/lib/gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      fullName
      role
      locale
      timeZone
      branch { id code name }
    }
  }
`);
