import { graphql } from '@/lib/gql';

export const CallRequestItemFragment = graphql(`
  fragment CallRequestItem on CallRequest {
    id
    status
    phone
    companyId
    contactId
    expiresAt
    updatedAt
  }
`);

export const CallItemFragment = graphql(`
  fragment CallItem on Call {
    id
    callRequestId
    companyId
    phone
    phoneE164
    direction
    outcome
    source
    startedAt
    durationSeconds
    note
    user { id fullName }
    contact { id fullName }
  }
`);

export const RequestCallMutation = graphql(`
  mutation RequestCall($phone: String!, $companyId: ID, $contactId: ID) {
    requestCall(phone: $phone, companyId: $companyId, contactId: $contactId) {
      ...CallRequestItem
    }
  }
`);

export const CancelCallRequestMutation = graphql(`
  mutation CancelCallRequest($id: ID!) {
    cancelCallRequest(id: $id) {
      ...CallRequestItem
    }
  }
`);

export const CallRequestQuery = graphql(`
  query CallRequest($id: ID!) {
    callRequest(id: $id) {
      ...CallRequestItem
    }
  }
`);

export const MyRecentCallsQuery = graphql(`
  query MyRecentCalls($first: Int!) {
    myCalls(first: $first) {
      edges { node { ...CallItem } }
    }
  }
`);

export const CompanyCallsQuery = graphql(`
  query CompanyCalls($id: ID!, $first: Int!) {
    company(id: $id) {
      id
      calls(first: $first) {
        totalCount
        edges { node { ...CallItem } }
      }
    }
  }
`);

export const CallRequestUpdatedSubscription = graphql(`
  subscription CallRequestUpdated {
    callRequestUpdated {
      ...CallRequestItem
    }
  }
`);

export const CallUpdatedSubscription = graphql(`
  subscription CallUpdated {
    callUpdated {
      ...CallItem
    }
  }
`);

export const PhoneDeviceRegisteredSubscription = graphql(`
  subscription PhoneDeviceRegistered {
    phoneDeviceRegistered {
      deviceId
      name
    }
  }
`);

export const CreatePhoneLoginTokenMutation = graphql(`
  mutation CreatePhoneLoginToken {
    createPhoneLoginToken {
      expiresAt
      qrPayload
      url
    }
  }
`);

export const MyDevicesQuery = graphql(`
  query MyDevices {
    myDevices { id name appVersion lastSeenAt }
  }
`);
