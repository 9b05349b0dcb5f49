import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AuthSession, LoginToken } from '../modules/auth/auth-session.entity';
import { Branch, Region } from '../modules/branches/branch.entity';
import { Call, CallRequest, PhoneDevice } from '../modules/calls/call.entity';
import { CompanyEmail, CompanyPhone } from '../modules/companies/company-channel.entity';
import { Company } from '../modules/companies/company.entity';
import { CompanyDeletionRequest } from '../modules/companies/deletion-request.entity';
import { Contact, ContactEmail, ContactPhone } from '../modules/contacts/contact.entity';
import { CompanyStatus, Sphere, TaskType } from '../modules/dictionaries/dictionary.entity';
import { Note } from '../modules/notes/note.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { Task } from '../modules/tasks/task.entity';
import { User } from '../modules/users/user.entity';

export const entities = [
  AuditEvent, AuthSession, LoginToken, Branch, Region, Call, CallRequest, PhoneDevice, Company, CompanyPhone, CompanyEmail,
  CompanyDeletionRequest, Contact, ContactPhone, ContactEmail, CompanyStatus, Sphere, TaskType, Note, Notification, Task,
  User,
];
