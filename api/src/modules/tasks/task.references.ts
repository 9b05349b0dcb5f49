import type { RequestContext } from '../../common/context';
import { ForbiddenError, UserInputError, isUuid } from '../../common/errors';
import { type Actor, canAssignTaskTo, canViewCompany } from '../access/access-policy';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { TaskType } from '../dictionaries/dictionary.entity';
import { User } from '../users/user.entity';
import { checkRrule } from './rrule';
import type { Task } from './task.entity';

/** The fields a task is created with or changed to, after every reference in it has been checked. */
export interface TaskFields {
  title: string;
  description: string | null;
  typeId: string | null;
  dueAt: Date | null;
  isUrgent: boolean;
  assigneeId: string;
  companyId: string | null;
  contactId: string | null;
  rrule: string | null;
}

export type TaskChanges = { [K in keyof TaskFields]?: TaskFields[K] | null };

export function cleanTitle(title: string | null | undefined): string {
  const trimmed = title?.trim();
  if (!trimmed) throw new UserInputError('title', 'title must be 1–300 characters');
  return trimmed;
}

const cleanText = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/**
 * Checks the requested values against the task as it stands (none when creating) and returns the complete
 * resulting fields. Throws before anything is written: BAD_USER_INPUT naming the field for ids that name
 * nothing (malformed ones included), FORBIDDEN for an assignee the actor may not give work to.
 */
export async function resolveTaskFields(ctx: RequestContext, actor: Actor, requested: TaskChanges, current?: Task): Promise<TaskFields> {
  const changed = <K extends keyof TaskFields>(field: K) => requested[field] !== undefined && (!current || requested[field] !== current[field]);

  const title = requested.title === undefined && current ? current.title : cleanTitle(requested.title);
  const description = requested.description === undefined && current ? current.description : cleanText(requested.description);

  let typeId = current?.typeId ?? null;
  if (changed('typeId')) {
    typeId = requested.typeId ?? null;
    const type = typeId && isUuid(typeId) ? await ctx.loaders.byId(TaskType).load(typeId) : null;
    if (typeId && (!type || !type.isActive)) throw new UserInputError('typeId', 'No such task type');
  }

  let assigneeId = current?.assigneeId ?? actor.id;
  // On creation an omitted or null assignee means "me"; on an update null is a request to leave it unassigned.
  const requestedId = !current && requested.assigneeId === null ? undefined : requested.assigneeId;
  if (requestedId !== undefined && requestedId !== current?.assigneeId) {
    const assignee = requestedId && isUuid(requestedId) ? await ctx.loaders.byId(User).load(requestedId) : null;
    if (!assignee || !assignee.isActive) throw new UserInputError('assigneeId', 'No such active user');
    if (!canAssignTaskTo(actor, assignee)) throw new ForbiddenError('You may not assign tasks to this user');
    assigneeId = assignee.id;
  }

  let companyId = current?.companyId ?? null;
  const companyChanged = changed('companyId');
  if (companyChanged) {
    companyId = requested.companyId ?? null;
    const company = companyId && isUuid(companyId) ? await ctx.loaders.byId(Company).load(companyId) : null;
    if (companyId && (!company || !canViewCompany(actor, company))) throw new UserInputError('companyId', 'No such company');
  }

  // A contact of the old company means nothing on a new one: it goes unless the request names a contact.
  let contactId = current?.contactId ?? null;
  if (requested.contactId !== undefined) contactId = requested.contactId ?? null;
  else if (companyChanged) contactId = null;
  if (contactId && (changed('contactId') || companyChanged)) {
    const contact = isUuid(contactId) ? await ctx.loaders.byId(Contact).load(contactId) : null;
    if (!contact) throw new UserInputError('contactId', 'No such contact');
    if (companyId === null && !companyChanged) companyId = contact.companyId;
    if (contact.companyId !== companyId) throw new UserInputError('contactId', 'The contact belongs to another company');
  }

  let rrule = current?.rrule ?? null;
  if (requested.rrule !== undefined) {
    const text = requested.rrule?.trim() || null;
    const checked = text === null ? null : checkRrule(text);
    if (checked && !checked.ok) throw new UserInputError('rrule', checked.message);
    rrule = checked?.ok ? checked.rule : null;
  }

  const dueAt = requested.dueAt === undefined && current ? current.dueAt : (requested.dueAt ?? null);
  if (rrule && !dueAt) throw new UserInputError('dueAt', 'A recurring task needs dueAt: its first occurrence');

  const isUrgent = requested.isUrgent ?? current?.isUrgent ?? false;
  return { title, description, typeId, dueAt, isUrgent, assigneeId, companyId, contactId, rrule };
}
