import { ArrayMaxSize, IsInt, IsOptional, IsUrl, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { Note } from './note.entity';

export const NOTE_TEXT_MAX = 20_000;
const TEXT_MESSAGE = `text must be 1–${NOTE_TEXT_MAX} characters`;

@InputType({ description: 'A file already uploaded to storage, attached to a note by reference' })
export class NoteAttachmentInput {
  @Field()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(255, { message: 'name must be at most 255 characters' })
  name: string;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000, { message: 'url must be at most 2000 characters' })
  url: string;

  @Field(() => Int, { nullable: true, description: 'Size in bytes' })
  @IsOptional()
  @IsInt({ message: 'size must be a whole number of bytes' })
  @Min(0, { message: 'size must not be negative' })
  size?: number;
}

@InputType()
export class CreateNoteInput implements Partial<Note> {
  @Field(() => ID)
  companyId: string;

  @Field(() => ID, { nullable: true, description: 'A contact of the same company the note is about' })
  @IsOptional()
  contactId?: string | null;

  @Field()
  @MinLength(1, { message: TEXT_MESSAGE })
  @MaxLength(NOTE_TEXT_MAX, { message: TEXT_MESSAGE })
  text: string;

  @Field({ nullable: true })
  @IsOptional()
  isPinned?: boolean;

  @Field(() => [NoteAttachmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'attachments must be at most 20 files' })
  @ValidateNested()
  attachments?: NoteAttachmentInput[];
}

@InputType({ description: 'Omitted fields stay as they are' })
export class UpdateNoteInput implements Partial<Note> {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, { message: TEXT_MESSAGE })
  @MaxLength(NOTE_TEXT_MAX, { message: TEXT_MESSAGE })
  text?: string;

  @Field({ nullable: true })
  @IsOptional()
  isPinned?: boolean;
}

@InputType()
export class NoteFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  companyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  contactId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  authorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  pinned?: boolean;
}
