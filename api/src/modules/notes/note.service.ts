import type { DataSource, EntityManager } from 'typeorm';
import { type ConnectionShape, pageSize } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { requireActor, requireUser } from '../../common/context';
import { ForbiddenError, NotFoundError, UserInputError, isUuid, filterId } from '../../common/errors';
import { canEditNote, canPinNote, canViewCompany } from '../access/access-policy';
import { type AuditService, auditPreview, diffFields } from '../audit/audit.service';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { NotificationKind } from '../notifications/notification.entity';
import type { NotificationService } from '../notifications/notification.service';
import type { CreateNoteInput, NoteFilter, UpdateNoteInput } from './note.inputs';
import { Note } from './note.entity';
import { type NoteParent, countNotesPer, firstNotesPer, noteConnection, notePage, parseNoteCursor } from './note.loaders';


function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new UserInputError('text', 'text must not be empty');
  return trimmed;
}

/** Notes on companies and their contacts: anyone who sees the company writes them, authors keep them. */
export class NoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async list(ctx: RequestContext, filter: NoteFilter = {}, first?: number | null, after?: string | null): Promise<ConnectionShape<Note>> {
    requireUser(ctx);
    const limit = pageSize(first);
    const cursor = parseNoteCursor(after);
    // Notes of a deleted company leave the lists with it.
    const query = this.dataSource.getRepository(Note).createQueryBuilder('n').innerJoin(Company, 'c', 'c.id = n.company_id AND c.deleted_at IS NULL');
    const companyId = filterId(filter.companyId, 'companyId');
    const contactId = filterId(filter.contactId, 'contactId');
    const authorId = filterId(filter.authorId, 'authorId');
    if (companyId) query.andWhere('n.company_id = :companyId', { companyId });
    if (contactId) query.andWhere('n.contact_id = :contactId', { contactId });
    if (authorId) query.andWhere('n.author_id = :authorId', { authorId });
    if (typeof filter.pinned === 'boolean') query.andWhere('n.is_pinned = :pinned', { pinned: filter.pinned });
    const [rows, totalCount] = await Promise.all([notePage(query, limit, cursor), query.clone().getCount()]);
    return noteConnection(rows, limit, totalCount);
  }

  async get(ctx: RequestContext, id: string): Promise<Note> {
    const actor = requireActor(ctx);
    const note = isUuid(id) ? await ctx.loaders.byId(Note).load(id) : null;
    const company = note ? await ctx.loaders.byId(Company).load(note.companyId) : null;
    if (!note || !company || !canViewCompany(actor, company)) throw new NotFoundError('Note');
    return note;
  }

  /** A page of a company's (or a contact's) notes, batched across every parent the request asks about. */
  async pageOf(ctx: RequestContext, parent: NoteParent, parentId: string, first?: number | null, after?: string | null): Promise<ConnectionShape<Note>> {
    requireUser(ctx);
    const limit = pageSize(first);
    const cursor = parseNoteCursor(after);
    const pages = ctx.loaders.get(`notes:${parent}:${limit}:${after ?? ''}`, (ids) => firstNotesPer(this.dataSource, parent, ids, limit, cursor));
    const counts = ctx.loaders.get(`notes:${parent}:count`, (ids) => countNotesPer(this.dataSource, parent, ids));
    const connection = noteConnection(await pages.load(parentId), limit, 0);
    // graphql-js awaits a promise-valued field only when it is selected: the count runs only for clients that ask.
    return Object.defineProperty(connection, 'totalCount', { enumerable: true, get: () => counts.load(parentId) });
  }

  async create(ctx: RequestContext, input: CreateNoteInput): Promise<Note> {
    const actor = requireActor(ctx);
    const company = isUuid(input.companyId) ? await ctx.loaders.byId(Company).load(input.companyId) : null;
    if (!company) throw new UserInputError('companyId', 'No such company');
    if (!canViewCompany(actor, company)) throw new ForbiddenError('You cannot write notes on this company');
    const contactId = await this.checkContact(ctx, input.contactId, company.id);
    const text = cleanText(input.text);
    const attachments = (input.attachments ?? []).map(({ name, url, size }) => ({ name: name.trim(), url, size: size ?? null }));
    const outbox = this.notifications.outbox();
    const note = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Note);
      const fields = { companyId: company.id, contactId, authorId: actor.id, text, isPinned: input.isPinned ?? false, attachments };
      const { id } = await repository.save(repository.create(fields));
      await manager.query('UPDATE companies SET last_activity_at = now() WHERE id = $1', [company.id]);
      await this.audit.record(ctx, manager, {
        verb: 'note.create',
        entityType: 'Note',
        entityId: id,
        companyId: company.id,
        changes: diffFields({}, { ...fields, authorId: undefined, companyId: undefined, text: auditPreview(text) }),
      });
      if (company.responsibleId !== actor.id) {
        await outbox.add(manager, {
          userId: company.responsibleId,
          kind: NotificationKind.NOTE_ADDED,
          params: { actor: requireUser(ctx).fullName, company: company.name, text },
          entityType: 'Note',
          entityId: id,
          companyId: company.id,
          dedupeKey: `note:${id}`,
        });
      }
      return repository.findOneByOrFail({ id });
    });
    outbox.publish();
    return note;
  }

  async update(ctx: RequestContext, id: string, input: UpdateNoteInput): Promise<Note> {
    const actor = requireActor(ctx);
    const note = await this.get(ctx, id);
    if (!canEditNote(actor, note)) throw new ForbiddenError('Only the author or an administrator edits a note');
    const patch = {
      text: input.text === undefined || input.text === null ? undefined : cleanText(input.text),
      isPinned: input.isPinned ?? undefined,
    };
    return this.write(ctx, note, 'note.update', patch);
  }

  async pin(ctx: RequestContext, id: string, pinned: boolean): Promise<Note> {
    const actor = requireActor(ctx);
    const note = await this.get(ctx, id);
    const company = await ctx.loaders.byId(Company).load(note.companyId);
    if (!company || !canPinNote(actor, note, company)) throw new ForbiddenError('Only the author or whoever edits the company pins its notes');
    return this.write(ctx, note, 'note.update', { isPinned: pinned });
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const actor = requireActor(ctx);
    const note = await this.get(ctx, id);
    if (!canEditNote(actor, note)) throw new ForbiddenError('Only the author or an administrator deletes a note');
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Note).softDelete(note.id);
      await this.audit.record(ctx, manager, { verb: 'note.delete', entityType: 'Note', entityId: note.id, companyId: note.companyId });
    });
    return true;
  }

  private async write(ctx: RequestContext, note: Note, verb: string, patch: Partial<Pick<Note, 'text' | 'isPinned'>>): Promise<Note> {
    const changes = diffFields(note as unknown as Record<string, unknown>, patch);
    if (Object.keys(changes).length === 0) return note;
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const changed = Object.fromEntries(Object.keys(changes).map((field) => [field, patch[field as keyof typeof patch]]));
      await manager.getRepository(Note).update(note.id, changed);
      if (changes.text) changes.text = { from: auditPreview(note.text), to: auditPreview(patch.text) };
      await this.audit.record(ctx, manager, { verb, entityType: 'Note', entityId: note.id, companyId: note.companyId, changes });
      return manager.getRepository(Note).findOneByOrFail({ id: note.id });
    });
  }

  private async checkContact(ctx: RequestContext, contactId: string | null | undefined, companyId: string): Promise<string | null> {
    if (contactId === undefined || contactId === null) return null;
    const contact = isUuid(contactId) ? await ctx.loaders.byId(Contact).load(contactId) : null;
    if (!contact) throw new UserInputError('contactId', 'No such contact');
    if (contact.companyId !== companyId) throw new UserInputError('contactId', 'The contact belongs to another company');
    return contact.id;
  }
}
