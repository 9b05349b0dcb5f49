import type { SelectOption } from '@/components/ui/form-field';
import type { Locale, Role } from '@/lib/gql/graphql';

/** What the user dialogs need to show a user; plain data so it crosses to client components. */
export type EditableUser = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  branchId: string | null;
  locale: Locale;
  timeZone: string;
  isActive: boolean;
  emailSignature: string | null;
};

export type UserFormOptions = {
  roles: SelectOption[];
  branches: SelectOption[];
  locales: SelectOption[];
  timeZones: SelectOption[];
  defaultTimeZone: string;
};

export type EditableBranch = { id: string; code: string; name: string; timeZone: string };
