import { graphql } from '@/lib/gql';

export const AdminUsersQuery = graphql(`
  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          email
          fullName
          role
          locale
          timeZone
          isActive
          emailSignature
          lastLoginAt
          branch { id code name }
        }
      }
    }
  }
`);

export const BranchesQuery = graphql(`
  query Branches {
    branches { id code name timeZone }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { id isActive }
  }
`);

export const CreateMagicLinkMutation = graphql(`
  mutation CreateMagicLink($userId: ID!) {
    createMagicLink(userId: $userId) { url token expiresAt }
  }
`);

export const CreateBranchMutation = graphql(`
  mutation CreateBranch($input: BranchInput!) {
    createBranch(input: $input) { id }
  }
`);

export const UpdateBranchMutation = graphql(`
  mutation UpdateBranch($id: ID!, $input: BranchInput!) {
    updateBranch(id: $id, input: $input) { id }
  }
`);

export const JobRunsQuery = graphql(`
  query JobRuns {
    jobRuns { name repeatInterval lastRunAt lastFinishedAt nextRunAt failCount lastFailedAt lastError }
  }
`);
