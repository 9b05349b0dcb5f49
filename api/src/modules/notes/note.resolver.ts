import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { requireActor } from '../../common/context';
import { canEditNote, canPinNote } from '../access/access-policy';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { User } from '../users/user.entity';
import { CreateNoteInput, NoteFilter, UpdateNoteInput } from './note.inputs';
import { Note } from './note.entity';

export const NoteConnection = Connection(Note);

@Resolver(() => Note)
export class NoteResolver {
  @Query(() => NoteConnection, { description: 'Pinned notes first, then the newest' })
  notes(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => NoteFilter, { nullable: true }) filter?: NoteFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.notes.list(ctx, filter ?? {}, first, after);
  }

  @Query(() => Note, { nullable: true })
  note(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Note> {
    return ctx.services.notes.get(ctx, id);
  }

  @Mutation(() => Note, { description: 'Anyone who sees the company may write a note on it' })
  createNote(@Arg('input', () => CreateNoteInput) input: CreateNoteInput, @Ctx() ctx: RequestContext): Promise<Note> {
    return ctx.services.notes.create(ctx, input);
  }

  @Mutation(() => Note, { description: 'The author or an administrator' })
  updateNote(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNoteInput) input: UpdateNoteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Note> {
    return ctx.services.notes.update(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'The author or an administrator; the note leaves every list' })
  deleteNote(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.notes.remove(ctx, id);
  }

  @Mutation(() => Note, { description: 'The author, or whoever may edit the company' })
  pinNote(@Arg('id', () => ID) id: string, @Arg('pinned', () => Boolean) pinned: boolean, @Ctx() ctx: RequestContext): Promise<Note> {
    return ctx.services.notes.pin(ctx, id, pinned);
  }

  @FieldResolver(() => User)
  author(@Root() note: Note, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.byId(User, { withDeleted: true }).load(note.authorId);
  }

  @FieldResolver(() => Company)
  company(@Root() note: Note, @Ctx() ctx: RequestContext): Promise<Company | null> {
    return ctx.loaders.byId(Company, { withDeleted: true }).load(note.companyId);
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() note: Note, @Ctx() ctx: RequestContext): Promise<Contact | null> | null {
    return note.contactId ? ctx.loaders.byId(Contact).load(note.contactId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user may edit or delete this note' })
  viewerCanEdit(@Root() note: Note, @Ctx() ctx: RequestContext): boolean {
    return canEditNote(requireActor(ctx), note);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user may pin or unpin this note' })
  async viewerCanPin(@Root() note: Note, @Ctx() ctx: RequestContext): Promise<boolean> {
    const company = await ctx.loaders.byId(Company).load(note.companyId);
    return company !== null && canPinNote(requireActor(ctx), note, company);
  }
}

@Resolver(() => Company)
export class CompanyNotesResolver {
  @FieldResolver(() => NoteConnection, { description: 'Pinned notes first, then the newest' })
  notes(
    @Root() company: Company,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.notes.pageOf(ctx, 'company_id', company.id, first, after);
  }
}

@Resolver(() => Contact)
export class ContactNotesResolver {
  @FieldResolver(() => NoteConnection, { description: 'Notes about this contact, pinned first, then the newest' })
  notes(
    @Root() contact: Contact,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.notes.pageOf(ctx, 'contact_id', contact.id, first, after);
  }
}
