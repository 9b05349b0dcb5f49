import { CompanyNotesResolver, ContactNotesResolver, NoteResolver } from './note.resolver';

export { Note } from './note.entity';
export { NoteService } from './note.service';
export { CompanyNotesResolver, ContactNotesResolver, NoteConnection, NoteResolver } from './note.resolver';

export const noteResolvers = [NoteResolver, CompanyNotesResolver, ContactNotesResolver];
