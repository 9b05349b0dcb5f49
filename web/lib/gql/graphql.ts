/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A range of local calendar days in one time zone, what to group by and whose numbers to include */
export type AnalyticsFilter = {
  /** Only these branches (within what the viewer may see) */
  branchIds?: Array<string | number> | null | undefined;
  /** First day, inclusive */
  from: string;
  granularity?: AnalyticsGranularity | null | undefined;
  groupBy?: AnalyticsGroupBy | null | undefined;
  /** IANA time zone whose calendar days count; the viewer's own by default */
  timeZone?: string | null | undefined;
  /** Last day, inclusive; at most 3 years after `from` (1 year for DAY) */
  to: string;
  /** Only these users (within what the viewer may see) */
  userIds?: Array<string | number> | null | undefined;
};

/** Length of a period; weeks start on Monday, and the first and last periods hold only days inside the range */
export type AnalyticsGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** MANAGER: per user; BRANCH: calls by the branch the caller was in when calling, tasks by the assignee's current branch */
export type AnalyticsGroupBy =
  | 'BRANCH'
  | 'MANAGER';

export type BranchInput = {
  code: string;
  name: string;
  timeZone?: string | null | undefined;
};

export type CallDirection =
  | 'INCOMING'
  | 'MISSED'
  | 'OUTGOING';

export type CallOutcome =
  | 'BUSY'
  | 'CONNECTED'
  | 'FAILED'
  | 'NO_ANSWER'
  | 'REJECTED'
  | 'UNKNOWN';

/** PENDING → DELIVERED (pushed or polled) → DIALING (claimed by one device) → COMPLETED; or CANCELLED / EXPIRED */
export type CallRequestStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'DIALING'
  | 'EXPIRED'
  | 'PENDING';

/** CLICK_TO_CALL: dialled from a call request sent by the web app; PHONE: dialled or received on the phone itself */
export type CallSource =
  | 'CLICK_TO_CALL'
  | 'PHONE';

export type CompanyFilter = {
  branchId?: string | number | null | undefined;
  /** Contracts ending on or before this date */
  contractEndsBefore?: string | null | undefined;
  contractType?: ContractType | null | undefined;
  isColdCall?: boolean | null | undefined;
  regionId?: string | number | null | undefined;
  responsibleId?: string | number | null | undefined;
  /** What searchCompanies finds (words of the name, legal name, address or contact names, INN/KPP/OGRN, phones, e-mails); ordered by relevance unless orderBy is given; fewer than 2 characters filter nothing; at most 100 */
  search?: string | null | undefined;
  sphereId?: string | number | null | undefined;
  statusId?: string | number | null | undefined;
};

/** Sort order of companies; UPDATED_AT DESC unless given */
export type CompanyOrder = {
  direction: SortDirection;
  field: CompanyOrderField;
};

export type CompanyOrderField =
  /** Companies without a contract end date come last in ASC */
  | 'CONTRACT_END_DATE'
  | 'CREATED_AT'
  | 'LAST_ACTIVITY_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type ContractType =
  | 'FRAME'
  | 'INDIVIDUAL'
  | 'LEGAL'
  | 'TENDER';

export type CreateCompanyInput = {
  activityKind?: string | null | undefined;
  address?: string | null | undefined;
  /** Defaults to the responsible user's branch */
  branchId?: string | number | null | undefined;
  contractAmount?: number | null | undefined;
  contractEndDate?: string | null | undefined;
  contractType?: ContractType | null | undefined;
  /** Free JSON object, at most 16 KB */
  customFields?: Record<string, unknown> | null | undefined;
  /** Replaces the e-mails when given */
  emails?: Array<EmailInput> | null | undefined;
  employeeCount?: number | null | undefined;
  /** The id in the source system; unique per source */
  externalId?: string | null | undefined;
  /** The head company of a holding; never the company itself or one of its subsidiaries */
  headCompanyId?: string | number | null | undefined;
  /** INNs, 10 or 12 digits each, checksum-validated; the first is the main one */
  inns?: Array<string> | null | undefined;
  isColdCall?: boolean | null | undefined;
  /** 9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits */
  kpp?: string | null | undefined;
  legalName?: string | null | undefined;
  name: string;
  /** OGRN (13 digits) or OGRNIP (15 digits) */
  ogrn?: string | null | undefined;
  /** Replaces the phones when given */
  phones?: Array<PhoneInput> | null | undefined;
  regionId?: string | number | null | undefined;
  /** Defaults to the current user on create */
  responsibleId?: string | number | null | undefined;
  /** Where the record came from, e.g. AMOCRM */
  source?: string | null | undefined;
  /** Replaces the spheres when given */
  sphereIds?: Array<string | number> | null | undefined;
  statusId?: string | number | null | undefined;
  /** IANA time zone, e.g. Asia/Yekaterinburg */
  timeZone?: string | null | undefined;
  website?: string | null | undefined;
  workingHours?: string | null | undefined;
};

export type CreateContactInput = {
  companyId: string | number;
  /** Replaces the e-mails when given */
  emails?: Array<EmailInput> | null | undefined;
  /** The id in the source system; unique per source */
  externalId?: string | null | undefined;
  firstName: string;
  lastName?: string | null | undefined;
  middleName?: string | null | undefined;
  note?: string | null | undefined;
  /** Replaces the phones when given */
  phones?: Array<PhoneInput> | null | undefined;
  position?: string | null | undefined;
  /** Where the record came from, e.g. AMOCRM */
  source?: string | null | undefined;
};

export type CreateNoteInput = {
  attachments?: Array<NoteAttachmentInput> | null | undefined;
  companyId: string | number;
  /** A contact of the same company the note is about */
  contactId?: string | number | null | undefined;
  isPinned?: boolean | null | undefined;
  text: string;
};

export type CreateTaskInput = {
  /** Defaults to the signed-in user */
  assigneeId?: string | number | null | undefined;
  companyId?: string | number | null | undefined;
  /** A contact of the company; sets the company when companyId is omitted */
  contactId?: string | number | null | undefined;
  description?: string | null | undefined;
  dueAt?: string | null | undefined;
  isUrgent?: boolean | null | undefined;
  /** iCal RRULE, e.g. FREQ=WEEKLY;BYDAY=MO; a recurring task needs dueAt */
  rrule?: string | null | undefined;
  title: string;
  typeId?: string | number | null | undefined;
};

export type CreateUserInput = {
  branchId?: string | number | null | undefined;
  email: string;
  fullName: string;
  locale?: Locale | null | undefined;
  /** Initial password; leave empty and send a magic link instead */
  password?: string | null | undefined;
  role: Role;
  timeZone?: string | null | undefined;
};

export type DeletionRequestStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED';

export type EmailInput = {
  comment?: string | null | undefined;
  email: string;
  /** WORK unless given */
  type?: EmailType | null | undefined;
};

export type EmailType =
  | 'OTHER'
  | 'PERSONAL'
  | 'WORK';

export type Locale =
  | 'en'
  | 'ru';

/** A file already uploaded to storage, attached to a note by reference */
export type NoteAttachmentInput = {
  name: string;
  /** Size in bytes */
  size?: number | null | undefined;
  url: string;
};

export type NotificationKind =
  | 'CAMPAIGN'
  | 'COMPANY_TRANSFERRED'
  | 'CONTRACT_EXPIRING'
  | 'DELETION_DECIDED'
  | 'DELETION_REQUESTED'
  | 'IMPORT'
  | 'NOTE_ADDED'
  | 'SYSTEM'
  | 'TASK_ASSIGNED'
  | 'TASK_DUE'
  | 'TASK_OVERDUE';

export type PhoneInput = {
  comment?: string | null | undefined;
  /** Extension digits; overrides one written in the value ("доб. 12") */
  extension?: string | null | undefined;
  isColdCall?: boolean | null | undefined;
  /** WORK unless given */
  type?: PhoneType | null | undefined;
  /** The number in any common format: "+7 (912) 345-67-89", "8 343 123-45-67 доб. 12" */
  value: string;
};

export type PhoneType =
  | 'FAX'
  | 'HOME'
  | 'MOBILE'
  | 'OTHER'
  | 'WORK'
  | 'WORK_DIRECT';

export type Role =
  | 'ADMIN'
  | 'BRANCH_DIRECTOR'
  | 'GROUP_MANAGER'
  | 'MANAGER'
  | 'SALES_HEAD';

/** What a search hit matched on; ADDRESS also covers the activity kind, EMAIL also a domain (e-mail or website) */
export type SearchMatchField =
  | 'ADDRESS'
  | 'CONTACT'
  | 'EMAIL'
  | 'INN'
  | 'KPP'
  | 'LEGAL_NAME'
  | 'NAME'
  | 'OGRN'
  | 'PHONE';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type TaskFilter = {
  assigneeId?: string | number | null | undefined;
  companyId?: string | number | null | undefined;
  contactId?: string | number | null | undefined;
  creatorId?: string | number | null | undefined;
  /** Due at or after this moment */
  dueFrom?: string | null | undefined;
  /** Due before this moment */
  dueTo?: string | null | undefined;
  /** true: assigned to me; false: assigned to someone else */
  mine?: boolean | null | undefined;
  /** true: open and past due; false: everything else */
  overdue?: boolean | null | undefined;
  /** Part of the title */
  search?: string | null | undefined;
  /** Any of these statuses */
  status?: Array<TaskStatus> | null | undefined;
};

export type TaskOrder = {
  direction?: SortDirection | null | undefined;
  field: TaskOrderField;
};

export type TaskOrderField =
  | 'CREATED_AT'
  /** Tasks without a due date last */
  | 'DUE_AT'
  | 'UPDATED_AT';

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NEW';

export type UpdateCompanyInput = {
  activityKind?: string | null | undefined;
  address?: string | null | undefined;
  /** Defaults to the responsible user's branch */
  branchId?: string | number | null | undefined;
  contractAmount?: number | null | undefined;
  contractEndDate?: string | null | undefined;
  contractType?: ContractType | null | undefined;
  /** Free JSON object, at most 16 KB */
  customFields?: Record<string, unknown> | null | undefined;
  /** Replaces the e-mails when given */
  emails?: Array<EmailInput> | null | undefined;
  employeeCount?: number | null | undefined;
  /** The id in the source system; unique per source */
  externalId?: string | null | undefined;
  /** The head company of a holding; never the company itself or one of its subsidiaries */
  headCompanyId?: string | number | null | undefined;
  /** INNs, 10 or 12 digits each, checksum-validated; the first is the main one */
  inns?: Array<string> | null | undefined;
  isColdCall?: boolean | null | undefined;
  /** 9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits */
  kpp?: string | null | undefined;
  legalName?: string | null | undefined;
  name?: string | null | undefined;
  /** OGRN (13 digits) or OGRNIP (15 digits) */
  ogrn?: string | null | undefined;
  /** Replaces the phones when given */
  phones?: Array<PhoneInput> | null | undefined;
  regionId?: string | number | null | undefined;
  /** Defaults to the current user on create */
  responsibleId?: string | number | null | undefined;
  /** Where the record came from, e.g. AMOCRM */
  source?: string | null | undefined;
  /** Replaces the spheres when given */
  sphereIds?: Array<string | number> | null | undefined;
  statusId?: string | number | null | undefined;
  /** IANA time zone, e.g. Asia/Yekaterinburg */
  timeZone?: string | null | undefined;
  website?: string | null | undefined;
  workingHours?: string | null | undefined;
};

export type UpdateContactInput = {
  /** Moves the contact to another company (you must be able to edit both) */
  companyId?: string | number | null | undefined;
  /** Replaces the e-mails when given */
  emails?: Array<EmailInput> | null | undefined;
  /** The id in the source system; unique per source */
  externalId?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  middleName?: string | null | undefined;
  note?: string | null | undefined;
  /** Replaces the phones when given */
  phones?: Array<PhoneInput> | null | undefined;
  position?: string | null | undefined;
  /** Where the record came from, e.g. AMOCRM */
  source?: string | null | undefined;
};

/** Omitted fields stay as they are */
export type UpdateNoteInput = {
  isPinned?: boolean | null | undefined;
  text?: string | null | undefined;
};

export type UpdateUserInput = {
  branchId?: string | number | null | undefined;
  email?: string | null | undefined;
  emailSignature?: string | null | undefined;
  fullName?: string | null | undefined;
  isActive?: boolean | null | undefined;
  locale?: Locale | null | undefined;
  password?: string | null | undefined;
  role?: Role | null | undefined;
  timeZone?: string | null | undefined;
};

export type UserFilter = {
  branchId?: string | number | null | undefined;
  isActive?: boolean | null | undefined;
  role?: Role | null | undefined;
  /** Part of the name or e-mail */
  search?: string | null | undefined;
};

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, fullName: string, role: Role, locale: Locale, timeZone: string, isActive: boolean, emailSignature: string | null, lastLoginAt: string | null, branch: { id: string, code: string, name: string } | null } }> } };

export type BranchesQueryVariables = Exact<{ [key: string]: never; }>;


export type BranchesQuery = { branches: Array<{ id: string, code: string, name: string, timeZone: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, isActive: boolean } };

export type CreateMagicLinkMutationVariables = Exact<{
  userId: string | number;
}>;


export type CreateMagicLinkMutation = { createMagicLink: { url: string, token: string, expiresAt: string } };

export type CreateBranchMutationVariables = Exact<{
  input: BranchInput;
}>;


export type CreateBranchMutation = { createBranch: { id: string } };

export type UpdateBranchMutationVariables = Exact<{
  id: string | number;
  input: BranchInput;
}>;


export type UpdateBranchMutation = { updateBranch: { id: string } };

export type JobRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobRunsQuery = { jobRuns: Array<{ name: string, repeatInterval: string | null, lastRunAt: string | null, lastFinishedAt: string | null, nextRunAt: string | null, failCount: number, lastFailedAt: string | null, lastError: string | null }> };

export type CallStatsItemFragment = { groupId: string | null, groupName: string | null, period: string | null, total: number, connected: number, connectRate: number | null, talkSeconds: number, averageTalkSeconds: number | null, outgoing: number, incoming: number, missed: number, clickToCall: number, fromPhone: number, coldTotal: number, coldConnected: number };

export type TaskStatsItemFragment = { groupId: string | null, groupName: string | null, created: number, completed: number, completedOnTime: number, onTimeRate: number | null, overdueNow: number | null, averageCompletionSeconds: number | null };

export type AnalyticsQueryVariables = Exact<{
  filter: AnalyticsFilter;
}>;


export type AnalyticsQuery = { callAnalytics: { from: string, to: string, timeZone: string, periods: Array<{ groupId: string | null, groupName: string | null, period: string | null, total: number, connected: number, connectRate: number | null, talkSeconds: number, averageTalkSeconds: number | null, outgoing: number, incoming: number, missed: number, clickToCall: number, fromPhone: number, coldTotal: number, coldConnected: number }>, groups: Array<{ groupId: string | null, groupName: string | null, period: string | null, total: number, connected: number, connectRate: number | null, talkSeconds: number, averageTalkSeconds: number | null, outgoing: number, incoming: number, missed: number, clickToCall: number, fromPhone: number, coldTotal: number, coldConnected: number }>, total: { groupId: string | null, groupName: string | null, period: string | null, total: number, connected: number, connectRate: number | null, talkSeconds: number, averageTalkSeconds: number | null, outgoing: number, incoming: number, missed: number, clickToCall: number, fromPhone: number, coldTotal: number, coldConnected: number } }, taskAnalytics: { groups: Array<{ groupId: string | null, groupName: string | null, created: number, completed: number, completedOnTime: number, onTimeRate: number | null, overdueNow: number | null, averageCompletionSeconds: number | null }>, total: { groupId: string | null, groupName: string | null, created: number, completed: number, completedOnTime: number, onTimeRate: number | null, overdueNow: number | null, averageCompletionSeconds: number | null } } };

export type AnalyticsPickersQueryVariables = Exact<{
  users?: UserFilter | null | undefined;
}>;


export type AnalyticsPickersQuery = { branches: Array<{ id: string, name: string }>, users: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fullName: string } }> } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, user: { id: string, locale: Locale } } };

export type RefreshTokenMutationVariables = Exact<{
  token: string;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, refreshToken: string } };

export type LoginWithMagicLinkMutationVariables = Exact<{
  token: string;
}>;


export type LoginWithMagicLinkMutation = { loginWithMagicLink: { accessToken: string, refreshToken: string, user: { id: string, locale: Locale } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateMyLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type UpdateMyLocaleMutation = { updateMyProfile: { id: string, locale: Locale } };

export type CallRequestItemFragment = { id: string, status: CallRequestStatus, phone: string, companyId: string | null, contactId: string | null, expiresAt: string, updatedAt: string };

export type CallItemFragment = { id: string, callRequestId: string | null, companyId: string | null, phone: string, phoneE164: string | null, direction: CallDirection, outcome: CallOutcome, source: CallSource, startedAt: string, durationSeconds: number, note: string | null, user: { id: string, fullName: string }, contact: { id: string, fullName: string } | null };

export type RequestCallMutationVariables = Exact<{
  phone: string;
  companyId?: string | number | null | undefined;
  contactId?: string | number | null | undefined;
}>;


export type RequestCallMutation = { requestCall: { id: string, status: CallRequestStatus, phone: string, companyId: string | null, contactId: string | null, expiresAt: string, updatedAt: string } };

export type CancelCallRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelCallRequestMutation = { cancelCallRequest: { id: string, status: CallRequestStatus, phone: string, companyId: string | null, contactId: string | null, expiresAt: string, updatedAt: string } };

export type CallRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type CallRequestQuery = { callRequest: { id: string, status: CallRequestStatus, phone: string, companyId: string | null, contactId: string | null, expiresAt: string, updatedAt: string } | null };

export type MyRecentCallsQueryVariables = Exact<{
  first: number;
}>;


export type MyRecentCallsQuery = { myCalls: { edges: Array<{ node: { id: string, callRequestId: string | null, companyId: string | null, phone: string, phoneE164: string | null, direction: CallDirection, outcome: CallOutcome, source: CallSource, startedAt: string, durationSeconds: number, note: string | null, user: { id: string, fullName: string }, contact: { id: string, fullName: string } | null } }> } };

export type CompanyCallsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type CompanyCallsQuery = { company: { id: string, calls: { totalCount: number, edges: Array<{ node: { id: string, callRequestId: string | null, companyId: string | null, phone: string, phoneE164: string | null, direction: CallDirection, outcome: CallOutcome, source: CallSource, startedAt: string, durationSeconds: number, note: string | null, user: { id: string, fullName: string }, contact: { id: string, fullName: string } | null } }> } } | null };

export type CallRequestUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CallRequestUpdatedSubscription = { callRequestUpdated: { id: string, status: CallRequestStatus, phone: string, companyId: string | null, contactId: string | null, expiresAt: string, updatedAt: string } };

export type CallUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CallUpdatedSubscription = { callUpdated: { id: string, callRequestId: string | null, companyId: string | null, phone: string, phoneE164: string | null, direction: CallDirection, outcome: CallOutcome, source: CallSource, startedAt: string, durationSeconds: number, note: string | null, user: { id: string, fullName: string }, contact: { id: string, fullName: string } | null } };

export type PhoneDeviceRegisteredSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PhoneDeviceRegisteredSubscription = { phoneDeviceRegistered: { deviceId: string, name: string } };

export type CreatePhoneLoginTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type CreatePhoneLoginTokenMutation = { createPhoneLoginToken: { expiresAt: string, qrPayload: string, url: string } };

export type MyDevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDevicesQuery = { myDevices: Array<{ id: string, name: string, appVersion: string | null, lastSeenAt: string | null }> };

export type CompaniesListQueryVariables = Exact<{
  filter?: CompanyFilter | null | undefined;
  orderBy?: CompanyOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CompaniesListQuery = { companies: { totalCount: number, totalCountIsEstimate: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, legalName: string | null, inns: Array<string>, isColdCall: boolean, lastActivityAt: string, viewerCanTransfer: boolean, status: { id: string, name: string, color: string | null } | null, responsible: { id: string, fullName: string }, branch: { id: string, code: string, name: string } | null, phones: Array<{ id: string, e164: string, raw: string, extension: string | null }> } }> } };

export type CompanyDictionariesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyDictionariesQuery = { companyStatuses: Array<{ id: string, name: string, color: string | null, isActive: boolean, sortOrder: number }>, spheres: Array<{ id: string, name: string, color: string | null, isActive: boolean, sortOrder: number }>, branches: Array<{ id: string, code: string, name: string }>, regions: Array<{ id: string, name: string, branch: { id: string } | null }>, users: { edges: Array<{ node: { id: string, fullName: string, branch: { id: string } | null } }> } };

export type CompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyQuery = { company: { id: string, name: string, legalName: string | null, inns: Array<string>, kpp: string | null, ogrn: string | null, address: string | null, website: string | null, activityKind: string | null, employeeCount: number | null, workingHours: string | null, timeZone: string | null, contractType: ContractType | null, contractEndDate: string | null, contractAmount: number | null, isColdCall: boolean, createdAt: string, updatedAt: string, lastActivityAt: string, viewerCanEdit: boolean, viewerCanTransfer: boolean, viewerCanDelete: boolean, viewerCanRequestDeletion: boolean, region: { id: string, name: string } | null, status: { id: string, name: string, color: string | null } | null, spheres: Array<{ id: string, name: string, color: string | null }>, responsible: { id: string, fullName: string, email: string }, branch: { id: string, code: string, name: string } | null, headCompany: { id: string, name: string } | null, phones: Array<{ id: string, e164: string, raw: string, extension: string | null, type: PhoneType, comment: string | null, isColdCall: boolean }>, emails: Array<{ id: string, email: string, type: EmailType, comment: string | null }>, pendingDeletionRequest: { id: string, reason: string, createdAt: string, viewerCanDecide: boolean, viewerCanCancel: boolean, requester: { id: string, fullName: string } } | null, contacts: Array<{ id: string }>, notes: { totalCount: number }, openTasks: { totalCount: number } } | null };

export type CompanyContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyContactsQuery = { company: { id: string, viewerCanEdit: boolean, contacts: Array<{ id: string, fullName: string, lastName: string | null, firstName: string, middleName: string | null, position: string | null, note: string | null, phones: Array<{ id: string, e164: string, raw: string, extension: string | null, type: PhoneType, comment: string | null }>, emails: Array<{ id: string, email: string, type: EmailType, comment: string | null }> }> } | null };

export type CompanyHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type CompanyHistoryQuery = { company: { id: string, history: Array<{ id: string, occurredAt: string, verb: string, entityType: string, changes: Record<string, unknown>, actor: { id: string, fullName: string } | null }> } | null };

export type CompanyFormQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyFormQuery = { company: { id: string, name: string, legalName: string | null, inns: Array<string>, kpp: string | null, ogrn: string | null, address: string | null, website: string | null, activityKind: string | null, employeeCount: number | null, workingHours: string | null, timeZone: string | null, contractType: ContractType | null, contractEndDate: string | null, contractAmount: number | null, isColdCall: boolean, viewerCanEdit: boolean, region: { id: string } | null, status: { id: string } | null, spheres: Array<{ id: string }>, responsible: { id: string }, headCompany: { id: string, name: string } | null, phones: Array<{ id: string, raw: string, extension: string | null, type: PhoneType, comment: string | null, isColdCall: boolean }>, emails: Array<{ id: string, email: string, type: EmailType, comment: string | null }> } | null };

export type CompanyOptionsQueryVariables = Exact<{
  search: string;
}>;


export type CompanyOptionsQuery = { companies: { edges: Array<{ node: { id: string, name: string, inns: Array<string> } }> } };

export type CreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateCompanyMutation = { createCompany: { id: string, name: string } };

export type UpdateCompanyMutationVariables = Exact<{
  id: string | number;
  input: UpdateCompanyInput;
}>;


export type UpdateCompanyMutation = { updateCompany: { id: string, name: string } };

export type TransferCompaniesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  toUserId: string | number;
}>;


export type TransferCompaniesMutation = { transferCompanies: Array<{ companyId: string, ok: boolean, error: { code: string, message: string } | null, company: { id: string, name: string } | null }> };

export type RequestCompanyDeletionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RequestCompanyDeletionMutation = { requestCompanyDeletion: { id: string, status: DeletionRequestStatus } };

export type DecideCompanyDeletionMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
}>;


export type DecideCompanyDeletionMutation = { decideCompanyDeletion: { id: string, status: DeletionRequestStatus } };

export type CancelCompanyDeletionRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelCompanyDeletionRequestMutation = { cancelCompanyDeletionRequest: { id: string, status: DeletionRequestStatus } };

export type DeleteCompanyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCompanyMutation = { deleteCompany: boolean };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { createContact: { id: string, fullName: string } };

export type UpdateContactMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { updateContact: { id: string, fullName: string } };

export type DeleteContactMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteContactMutation = { deleteContact: boolean };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { dashboard: { today: string, timeZone: string, tasks: { new: { count: number, items: Array<{ id: string, title: string, description: string | null, status: TaskStatus, isUrgent: boolean, isOverdue: boolean, dueAt: string | null, completedAt: string | null, result: string | null, viewerCanEdit: boolean, type: { id: string, name: string, color: string | null, icon: string | null } | null, company: { id: string, name: string } | null, contact: { id: string, fullName: string } | null, assignee: { id: string, fullName: string } }> }, dueToday: { count: number, items: Array<{ id: string, title: string, description: string | null, status: TaskStatus, isUrgent: boolean, isOverdue: boolean, dueAt: string | null, completedAt: string | null, result: string | null, viewerCanEdit: boolean, type: { id: string, name: string, color: string | null, icon: string | null } | null, company: { id: string, name: string } | null, contact: { id: string, fullName: string } | null, assignee: { id: string, fullName: string } }> }, overdue: { count: number, items: Array<{ id: string, title: string, description: string | null, status: TaskStatus, isUrgent: boolean, isOverdue: boolean, dueAt: string | null, completedAt: string | null, result: string | null, viewerCanEdit: boolean, type: { id: string, name: string, color: string | null, icon: string | null } | null, company: { id: string, name: string } | null, contact: { id: string, fullName: string } | null, assignee: { id: string, fullName: string } }> }, next7Days: { count: number, items: Array<{ id: string, title: string, description: string | null, status: TaskStatus, isUrgent: boolean, isOverdue: boolean, dueAt: string | null, completedAt: string | null, result: string | null, viewerCanEdit: boolean, type: { id: string, name: string, color: string | null, icon: string | null } | null, company: { id: string, name: string } | null, contact: { id: string, fullName: string } | null, assignee: { id: string, fullName: string } }> } }, contractsEnding: { count: number, items: Array<{ id: string, name: string, contractEndDate: string | null }> }, coldCalls: { today: number, thisMonth: number, last7Days: number }, callsToday: Array<{ outcome: CallOutcome, count: number }>, recentActivity: Array<{ id: string, verb: string, entityType: string, companyId: string | null, occurredAt: string, changes: Record<string, unknown>, actor: { id: string, fullName: string } | null }> } };

export type CompanyNotesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CompanyNotesQuery = { company: { id: string, notes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, isPinned: boolean, createdAt: string, viewerCanEdit: boolean, viewerCanPin: boolean, author: { id: string, fullName: string }, contact: { id: string, fullName: string } | null } }> } } | null };

export type CreateNoteMutationVariables = Exact<{
  input: CreateNoteInput;
}>;


export type CreateNoteMutation = { createNote: { id: string } };

export type UpdateNoteMutationVariables = Exact<{
  id: string | number;
  input: UpdateNoteInput;
}>;


export type UpdateNoteMutation = { updateNote: { id: string, text: string } };

export type DeleteNoteMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteNoteMutation = { deleteNote: boolean };

export type PinNoteMutationVariables = Exact<{
  id: string | number;
  pinned: boolean;
}>;


export type PinNoteMutation = { pinNote: { id: string, isPinned: boolean } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number, newestUnread: { edges: Array<{ node: { createdAt: string } }> } };

export type RecentNotificationsQueryVariables = Exact<{
  first: number;
}>;


export type RecentNotificationsQuery = { unreadNotificationCount: number, notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string | null, entityType: string | null, entityId: string | null, companyId: string | null, readAt: string | null, createdAt: string } }> }, newestUnread: { edges: Array<{ node: { createdAt: string } }> } };

export type NotificationItemFragment = { id: string, kind: NotificationKind, title: string, body: string | null, entityType: string | null, entityId: string | null, companyId: string | null, readAt: string | null, createdAt: string };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, title: string, body: string | null, entityType: string | null, entityId: string | null, companyId: string | null, readAt: string | null, createdAt: string } };

export type SearchCompaniesQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchCompaniesQuery = { searchCompanies: Array<{ matchedOn: SearchMatchField, highlight: string | null, company: { id: string, name: string, inn: string | null } }> };

export type TaskListItemFragment = { id: string, title: string, description: string | null, status: TaskStatus, isUrgent: boolean, isOverdue: boolean, dueAt: string | null, completedAt: string | null, result: string | null, viewerCanEdit: boolean, type: { id: string, name: string, color: string | null, icon: string | null } | null, company: { id: string, name: string } | null, contact: { id: string, fullName: string } | null, assignee: { id: string, fullName: string } };

export type MyTasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  orderBy?: TaskOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyTasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string | null, status: TaskStatus, isUrgent: boolean, isOverdue: boolean, dueAt: string | null, completedAt: string | null, result: string | null, viewerCanEdit: boolean, type: { id: string, name: string, color: string | null, icon: string | null } | null, company: { id: string, name: string } | null, contact: { id: string, fullName: string } | null, assignee: { id: string, fullName: string } } }> } };

export type MyTaskCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTaskCountsQuery = { myTaskCounts: { overdue: number, today: number, next7Days: number, open: number } };

export type TaskFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskFormOptionsQuery = { taskTypes: Array<{ id: string, name: string, color: string | null, icon: string | null, isActive: boolean }> };

export type AssignableUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;


export type AssignableUsersQuery = { users: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fullName: string } }> } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string } };

export type CompleteTaskMutationVariables = Exact<{
  id: string | number;
  result?: string | null | undefined;
}>;


export type CompleteTaskMutation = { completeTask: { id: string, status: TaskStatus } };

export type RescheduleTaskMutationVariables = Exact<{
  id: string | number;
  dueAt: string;
}>;


export type RescheduleTaskMutation = { rescheduleTask: { id: string, dueAt: string | null } };

export type ViewerFieldsFragment = { id: string, email: string, fullName: string, role: Role, locale: Locale, timeZone: string, branch: { id: string, code: string, name: string } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, email: string, fullName: string, role: Role, locale: Locale, timeZone: string, branch: { id: string, code: string, name: string } | null } };

export type ViewerWithUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerWithUnreadQuery = { unreadNotificationCount: number, me: { id: string, email: string, fullName: string, role: Role, locale: Locale, timeZone: string, branch: { id: string, code: string, name: string } | null }, newestUnread: { edges: Array<{ node: { createdAt: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CallStatsItemFragmentDoc = new TypedDocumentString(`
    fragment CallStatsItem on CallStats {
  groupId
  groupName
  period
  total
  connected
  connectRate
  talkSeconds
  averageTalkSeconds
  outgoing
  incoming
  missed
  clickToCall
  fromPhone
  coldTotal
  coldConnected
}
    `, {"fragmentName":"CallStatsItem"}) as unknown as TypedDocumentString<CallStatsItemFragment, unknown>;
export const TaskStatsItemFragmentDoc = new TypedDocumentString(`
    fragment TaskStatsItem on TaskStats {
  groupId
  groupName
  created
  completed
  completedOnTime
  onTimeRate
  overdueNow
  averageCompletionSeconds
}
    `, {"fragmentName":"TaskStatsItem"}) as unknown as TypedDocumentString<TaskStatsItemFragment, unknown>;
export const CallRequestItemFragmentDoc = new TypedDocumentString(`
    fragment CallRequestItem on CallRequest {
  id
  status
  phone
  companyId
  contactId
  expiresAt
  updatedAt
}
    `, {"fragmentName":"CallRequestItem"}) as unknown as TypedDocumentString<CallRequestItemFragment, unknown>;
export const CallItemFragmentDoc = new TypedDocumentString(`
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
  user {
    id
    fullName
  }
  contact {
    id
    fullName
  }
}
    `, {"fragmentName":"CallItem"}) as unknown as TypedDocumentString<CallItemFragment, unknown>;
export const NotificationItemFragmentDoc = new TypedDocumentString(`
    fragment NotificationItem on Notification {
  id
  kind
  title
  body
  entityType
  entityId
  companyId
  readAt
  createdAt
}
    `, {"fragmentName":"NotificationItem"}) as unknown as TypedDocumentString<NotificationItemFragment, unknown>;
export const TaskListItemFragmentDoc = new TypedDocumentString(`
    fragment TaskListItem on Task {
  id
  title
  description
  status
  isUrgent
  isOverdue
  dueAt
  completedAt
  result
  viewerCanEdit
  type {
    id
    name
    color
    icon
  }
  company {
    id
    name
  }
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}
    `, {"fragmentName":"TaskListItem"}) as unknown as TypedDocumentString<TaskListItemFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on User {
  id
  email
  fullName
  role
  locale
  timeZone
  branch {
    id
    code
    name
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
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
        branch {
          id
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const BranchesDocument = new TypedDocumentString(`
    query Branches {
  branches {
    id
    code
    name
    timeZone
  }
}
    `) as unknown as TypedDocumentString<BranchesQuery, BranchesQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    isActive
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const CreateMagicLinkDocument = new TypedDocumentString(`
    mutation CreateMagicLink($userId: ID!) {
  createMagicLink(userId: $userId) {
    url
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CreateMagicLinkMutation, CreateMagicLinkMutationVariables>;
export const CreateBranchDocument = new TypedDocumentString(`
    mutation CreateBranch($input: BranchInput!) {
  createBranch(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateBranchMutation, CreateBranchMutationVariables>;
export const UpdateBranchDocument = new TypedDocumentString(`
    mutation UpdateBranch($id: ID!, $input: BranchInput!) {
  updateBranch(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateBranchMutation, UpdateBranchMutationVariables>;
export const JobRunsDocument = new TypedDocumentString(`
    query JobRuns {
  jobRuns {
    name
    repeatInterval
    lastRunAt
    lastFinishedAt
    nextRunAt
    failCount
    lastFailedAt
    lastError
  }
}
    `) as unknown as TypedDocumentString<JobRunsQuery, JobRunsQueryVariables>;
export const AnalyticsDocument = new TypedDocumentString(`
    query Analytics($filter: AnalyticsFilter!) {
  callAnalytics(filter: $filter) {
    from
    to
    timeZone
    periods {
      ...CallStatsItem
    }
    groups {
      ...CallStatsItem
    }
    total {
      ...CallStatsItem
    }
  }
  taskAnalytics(filter: $filter) {
    groups {
      ...TaskStatsItem
    }
    total {
      ...TaskStatsItem
    }
  }
}
    fragment CallStatsItem on CallStats {
  groupId
  groupName
  period
  total
  connected
  connectRate
  talkSeconds
  averageTalkSeconds
  outgoing
  incoming
  missed
  clickToCall
  fromPhone
  coldTotal
  coldConnected
}
fragment TaskStatsItem on TaskStats {
  groupId
  groupName
  created
  completed
  completedOnTime
  onTimeRate
  overdueNow
  averageCompletionSeconds
}`) as unknown as TypedDocumentString<AnalyticsQuery, AnalyticsQueryVariables>;
export const AnalyticsPickersDocument = new TypedDocumentString(`
    query AnalyticsPickers($users: UserFilter) {
  branches {
    id
    name
  }
  users(filter: $users, first: 100) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyticsPickersQuery, AnalyticsPickersQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    refreshToken
    user {
      id
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($token: String!) {
  refreshToken(token: $token) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LoginWithMagicLinkDocument = new TypedDocumentString(`
    mutation LoginWithMagicLink($token: String!) {
  loginWithMagicLink(token: $token) {
    accessToken
    refreshToken
    user {
      id
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<LoginWithMagicLinkMutation, LoginWithMagicLinkMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateMyLocaleDocument = new TypedDocumentString(`
    mutation UpdateMyLocale($locale: Locale!) {
  updateMyProfile(input: {locale: $locale}) {
    id
    locale
  }
}
    `) as unknown as TypedDocumentString<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const RequestCallDocument = new TypedDocumentString(`
    mutation RequestCall($phone: String!, $companyId: ID, $contactId: ID) {
  requestCall(phone: $phone, companyId: $companyId, contactId: $contactId) {
    ...CallRequestItem
  }
}
    fragment CallRequestItem on CallRequest {
  id
  status
  phone
  companyId
  contactId
  expiresAt
  updatedAt
}`) as unknown as TypedDocumentString<RequestCallMutation, RequestCallMutationVariables>;
export const CancelCallRequestDocument = new TypedDocumentString(`
    mutation CancelCallRequest($id: ID!) {
  cancelCallRequest(id: $id) {
    ...CallRequestItem
  }
}
    fragment CallRequestItem on CallRequest {
  id
  status
  phone
  companyId
  contactId
  expiresAt
  updatedAt
}`) as unknown as TypedDocumentString<CancelCallRequestMutation, CancelCallRequestMutationVariables>;
export const CallRequestDocument = new TypedDocumentString(`
    query CallRequest($id: ID!) {
  callRequest(id: $id) {
    ...CallRequestItem
  }
}
    fragment CallRequestItem on CallRequest {
  id
  status
  phone
  companyId
  contactId
  expiresAt
  updatedAt
}`) as unknown as TypedDocumentString<CallRequestQuery, CallRequestQueryVariables>;
export const MyRecentCallsDocument = new TypedDocumentString(`
    query MyRecentCalls($first: Int!) {
  myCalls(first: $first) {
    edges {
      node {
        ...CallItem
      }
    }
  }
}
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
  user {
    id
    fullName
  }
  contact {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<MyRecentCallsQuery, MyRecentCallsQueryVariables>;
export const CompanyCallsDocument = new TypedDocumentString(`
    query CompanyCalls($id: ID!, $first: Int!) {
  company(id: $id) {
    id
    calls(first: $first) {
      totalCount
      edges {
        node {
          ...CallItem
        }
      }
    }
  }
}
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
  user {
    id
    fullName
  }
  contact {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<CompanyCallsQuery, CompanyCallsQueryVariables>;
export const CallRequestUpdatedDocument = new TypedDocumentString(`
    subscription CallRequestUpdated {
  callRequestUpdated {
    ...CallRequestItem
  }
}
    fragment CallRequestItem on CallRequest {
  id
  status
  phone
  companyId
  contactId
  expiresAt
  updatedAt
}`) as unknown as TypedDocumentString<CallRequestUpdatedSubscription, CallRequestUpdatedSubscriptionVariables>;
export const CallUpdatedDocument = new TypedDocumentString(`
    subscription CallUpdated {
  callUpdated {
    ...CallItem
  }
}
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
  user {
    id
    fullName
  }
  contact {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<CallUpdatedSubscription, CallUpdatedSubscriptionVariables>;
export const PhoneDeviceRegisteredDocument = new TypedDocumentString(`
    subscription PhoneDeviceRegistered {
  phoneDeviceRegistered {
    deviceId
    name
  }
}
    `) as unknown as TypedDocumentString<PhoneDeviceRegisteredSubscription, PhoneDeviceRegisteredSubscriptionVariables>;
export const CreatePhoneLoginTokenDocument = new TypedDocumentString(`
    mutation CreatePhoneLoginToken {
  createPhoneLoginToken {
    expiresAt
    qrPayload
    url
  }
}
    `) as unknown as TypedDocumentString<CreatePhoneLoginTokenMutation, CreatePhoneLoginTokenMutationVariables>;
export const MyDevicesDocument = new TypedDocumentString(`
    query MyDevices {
  myDevices {
    id
    name
    appVersion
    lastSeenAt
  }
}
    `) as unknown as TypedDocumentString<MyDevicesQuery, MyDevicesQueryVariables>;
export const CompaniesListDocument = new TypedDocumentString(`
    query CompaniesList($filter: CompanyFilter, $orderBy: CompanyOrder, $first: Int, $after: String) {
  companies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    totalCountIsEstimate
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        legalName
        inns
        isColdCall
        lastActivityAt
        viewerCanTransfer
        status {
          id
          name
          color
        }
        responsible {
          id
          fullName
        }
        branch {
          id
          code
          name
        }
        phones {
          id
          e164
          raw
          extension
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompaniesListQuery, CompaniesListQueryVariables>;
export const CompanyDictionariesDocument = new TypedDocumentString(`
    query CompanyDictionaries {
  companyStatuses {
    id
    name
    color
    isActive
    sortOrder
  }
  spheres {
    id
    name
    color
    isActive
    sortOrder
  }
  branches {
    id
    code
    name
  }
  regions {
    id
    name
    branch {
      id
    }
  }
  users(filter: {isActive: true}, first: 100) {
    edges {
      node {
        id
        fullName
        branch {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyDictionariesQuery, CompanyDictionariesQueryVariables>;
export const CompanyDocument = new TypedDocumentString(`
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
    region {
      id
      name
    }
    status {
      id
      name
      color
    }
    spheres {
      id
      name
      color
    }
    responsible {
      id
      fullName
      email
    }
    branch {
      id
      code
      name
    }
    headCompany {
      id
      name
    }
    phones {
      id
      e164
      raw
      extension
      type
      comment
      isColdCall
    }
    emails {
      id
      email
      type
      comment
    }
    pendingDeletionRequest {
      id
      reason
      createdAt
      viewerCanDecide
      viewerCanCancel
      requester {
        id
        fullName
      }
    }
    contacts {
      id
    }
    notes(first: 1) {
      totalCount
    }
    openTasks: tasks(status: [NEW, IN_PROGRESS], first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyQuery, CompanyQueryVariables>;
export const CompanyContactsDocument = new TypedDocumentString(`
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
      phones {
        id
        e164
        raw
        extension
        type
        comment
      }
      emails {
        id
        email
        type
        comment
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyContactsQuery, CompanyContactsQueryVariables>;
export const CompanyHistoryDocument = new TypedDocumentString(`
    query CompanyHistory($id: ID!, $first: Int!) {
  company(id: $id) {
    id
    history(first: $first) {
      id
      occurredAt
      verb
      entityType
      changes
      actor {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyHistoryQuery, CompanyHistoryQueryVariables>;
export const CompanyFormDocument = new TypedDocumentString(`
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
    region {
      id
    }
    status {
      id
    }
    spheres {
      id
    }
    responsible {
      id
    }
    headCompany {
      id
      name
    }
    phones {
      id
      raw
      extension
      type
      comment
      isColdCall
    }
    emails {
      id
      email
      type
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyFormQuery, CompanyFormQueryVariables>;
export const CompanyOptionsDocument = new TypedDocumentString(`
    query CompanyOptions($search: String!) {
  companies(filter: {search: $search}, first: 10) {
    edges {
      node {
        id
        name
        inns
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyOptionsQuery, CompanyOptionsQueryVariables>;
export const CreateCompanyDocument = new TypedDocumentString(`
    mutation CreateCompany($input: CreateCompanyInput!) {
  createCompany(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const UpdateCompanyDocument = new TypedDocumentString(`
    mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
  updateCompany(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const TransferCompaniesDocument = new TypedDocumentString(`
    mutation TransferCompanies($ids: [ID!]!, $toUserId: ID!) {
  transferCompanies(ids: $ids, toUserId: $toUserId) {
    companyId
    ok
    error {
      code
      message
    }
    company {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TransferCompaniesMutation, TransferCompaniesMutationVariables>;
export const RequestCompanyDeletionDocument = new TypedDocumentString(`
    mutation RequestCompanyDeletion($id: ID!, $reason: String!) {
  requestCompanyDeletion(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestCompanyDeletionMutation, RequestCompanyDeletionMutationVariables>;
export const DecideCompanyDeletionDocument = new TypedDocumentString(`
    mutation DecideCompanyDeletion($id: ID!, $approve: Boolean!) {
  decideCompanyDeletion(id: $id, approve: $approve) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideCompanyDeletionMutation, DecideCompanyDeletionMutationVariables>;
export const CancelCompanyDeletionRequestDocument = new TypedDocumentString(`
    mutation CancelCompanyDeletionRequest($id: ID!) {
  cancelCompanyDeletionRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelCompanyDeletionRequestMutation, CancelCompanyDeletionRequestMutationVariables>;
export const DeleteCompanyDocument = new TypedDocumentString(`
    mutation DeleteCompany($id: ID!) {
  deleteCompany(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCompanyMutation, DeleteCompanyMutationVariables>;
export const CreateContactDocument = new TypedDocumentString(`
    mutation CreateContact($input: CreateContactInput!) {
  createContact(input: $input) {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const DeleteContactDocument = new TypedDocumentString(`
    mutation DeleteContact($id: ID!) {
  deleteContact(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteContactMutation, DeleteContactMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  dashboard {
    today
    timeZone
    tasks {
      new {
        count
        items {
          ...TaskListItem
        }
      }
      dueToday {
        count
        items {
          ...TaskListItem
        }
      }
      overdue {
        count
        items {
          ...TaskListItem
        }
      }
      next7Days {
        count
        items {
          ...TaskListItem
        }
      }
    }
    contractsEnding {
      count
      items {
        id
        name
        contractEndDate
      }
    }
    coldCalls {
      today
      thisMonth
      last7Days
    }
    callsToday {
      outcome
      count
    }
    recentActivity {
      id
      verb
      entityType
      companyId
      occurredAt
      changes
      actor {
        id
        fullName
      }
    }
  }
}
    fragment TaskListItem on Task {
  id
  title
  description
  status
  isUrgent
  isOverdue
  dueAt
  completedAt
  result
  viewerCanEdit
  type {
    id
    name
    color
    icon
  }
  company {
    id
    name
  }
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const CompanyNotesDocument = new TypedDocumentString(`
    query CompanyNotes($id: ID!, $first: Int, $after: String) {
  company(id: $id) {
    id
    notes(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          text
          isPinned
          createdAt
          viewerCanEdit
          viewerCanPin
          author {
            id
            fullName
          }
          contact {
            id
            fullName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyNotesQuery, CompanyNotesQueryVariables>;
export const CreateNoteDocument = new TypedDocumentString(`
    mutation CreateNote($input: CreateNoteInput!) {
  createNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateNoteMutation, CreateNoteMutationVariables>;
export const UpdateNoteDocument = new TypedDocumentString(`
    mutation UpdateNote($id: ID!, $input: UpdateNoteInput!) {
  updateNote(id: $id, input: $input) {
    id
    text
  }
}
    `) as unknown as TypedDocumentString<UpdateNoteMutation, UpdateNoteMutationVariables>;
export const DeleteNoteDocument = new TypedDocumentString(`
    mutation DeleteNote($id: ID!) {
  deleteNote(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteNoteMutation, DeleteNoteMutationVariables>;
export const PinNoteDocument = new TypedDocumentString(`
    mutation PinNote($id: ID!, $pinned: Boolean!) {
  pinNote(id: $id, pinned: $pinned) {
    id
    isPinned
  }
}
    `) as unknown as TypedDocumentString<PinNoteMutation, PinNoteMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
  newestUnread: notifications(unreadOnly: true, first: 1) {
    edges {
      node {
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const RecentNotificationsDocument = new TypedDocumentString(`
    query RecentNotifications($first: Int!) {
  notifications(first: $first) {
    edges {
      node {
        ...NotificationItem
      }
    }
  }
  unreadNotificationCount
  newestUnread: notifications(unreadOnly: true, first: 1) {
    edges {
      node {
        createdAt
      }
    }
  }
}
    fragment NotificationItem on Notification {
  id
  kind
  title
  body
  entityType
  entityId
  companyId
  readAt
  createdAt
}`) as unknown as TypedDocumentString<RecentNotificationsQuery, RecentNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    ...NotificationItem
  }
}
    fragment NotificationItem on Notification {
  id
  kind
  title
  body
  entityType
  entityId
  companyId
  readAt
  createdAt
}`) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const SearchCompaniesDocument = new TypedDocumentString(`
    query SearchCompanies($query: String!, $first: Int) {
  searchCompanies(query: $query, first: $first) {
    matchedOn
    highlight
    company {
      id
      name
      inn
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCompaniesQuery, SearchCompaniesQueryVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
  tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...TaskListItem
      }
    }
  }
}
    fragment TaskListItem on Task {
  id
  title
  description
  status
  isUrgent
  isOverdue
  dueAt
  completedAt
  result
  viewerCanEdit
  type {
    id
    name
    color
    icon
  }
  company {
    id
    name
  }
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const MyTaskCountsDocument = new TypedDocumentString(`
    query MyTaskCounts {
  myTaskCounts {
    overdue
    today
    next7Days
    open
  }
}
    `) as unknown as TypedDocumentString<MyTaskCountsQuery, MyTaskCountsQueryVariables>;
export const TaskFormOptionsDocument = new TypedDocumentString(`
    query TaskFormOptions {
  taskTypes {
    id
    name
    color
    icon
    isActive
  }
}
    `) as unknown as TypedDocumentString<TaskFormOptionsQuery, TaskFormOptionsQueryVariables>;
export const AssignableUsersDocument = new TypedDocumentString(`
    query AssignableUsers($filter: UserFilter) {
  users(filter: $filter, first: 100) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssignableUsersQuery, AssignableUsersQueryVariables>;
export const CreateTaskDocument = new TypedDocumentString(`
    mutation CreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTaskMutation, CreateTaskMutationVariables>;
export const CompleteTaskDocument = new TypedDocumentString(`
    mutation CompleteTask($id: ID!, $result: String) {
  completeTask(id: $id, result: $result) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const RescheduleTaskDocument = new TypedDocumentString(`
    mutation RescheduleTask($id: ID!, $dueAt: DateTimeISO!) {
  rescheduleTask(id: $id, dueAt: $dueAt) {
    id
    dueAt
  }
}
    `) as unknown as TypedDocumentString<RescheduleTaskMutation, RescheduleTaskMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on User {
  id
  email
  fullName
  role
  locale
  timeZone
  branch {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ViewerWithUnreadDocument = new TypedDocumentString(`
    query ViewerWithUnread {
  me {
    ...ViewerFields
  }
  unreadNotificationCount
  newestUnread: notifications(unreadOnly: true, first: 1) {
    edges {
      node {
        createdAt
      }
    }
  }
}
    fragment ViewerFields on User {
  id
  email
  fullName
  role
  locale
  timeZone
  branch {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ViewerWithUnreadQuery, ViewerWithUnreadQueryVariables>;