/** What a notification points at, as the API sends it. */
export type NotificationTarget = { entityType: string | null; entityId: string | null; companyId: string | null };

/** The page a notification opens, or null when it is about nothing that has one. */
export function notificationHref({ entityType, entityId, companyId }: NotificationTarget): string | null {
  switch (entityType) {
    case 'Task':
      return '/tasks';
    case 'Company':
      return entityId ? `/companies/${entityId}` : null;
    case 'Note':
      return companyId ? `/companies/${companyId}/notes` : null;
    default:
      // CompanyDeletionRequest and anything newer that concerns a company: the company's card.
      return companyId ? `/companies/${companyId}` : null;
  }
}
