/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          email\n          fullName\n          role\n          locale\n          timeZone\n          isActive\n          emailSignature\n          lastLoginAt\n          branch { id code name }\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query Branches {\n    branches { id code name timeZone }\n  }\n": typeof types.BranchesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id isActive }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation CreateMagicLink($userId: ID!) {\n    createMagicLink(userId: $userId) { url token expiresAt }\n  }\n": typeof types.CreateMagicLinkDocument,
    "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) { id }\n  }\n": typeof types.CreateBranchDocument,
    "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) { id }\n  }\n": typeof types.UpdateBranchDocument,
    "\n  query JobRuns {\n    jobRuns { name repeatInterval lastRunAt lastFinishedAt nextRunAt failCount lastFailedAt lastError }\n  }\n": typeof types.JobRunsDocument,
    "\n  fragment CallStatsItem on CallStats {\n    groupId\n    groupName\n    period\n    total\n    connected\n    connectRate\n    talkSeconds\n    averageTalkSeconds\n    outgoing\n    incoming\n    missed\n    clickToCall\n    fromPhone\n    coldTotal\n    coldConnected\n  }\n": typeof types.CallStatsItemFragmentDoc,
    "\n  fragment TaskStatsItem on TaskStats {\n    groupId\n    groupName\n    created\n    completed\n    completedOnTime\n    onTimeRate\n    overdueNow\n    averageCompletionSeconds\n  }\n": typeof types.TaskStatsItemFragmentDoc,
    "\n  query Analytics($filter: AnalyticsFilter!) {\n    callAnalytics(filter: $filter) {\n      from\n      to\n      timeZone\n      periods { ...CallStatsItem }\n      groups { ...CallStatsItem }\n      total { ...CallStatsItem }\n    }\n    taskAnalytics(filter: $filter) {\n      groups { ...TaskStatsItem }\n      total { ...TaskStatsItem }\n    }\n  }\n": typeof types.AnalyticsDocument,
    "\n  query AnalyticsPickers($users: UserFilter) {\n    branches { id name }\n    users(filter: $users, first: 100) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id fullName } }\n    }\n  }\n": typeof types.AnalyticsPickersDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user { id locale }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation LoginWithMagicLink($token: String!) {\n    loginWithMagicLink(token: $token) {\n      accessToken\n      refreshToken\n      user { id locale }\n    }\n  }\n": typeof types.LoginWithMagicLinkDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) { id locale }\n  }\n": typeof types.UpdateMyLocaleDocument,
    "\n  fragment CallRequestItem on CallRequest {\n    id\n    status\n    phone\n    companyId\n    contactId\n    expiresAt\n    updatedAt\n  }\n": typeof types.CallRequestItemFragmentDoc,
    "\n  fragment CallItem on Call {\n    id\n    callRequestId\n    companyId\n    phone\n    phoneE164\n    direction\n    outcome\n    source\n    startedAt\n    durationSeconds\n    note\n    user { id fullName }\n    contact { id fullName }\n  }\n": typeof types.CallItemFragmentDoc,
    "\n  mutation RequestCall($phone: String!, $companyId: ID, $contactId: ID) {\n    requestCall(phone: $phone, companyId: $companyId, contactId: $contactId) {\n      ...CallRequestItem\n    }\n  }\n": typeof types.RequestCallDocument,
    "\n  mutation CancelCallRequest($id: ID!) {\n    cancelCallRequest(id: $id) {\n      ...CallRequestItem\n    }\n  }\n": typeof types.CancelCallRequestDocument,
    "\n  query CallRequest($id: ID!) {\n    callRequest(id: $id) {\n      ...CallRequestItem\n    }\n  }\n": typeof types.CallRequestDocument,
    "\n  query MyRecentCalls($first: Int!) {\n    myCalls(first: $first) {\n      edges { node { ...CallItem } }\n    }\n  }\n": typeof types.MyRecentCallsDocument,
    "\n  query CompanyCalls($id: ID!, $first: Int!) {\n    company(id: $id) {\n      id\n      calls(first: $first) {\n        totalCount\n        edges { node { ...CallItem } }\n      }\n    }\n  }\n": typeof types.CompanyCallsDocument,
    "\n  subscription CallRequestUpdated {\n    callRequestUpdated {\n      ...CallRequestItem\n    }\n  }\n": typeof types.CallRequestUpdatedDocument,
    "\n  subscription CallUpdated {\n    callUpdated {\n      ...CallItem\n    }\n  }\n": typeof types.CallUpdatedDocument,
    "\n  subscription PhoneDeviceRegistered {\n    phoneDeviceRegistered {\n      deviceId\n      name\n    }\n  }\n": typeof types.PhoneDeviceRegisteredDocument,
    "\n  mutation CreatePhoneLoginToken {\n    createPhoneLoginToken {\n      expiresAt\n      qrPayload\n      url\n    }\n  }\n": typeof types.CreatePhoneLoginTokenDocument,
    "\n  query MyDevices {\n    myDevices { id name appVersion lastSeenAt }\n  }\n": typeof types.MyDevicesDocument,
    "\n  query CompaniesList($filter: CompanyFilter, $orderBy: CompanyOrder, $first: Int, $after: String) {\n    companies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totalCountIsEstimate\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          legalName\n          inns\n          isColdCall\n          lastActivityAt\n          viewerCanTransfer\n          status { id name color }\n          responsible { id fullName }\n          branch { id code name }\n          phones { id e164 raw extension }\n        }\n      }\n    }\n  }\n": typeof types.CompaniesListDocument,
    "\n  query CompanyDictionaries {\n    companyStatuses { id name color isActive sortOrder }\n    spheres { id name color isActive sortOrder }\n    branches { id code name }\n    regions { id name branch { id } }\n    users(filter: { isActive: true }, first: 100) {\n      edges { node { id fullName branch { id } } }\n    }\n  }\n": typeof types.CompanyDictionariesDocument,
    "\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      legalName\n      inns\n      kpp\n      ogrn\n      address\n      website\n      activityKind\n      employeeCount\n      workingHours\n      timeZone\n      contractType\n      contractEndDate\n      contractAmount\n      isColdCall\n      createdAt\n      updatedAt\n      lastActivityAt\n      viewerCanEdit\n      viewerCanTransfer\n      viewerCanDelete\n      viewerCanRequestDeletion\n      region { id name }\n      status { id name color }\n      spheres { id name color }\n      responsible { id fullName email }\n      branch { id code name }\n      headCompany { id name }\n      phones { id e164 raw extension type comment isColdCall }\n      emails { id email type comment }\n      pendingDeletionRequest {\n        id\n        reason\n        createdAt\n        viewerCanDecide\n        viewerCanCancel\n        requester { id fullName }\n      }\n      contacts { id }\n      notes(first: 1) { totalCount }\n      openTasks: tasks(status: [NEW, IN_PROGRESS], first: 1) { totalCount }\n    }\n  }\n": typeof types.CompanyDocument,
    "\n  query CompanyContacts($id: ID!) {\n    company(id: $id) {\n      id\n      viewerCanEdit\n      contacts {\n        id\n        fullName\n        lastName\n        firstName\n        middleName\n        position\n        note\n        phones { id e164 raw extension type comment }\n        emails { id email type comment }\n      }\n    }\n  }\n": typeof types.CompanyContactsDocument,
    "\n  query CompanyHistory($id: ID!, $first: Int!) {\n    company(id: $id) {\n      id\n      history(first: $first) {\n        id\n        occurredAt\n        verb\n        entityType\n        changes\n        actor { id fullName }\n      }\n    }\n  }\n": typeof types.CompanyHistoryDocument,
    "\n  query CompanyForm($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      legalName\n      inns\n      kpp\n      ogrn\n      address\n      website\n      activityKind\n      employeeCount\n      workingHours\n      timeZone\n      contractType\n      contractEndDate\n      contractAmount\n      isColdCall\n      viewerCanEdit\n      region { id }\n      status { id }\n      spheres { id }\n      responsible { id }\n      headCompany { id name }\n      phones { id raw extension type comment isColdCall }\n      emails { id email type comment }\n    }\n  }\n": typeof types.CompanyFormDocument,
    "\n  query CompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges { node { id name inns } }\n    }\n  }\n": typeof types.CompanyOptionsDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id name }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation TransferCompanies($ids: [ID!]!, $toUserId: ID!) {\n    transferCompanies(ids: $ids, toUserId: $toUserId) {\n      companyId\n      ok\n      error { code message }\n      company { id name }\n    }\n  }\n": typeof types.TransferCompaniesDocument,
    "\n  mutation RequestCompanyDeletion($id: ID!, $reason: String!) {\n    requestCompanyDeletion(id: $id, reason: $reason) { id status }\n  }\n": typeof types.RequestCompanyDeletionDocument,
    "\n  mutation DecideCompanyDeletion($id: ID!, $approve: Boolean!) {\n    decideCompanyDeletion(id: $id, approve: $approve) { id status }\n  }\n": typeof types.DecideCompanyDeletionDocument,
    "\n  mutation CancelCompanyDeletionRequest($id: ID!) {\n    cancelCompanyDeletionRequest(id: $id) { id status }\n  }\n": typeof types.CancelCompanyDeletionRequestDocument,
    "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": typeof types.DeleteCompanyDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { id fullName }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) { id fullName }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": typeof types.DeleteContactDocument,
    "\n  query Dashboard {\n    dashboard {\n      today\n      timeZone\n      tasks {\n        new { count items { ...TaskListItem } }\n        dueToday { count items { ...TaskListItem } }\n        overdue { count items { ...TaskListItem } }\n        next7Days { count items { ...TaskListItem } }\n      }\n      contractsEnding { count items { id name contractEndDate } }\n      coldCalls { today thisMonth last7Days }\n      callsToday { outcome count }\n      recentActivity { id verb entityType companyId occurredAt changes actor { id fullName } }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query CompanyNotes($id: ID!, $first: Int, $after: String) {\n    company(id: $id) {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            text\n            isPinned\n            createdAt\n            viewerCanEdit\n            viewerCanPin\n            author { id fullName }\n            contact { id fullName }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompanyNotesDocument,
    "\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) { id }\n  }\n": typeof types.CreateNoteDocument,
    "\n  mutation UpdateNote($id: ID!, $input: UpdateNoteInput!) {\n    updateNote(id: $id, input: $input) { id text }\n  }\n": typeof types.UpdateNoteDocument,
    "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n": typeof types.DeleteNoteDocument,
    "\n  mutation PinNote($id: ID!, $pinned: Boolean!) {\n    pinNote(id: $id, pinned: $pinned) { id isPinned }\n  }\n": typeof types.PinNoteDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query RecentNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n": typeof types.RecentNotificationsDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    entityType\n    entityId\n    companyId\n    readAt\n    createdAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query SearchCompanies($query: String!, $first: Int) {\n    searchCompanies(query: $query, first: $first) {\n      matchedOn\n      highlight\n      company { id name inn }\n    }\n  }\n": typeof types.SearchCompaniesDocument,
    "\n  fragment TaskListItem on Task {\n    id\n    title\n    description\n    status\n    isUrgent\n    isOverdue\n    dueAt\n    completedAt\n    result\n    viewerCanEdit\n    type { id name color icon }\n    company { id name }\n    contact { id fullName }\n    assignee { id fullName }\n  }\n": typeof types.TaskListItemFragmentDoc,
    "\n  query MyTasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { ...TaskListItem }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query MyTaskCounts {\n    myTaskCounts { overdue today next7Days open }\n  }\n": typeof types.MyTaskCountsDocument,
    "\n  query TaskFormOptions {\n    taskTypes { id name color icon isActive }\n  }\n": typeof types.TaskFormOptionsDocument,
    "\n  query AssignableUsers($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id fullName } }\n    }\n  }\n": typeof types.AssignableUsersDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { id }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $result: String) {\n    completeTask(id: $id, result: $result) { id status }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation RescheduleTask($id: ID!, $dueAt: DateTimeISO!) {\n    rescheduleTask(id: $id, dueAt: $dueAt) { id dueAt }\n  }\n": typeof types.RescheduleTaskDocument,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    fullName\n    role\n    locale\n    timeZone\n    branch { id code name }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me { ...ViewerFields }\n  }\n": typeof types.ViewerDocument,
    "\n  query ViewerWithUnread {\n    me { ...ViewerFields }\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n": typeof types.ViewerWithUnreadDocument,
};
const documents: Documents = {
    "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          email\n          fullName\n          role\n          locale\n          timeZone\n          isActive\n          emailSignature\n          lastLoginAt\n          branch { id code name }\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query Branches {\n    branches { id code name timeZone }\n  }\n": types.BranchesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id isActive }\n  }\n": types.UpdateUserDocument,
    "\n  mutation CreateMagicLink($userId: ID!) {\n    createMagicLink(userId: $userId) { url token expiresAt }\n  }\n": types.CreateMagicLinkDocument,
    "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) { id }\n  }\n": types.CreateBranchDocument,
    "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) { id }\n  }\n": types.UpdateBranchDocument,
    "\n  query JobRuns {\n    jobRuns { name repeatInterval lastRunAt lastFinishedAt nextRunAt failCount lastFailedAt lastError }\n  }\n": types.JobRunsDocument,
    "\n  fragment CallStatsItem on CallStats {\n    groupId\n    groupName\n    period\n    total\n    connected\n    connectRate\n    talkSeconds\n    averageTalkSeconds\n    outgoing\n    incoming\n    missed\n    clickToCall\n    fromPhone\n    coldTotal\n    coldConnected\n  }\n": types.CallStatsItemFragmentDoc,
    "\n  fragment TaskStatsItem on TaskStats {\n    groupId\n    groupName\n    created\n    completed\n    completedOnTime\n    onTimeRate\n    overdueNow\n    averageCompletionSeconds\n  }\n": types.TaskStatsItemFragmentDoc,
    "\n  query Analytics($filter: AnalyticsFilter!) {\n    callAnalytics(filter: $filter) {\n      from\n      to\n      timeZone\n      periods { ...CallStatsItem }\n      groups { ...CallStatsItem }\n      total { ...CallStatsItem }\n    }\n    taskAnalytics(filter: $filter) {\n      groups { ...TaskStatsItem }\n      total { ...TaskStatsItem }\n    }\n  }\n": types.AnalyticsDocument,
    "\n  query AnalyticsPickers($users: UserFilter) {\n    branches { id name }\n    users(filter: $users, first: 100) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id fullName } }\n    }\n  }\n": types.AnalyticsPickersDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user { id locale }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation LoginWithMagicLink($token: String!) {\n    loginWithMagicLink(token: $token) {\n      accessToken\n      refreshToken\n      user { id locale }\n    }\n  }\n": types.LoginWithMagicLinkDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) { id locale }\n  }\n": types.UpdateMyLocaleDocument,
    "\n  fragment CallRequestItem on CallRequest {\n    id\n    status\n    phone\n    companyId\n    contactId\n    expiresAt\n    updatedAt\n  }\n": types.CallRequestItemFragmentDoc,
    "\n  fragment CallItem on Call {\n    id\n    callRequestId\n    companyId\n    phone\n    phoneE164\n    direction\n    outcome\n    source\n    startedAt\n    durationSeconds\n    note\n    user { id fullName }\n    contact { id fullName }\n  }\n": types.CallItemFragmentDoc,
    "\n  mutation RequestCall($phone: String!, $companyId: ID, $contactId: ID) {\n    requestCall(phone: $phone, companyId: $companyId, contactId: $contactId) {\n      ...CallRequestItem\n    }\n  }\n": types.RequestCallDocument,
    "\n  mutation CancelCallRequest($id: ID!) {\n    cancelCallRequest(id: $id) {\n      ...CallRequestItem\n    }\n  }\n": types.CancelCallRequestDocument,
    "\n  query CallRequest($id: ID!) {\n    callRequest(id: $id) {\n      ...CallRequestItem\n    }\n  }\n": types.CallRequestDocument,
    "\n  query MyRecentCalls($first: Int!) {\n    myCalls(first: $first) {\n      edges { node { ...CallItem } }\n    }\n  }\n": types.MyRecentCallsDocument,
    "\n  query CompanyCalls($id: ID!, $first: Int!) {\n    company(id: $id) {\n      id\n      calls(first: $first) {\n        totalCount\n        edges { node { ...CallItem } }\n      }\n    }\n  }\n": types.CompanyCallsDocument,
    "\n  subscription CallRequestUpdated {\n    callRequestUpdated {\n      ...CallRequestItem\n    }\n  }\n": types.CallRequestUpdatedDocument,
    "\n  subscription CallUpdated {\n    callUpdated {\n      ...CallItem\n    }\n  }\n": types.CallUpdatedDocument,
    "\n  subscription PhoneDeviceRegistered {\n    phoneDeviceRegistered {\n      deviceId\n      name\n    }\n  }\n": types.PhoneDeviceRegisteredDocument,
    "\n  mutation CreatePhoneLoginToken {\n    createPhoneLoginToken {\n      expiresAt\n      qrPayload\n      url\n    }\n  }\n": types.CreatePhoneLoginTokenDocument,
    "\n  query MyDevices {\n    myDevices { id name appVersion lastSeenAt }\n  }\n": types.MyDevicesDocument,
    "\n  query CompaniesList($filter: CompanyFilter, $orderBy: CompanyOrder, $first: Int, $after: String) {\n    companies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totalCountIsEstimate\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          legalName\n          inns\n          isColdCall\n          lastActivityAt\n          viewerCanTransfer\n          status { id name color }\n          responsible { id fullName }\n          branch { id code name }\n          phones { id e164 raw extension }\n        }\n      }\n    }\n  }\n": types.CompaniesListDocument,
    "\n  query CompanyDictionaries {\n    companyStatuses { id name color isActive sortOrder }\n    spheres { id name color isActive sortOrder }\n    branches { id code name }\n    regions { id name branch { id } }\n    users(filter: { isActive: true }, first: 100) {\n      edges { node { id fullName branch { id } } }\n    }\n  }\n": types.CompanyDictionariesDocument,
    "\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      legalName\n      inns\n      kpp\n      ogrn\n      address\n      website\n      activityKind\n      employeeCount\n      workingHours\n      timeZone\n      contractType\n      contractEndDate\n      contractAmount\n      isColdCall\n      createdAt\n      updatedAt\n      lastActivityAt\n      viewerCanEdit\n      viewerCanTransfer\n      viewerCanDelete\n      viewerCanRequestDeletion\n      region { id name }\n      status { id name color }\n      spheres { id name color }\n      responsible { id fullName email }\n      branch { id code name }\n      headCompany { id name }\n      phones { id e164 raw extension type comment isColdCall }\n      emails { id email type comment }\n      pendingDeletionRequest {\n        id\n        reason\n        createdAt\n        viewerCanDecide\n        viewerCanCancel\n        requester { id fullName }\n      }\n      contacts { id }\n      notes(first: 1) { totalCount }\n      openTasks: tasks(status: [NEW, IN_PROGRESS], first: 1) { totalCount }\n    }\n  }\n": types.CompanyDocument,
    "\n  query CompanyContacts($id: ID!) {\n    company(id: $id) {\n      id\n      viewerCanEdit\n      contacts {\n        id\n        fullName\n        lastName\n        firstName\n        middleName\n        position\n        note\n        phones { id e164 raw extension type comment }\n        emails { id email type comment }\n      }\n    }\n  }\n": types.CompanyContactsDocument,
    "\n  query CompanyHistory($id: ID!, $first: Int!) {\n    company(id: $id) {\n      id\n      history(first: $first) {\n        id\n        occurredAt\n        verb\n        entityType\n        changes\n        actor { id fullName }\n      }\n    }\n  }\n": types.CompanyHistoryDocument,
    "\n  query CompanyForm($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      legalName\n      inns\n      kpp\n      ogrn\n      address\n      website\n      activityKind\n      employeeCount\n      workingHours\n      timeZone\n      contractType\n      contractEndDate\n      contractAmount\n      isColdCall\n      viewerCanEdit\n      region { id }\n      status { id }\n      spheres { id }\n      responsible { id }\n      headCompany { id name }\n      phones { id raw extension type comment isColdCall }\n      emails { id email type comment }\n    }\n  }\n": types.CompanyFormDocument,
    "\n  query CompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges { node { id name inns } }\n    }\n  }\n": types.CompanyOptionsDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id name }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation TransferCompanies($ids: [ID!]!, $toUserId: ID!) {\n    transferCompanies(ids: $ids, toUserId: $toUserId) {\n      companyId\n      ok\n      error { code message }\n      company { id name }\n    }\n  }\n": types.TransferCompaniesDocument,
    "\n  mutation RequestCompanyDeletion($id: ID!, $reason: String!) {\n    requestCompanyDeletion(id: $id, reason: $reason) { id status }\n  }\n": types.RequestCompanyDeletionDocument,
    "\n  mutation DecideCompanyDeletion($id: ID!, $approve: Boolean!) {\n    decideCompanyDeletion(id: $id, approve: $approve) { id status }\n  }\n": types.DecideCompanyDeletionDocument,
    "\n  mutation CancelCompanyDeletionRequest($id: ID!) {\n    cancelCompanyDeletionRequest(id: $id) { id status }\n  }\n": types.CancelCompanyDeletionRequestDocument,
    "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": types.DeleteCompanyDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { id fullName }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) { id fullName }\n  }\n": types.UpdateContactDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": types.DeleteContactDocument,
    "\n  query Dashboard {\n    dashboard {\n      today\n      timeZone\n      tasks {\n        new { count items { ...TaskListItem } }\n        dueToday { count items { ...TaskListItem } }\n        overdue { count items { ...TaskListItem } }\n        next7Days { count items { ...TaskListItem } }\n      }\n      contractsEnding { count items { id name contractEndDate } }\n      coldCalls { today thisMonth last7Days }\n      callsToday { outcome count }\n      recentActivity { id verb entityType companyId occurredAt changes actor { id fullName } }\n    }\n  }\n": types.DashboardDocument,
    "\n  query CompanyNotes($id: ID!, $first: Int, $after: String) {\n    company(id: $id) {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            text\n            isPinned\n            createdAt\n            viewerCanEdit\n            viewerCanPin\n            author { id fullName }\n            contact { id fullName }\n          }\n        }\n      }\n    }\n  }\n": types.CompanyNotesDocument,
    "\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) { id }\n  }\n": types.CreateNoteDocument,
    "\n  mutation UpdateNote($id: ID!, $input: UpdateNoteInput!) {\n    updateNote(id: $id, input: $input) { id text }\n  }\n": types.UpdateNoteDocument,
    "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n": types.DeleteNoteDocument,
    "\n  mutation PinNote($id: ID!, $pinned: Boolean!) {\n    pinNote(id: $id, pinned: $pinned) { id isPinned }\n  }\n": types.PinNoteDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query RecentNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n": types.RecentNotificationsDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    entityType\n    entityId\n    companyId\n    readAt\n    createdAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query SearchCompanies($query: String!, $first: Int) {\n    searchCompanies(query: $query, first: $first) {\n      matchedOn\n      highlight\n      company { id name inn }\n    }\n  }\n": types.SearchCompaniesDocument,
    "\n  fragment TaskListItem on Task {\n    id\n    title\n    description\n    status\n    isUrgent\n    isOverdue\n    dueAt\n    completedAt\n    result\n    viewerCanEdit\n    type { id name color icon }\n    company { id name }\n    contact { id fullName }\n    assignee { id fullName }\n  }\n": types.TaskListItemFragmentDoc,
    "\n  query MyTasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { ...TaskListItem }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query MyTaskCounts {\n    myTaskCounts { overdue today next7Days open }\n  }\n": types.MyTaskCountsDocument,
    "\n  query TaskFormOptions {\n    taskTypes { id name color icon isActive }\n  }\n": types.TaskFormOptionsDocument,
    "\n  query AssignableUsers($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id fullName } }\n    }\n  }\n": types.AssignableUsersDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { id }\n  }\n": types.CreateTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $result: String) {\n    completeTask(id: $id, result: $result) { id status }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation RescheduleTask($id: ID!, $dueAt: DateTimeISO!) {\n    rescheduleTask(id: $id, dueAt: $dueAt) { id dueAt }\n  }\n": types.RescheduleTaskDocument,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    fullName\n    role\n    locale\n    timeZone\n    branch { id code name }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me { ...ViewerFields }\n  }\n": types.ViewerDocument,
    "\n  query ViewerWithUnread {\n    me { ...ViewerFields }\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n": types.ViewerWithUnreadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          email\n          fullName\n          role\n          locale\n          timeZone\n          isActive\n          emailSignature\n          lastLoginAt\n          branch { id code name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Branches {\n    branches { id code name timeZone }\n  }\n"): typeof import('./graphql').BranchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id isActive }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMagicLink($userId: ID!) {\n    createMagicLink(userId: $userId) { url token expiresAt }\n  }\n"): typeof import('./graphql').CreateMagicLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateBranchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) { id }\n  }\n"): typeof import('./graphql').UpdateBranchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobRuns {\n    jobRuns { name repeatInterval lastRunAt lastFinishedAt nextRunAt failCount lastFailedAt lastError }\n  }\n"): typeof import('./graphql').JobRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallStatsItem on CallStats {\n    groupId\n    groupName\n    period\n    total\n    connected\n    connectRate\n    talkSeconds\n    averageTalkSeconds\n    outgoing\n    incoming\n    missed\n    clickToCall\n    fromPhone\n    coldTotal\n    coldConnected\n  }\n"): typeof import('./graphql').CallStatsItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskStatsItem on TaskStats {\n    groupId\n    groupName\n    created\n    completed\n    completedOnTime\n    onTimeRate\n    overdueNow\n    averageCompletionSeconds\n  }\n"): typeof import('./graphql').TaskStatsItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Analytics($filter: AnalyticsFilter!) {\n    callAnalytics(filter: $filter) {\n      from\n      to\n      timeZone\n      periods { ...CallStatsItem }\n      groups { ...CallStatsItem }\n      total { ...CallStatsItem }\n    }\n    taskAnalytics(filter: $filter) {\n      groups { ...TaskStatsItem }\n      total { ...TaskStatsItem }\n    }\n  }\n"): typeof import('./graphql').AnalyticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsPickers($users: UserFilter) {\n    branches { id name }\n    users(filter: $users, first: 100) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id fullName } }\n    }\n  }\n"): typeof import('./graphql').AnalyticsPickersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user { id locale }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($token: String!) {\n    refreshToken(token: $token) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').RefreshTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithMagicLink($token: String!) {\n    loginWithMagicLink(token: $token) {\n      accessToken\n      refreshToken\n      user { id locale }\n    }\n  }\n"): typeof import('./graphql').LoginWithMagicLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) { id locale }\n  }\n"): typeof import('./graphql').UpdateMyLocaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRequestItem on CallRequest {\n    id\n    status\n    phone\n    companyId\n    contactId\n    expiresAt\n    updatedAt\n  }\n"): typeof import('./graphql').CallRequestItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallItem on Call {\n    id\n    callRequestId\n    companyId\n    phone\n    phoneE164\n    direction\n    outcome\n    source\n    startedAt\n    durationSeconds\n    note\n    user { id fullName }\n    contact { id fullName }\n  }\n"): typeof import('./graphql').CallItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCall($phone: String!, $companyId: ID, $contactId: ID) {\n    requestCall(phone: $phone, companyId: $companyId, contactId: $contactId) {\n      ...CallRequestItem\n    }\n  }\n"): typeof import('./graphql').RequestCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCallRequest($id: ID!) {\n    cancelCallRequest(id: $id) {\n      ...CallRequestItem\n    }\n  }\n"): typeof import('./graphql').CancelCallRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallRequest($id: ID!) {\n    callRequest(id: $id) {\n      ...CallRequestItem\n    }\n  }\n"): typeof import('./graphql').CallRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecentCalls($first: Int!) {\n    myCalls(first: $first) {\n      edges { node { ...CallItem } }\n    }\n  }\n"): typeof import('./graphql').MyRecentCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyCalls($id: ID!, $first: Int!) {\n    company(id: $id) {\n      id\n      calls(first: $first) {\n        totalCount\n        edges { node { ...CallItem } }\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallRequestUpdated {\n    callRequestUpdated {\n      ...CallRequestItem\n    }\n  }\n"): typeof import('./graphql').CallRequestUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallUpdated {\n    callUpdated {\n      ...CallItem\n    }\n  }\n"): typeof import('./graphql').CallUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PhoneDeviceRegistered {\n    phoneDeviceRegistered {\n      deviceId\n      name\n    }\n  }\n"): typeof import('./graphql').PhoneDeviceRegisteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePhoneLoginToken {\n    createPhoneLoginToken {\n      expiresAt\n      qrPayload\n      url\n    }\n  }\n"): typeof import('./graphql').CreatePhoneLoginTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDevices {\n    myDevices { id name appVersion lastSeenAt }\n  }\n"): typeof import('./graphql').MyDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompaniesList($filter: CompanyFilter, $orderBy: CompanyOrder, $first: Int, $after: String) {\n    companies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totalCountIsEstimate\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          legalName\n          inns\n          isColdCall\n          lastActivityAt\n          viewerCanTransfer\n          status { id name color }\n          responsible { id fullName }\n          branch { id code name }\n          phones { id e164 raw extension }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompaniesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDictionaries {\n    companyStatuses { id name color isActive sortOrder }\n    spheres { id name color isActive sortOrder }\n    branches { id code name }\n    regions { id name branch { id } }\n    users(filter: { isActive: true }, first: 100) {\n      edges { node { id fullName branch { id } } }\n    }\n  }\n"): typeof import('./graphql').CompanyDictionariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Company($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      legalName\n      inns\n      kpp\n      ogrn\n      address\n      website\n      activityKind\n      employeeCount\n      workingHours\n      timeZone\n      contractType\n      contractEndDate\n      contractAmount\n      isColdCall\n      createdAt\n      updatedAt\n      lastActivityAt\n      viewerCanEdit\n      viewerCanTransfer\n      viewerCanDelete\n      viewerCanRequestDeletion\n      region { id name }\n      status { id name color }\n      spheres { id name color }\n      responsible { id fullName email }\n      branch { id code name }\n      headCompany { id name }\n      phones { id e164 raw extension type comment isColdCall }\n      emails { id email type comment }\n      pendingDeletionRequest {\n        id\n        reason\n        createdAt\n        viewerCanDecide\n        viewerCanCancel\n        requester { id fullName }\n      }\n      contacts { id }\n      notes(first: 1) { totalCount }\n      openTasks: tasks(status: [NEW, IN_PROGRESS], first: 1) { totalCount }\n    }\n  }\n"): typeof import('./graphql').CompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyContacts($id: ID!) {\n    company(id: $id) {\n      id\n      viewerCanEdit\n      contacts {\n        id\n        fullName\n        lastName\n        firstName\n        middleName\n        position\n        note\n        phones { id e164 raw extension type comment }\n        emails { id email type comment }\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyHistory($id: ID!, $first: Int!) {\n    company(id: $id) {\n      id\n      history(first: $first) {\n        id\n        occurredAt\n        verb\n        entityType\n        changes\n        actor { id fullName }\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyForm($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      legalName\n      inns\n      kpp\n      ogrn\n      address\n      website\n      activityKind\n      employeeCount\n      workingHours\n      timeZone\n      contractType\n      contractEndDate\n      contractAmount\n      isColdCall\n      viewerCanEdit\n      region { id }\n      status { id }\n      spheres { id }\n      responsible { id }\n      headCompany { id name }\n      phones { id raw extension type comment isColdCall }\n      emails { id email type comment }\n    }\n  }\n"): typeof import('./graphql').CompanyFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyOptions($search: String!) {\n    companies(filter: { search: $search }, first: 10) {\n      edges { node { id name inns } }\n    }\n  }\n"): typeof import('./graphql').CompanyOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) { id name }\n  }\n"): typeof import('./graphql').CreateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) { id name }\n  }\n"): typeof import('./graphql').UpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferCompanies($ids: [ID!]!, $toUserId: ID!) {\n    transferCompanies(ids: $ids, toUserId: $toUserId) {\n      companyId\n      ok\n      error { code message }\n      company { id name }\n    }\n  }\n"): typeof import('./graphql').TransferCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestCompanyDeletion($id: ID!, $reason: String!) {\n    requestCompanyDeletion(id: $id, reason: $reason) { id status }\n  }\n"): typeof import('./graphql').RequestCompanyDeletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCompanyDeletion($id: ID!, $approve: Boolean!) {\n    decideCompanyDeletion(id: $id, approve: $approve) { id status }\n  }\n"): typeof import('./graphql').DecideCompanyDeletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCompanyDeletionRequest($id: ID!) {\n    cancelCompanyDeletionRequest(id: $id) { id status }\n  }\n"): typeof import('./graphql').CancelCompanyDeletionRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n"): typeof import('./graphql').DeleteCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { id fullName }\n  }\n"): typeof import('./graphql').CreateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) { id fullName }\n  }\n"): typeof import('./graphql').UpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n"): typeof import('./graphql').DeleteContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      today\n      timeZone\n      tasks {\n        new { count items { ...TaskListItem } }\n        dueToday { count items { ...TaskListItem } }\n        overdue { count items { ...TaskListItem } }\n        next7Days { count items { ...TaskListItem } }\n      }\n      contractsEnding { count items { id name contractEndDate } }\n      coldCalls { today thisMonth last7Days }\n      callsToday { outcome count }\n      recentActivity { id verb entityType companyId occurredAt changes actor { id fullName } }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyNotes($id: ID!, $first: Int, $after: String) {\n    company(id: $id) {\n      id\n      notes(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id\n            text\n            isPinned\n            createdAt\n            viewerCanEdit\n            viewerCanPin\n            author { id fullName }\n            contact { id fullName }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNote($id: ID!, $input: UpdateNoteInput!) {\n    updateNote(id: $id, input: $input) { id text }\n  }\n"): typeof import('./graphql').UpdateNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNote($id: ID!) {\n    deleteNote(id: $id)\n  }\n"): typeof import('./graphql').DeleteNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinNote($id: ID!, $pinned: Boolean!) {\n    pinNote(id: $id, pinned: $pinned) { id isPinned }\n  }\n"): typeof import('./graphql').PinNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n"): typeof import('./graphql').RecentNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    entityType\n    entityId\n    companyId\n    readAt\n    createdAt\n  }\n"): typeof import('./graphql').NotificationItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationItem\n    }\n  }\n"): typeof import('./graphql').NotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCompanies($query: String!, $first: Int) {\n    searchCompanies(query: $query, first: $first) {\n      matchedOn\n      highlight\n      company { id name inn }\n    }\n  }\n"): typeof import('./graphql').SearchCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskListItem on Task {\n    id\n    title\n    description\n    status\n    isUrgent\n    isOverdue\n    dueAt\n    completedAt\n    result\n    viewerCanEdit\n    type { id name color icon }\n    company { id name }\n    contact { id fullName }\n    assignee { id fullName }\n  }\n"): typeof import('./graphql').TaskListItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {\n    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { ...TaskListItem }\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTaskCounts {\n    myTaskCounts { overdue today next7Days open }\n  }\n"): typeof import('./graphql').MyTaskCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskFormOptions {\n    taskTypes { id name color icon isActive }\n  }\n"): typeof import('./graphql').TaskFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableUsers($filter: UserFilter) {\n    users(filter: $filter, first: 100) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id fullName } }\n    }\n  }\n"): typeof import('./graphql').AssignableUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($id: ID!, $result: String) {\n    completeTask(id: $id, result: $result) { id status }\n  }\n"): typeof import('./graphql').CompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleTask($id: ID!, $dueAt: DateTimeISO!) {\n    rescheduleTask(id: $id, dueAt: $dueAt) { id dueAt }\n  }\n"): typeof import('./graphql').RescheduleTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    email\n    fullName\n    role\n    locale\n    timeZone\n    branch { id code name }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me { ...ViewerFields }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerWithUnread {\n    me { ...ViewerFields }\n    unreadNotificationCount\n    newestUnread: notifications(unreadOnly: true, first: 1) {\n      edges { node { createdAt } }\n    }\n  }\n"): typeof import('./graphql').ViewerWithUnreadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
