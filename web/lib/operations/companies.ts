import { graphql } from '@/lib/gql';

export const CompaniesListQuery = graphql(`
  query CompaniesList($filter: CompanyFilter, $orderBy: CompanyOrder, $first: Int, $after: String) {
    companies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      totalCountIsEstimate
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          legalName
          inns
          isColdCall
          lastActivityAt
          viewerCanTransfer
          status { id name color }
          responsible { id fullName }
          branch { id code name }
          phones { id e164 raw extension }
        }
      }
    }
  }
`);

export const CompanyDictionariesQuery = graphql(`
  query CompanyDictionaries {
    companyStatuses { id name color isActive sortOrder }
    spheres { id name color isActive sortOrder }
    branches { id code name }
    regions { id name branch { id } }
    users(filter: { isActive: true }, first: 100) {
      edges { node { id fullName branch { id } } }
    }
  }
`);

export const CompanyQuery = graphql(`
  query Company($id: ID!) {
    company(id: $id) {
      id
      name
      legalName
      inns
      kpp
      ogrn
      address
      website
      activityKind
      employeeCount
      workingHours
      timeZone
      contractType
      contractEndDate
      contractAmount
      isColdCall
      createdAt
      updatedAt
      lastActivityAt
      viewerCanEdit
      viewerCanTransfer
      viewerCanDelete
      viewerCanRequestDeletion
      region { id name }
      status { id name color }
      spheres { id name color }
      responsible { id fullName email }
      branch { id code name }
      headCompany { id name }
      phones { id e164 raw extension type comment isColdCall }
      emails { id email type comment }
      pendingDeletionRequest {
        id
        reason
        createdAt
        viewerCanDecide
        viewerCanCancel
        requester { id fullName }
      }
      contacts { id }
      notes(first: 1) { totalCount }
      openTasks: tasks(status: [NEW, IN_PROGRESS], first: 1) { totalCount }
    }
  }
`);

export const CompanyContactsQuery = graphql(`
  query CompanyContacts($id: ID!) {
    company(id: $id) {
      id
      viewerCanEdit
      contacts {
        id
        fullName
        lastName
        firstName
        middleName
        position
        note
        phones { id e164 raw extension type comment }
        emails { id email type comment }
      }
    }
  }
`);

export const CompanyHistoryQuery = graphql(`
  query CompanyHistory($id: ID!, $first: Int!) {
    company(id: $id) {
      id
      history(first: $first) {
        id
        occurredAt
        verb
        entityType
        changes
        actor { id fullName }
      }
    }
  }
`);

/** The company as the edit form needs it: ids of linked records instead of their display shapes. */
export const CompanyFormQuery = graphql(`
  query CompanyForm($id: ID!) {
    company(id: $id) {
      id
      name
      legalName
      inns
      kpp
      ogrn
      address
      website
      activityKind
      employeeCount
      workingHours
      timeZone
      contractType
      contractEndDate
      contractAmount
      isColdCall
      viewerCanEdit
      region { id }
      status { id }
      spheres { id }
      responsible { id }
      headCompany { id name }
      phones { id raw extension type comment isColdCall }
      emails { id email type comment }
    }
  }
`);

export const CompanyOptionsQuery = graphql(`
  query CompanyOptions($search: String!) {
    companies(filter: { search: $search }, first: 10) {
      edges { node { id name inns } }
    }
  }
`);

export const CreateCompanyMutation = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) { id name }
  }
`);

export const UpdateCompanyMutation = graphql(`
  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) { id name }
  }
`);

export const TransferCompaniesMutation = graphql(`
  mutation TransferCompanies($ids: [ID!]!, $toUserId: ID!) {
    transferCompanies(ids: $ids, toUserId: $toUserId) {
      companyId
      ok
      error { code message }
      company { id name }
    }
  }
`);

export const RequestCompanyDeletionMutation = graphql(`
  mutation RequestCompanyDeletion($id: ID!, $reason: String!) {
    requestCompanyDeletion(id: $id, reason: $reason) { id status }
  }
`);

export const DecideCompanyDeletionMutation = graphql(`
  mutation DecideCompanyDeletion($id: ID!, $approve: Boolean!) {
    decideCompanyDeletion(id: $id, approve: $approve) { id status }
  }
`);

export const CancelCompanyDeletionRequestMutation = graphql(`
  mutation CancelCompanyDeletionRequest($id: ID!) {
    cancelCompanyDeletionRequest(id: $id) { id status }
  }
`);

export const DeleteCompanyMutation = graphql(`
  mutation DeleteCompany($id: ID!) {
    deleteCompany(id: $id)
  }
`);

