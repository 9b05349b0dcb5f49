import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/connection';
import type { RequestContext } from '../../common/context';
import { Company } from '../companies/company.entity';
import { Contact, ContactEmail, ContactPhone } from './contact.entity';
import { ContactFilter, CreateContactInput, UpdateContactInput } from './contact.inputs';

export const ContactConnection = Connection(Contact);

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => ContactConnection, { description: 'Live contacts of companies the viewer may see, by full name' })
  contacts(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter?: ContactFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.contacts.list(ctx, filter ?? {}, first, after);
  }

  @Query(() => Contact, { nullable: true, description: 'A missing or deleted contact is a NOT_FOUND error on `id`' })
  contact(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Contact> {
    return ctx.services.contacts.get(ctx, id);
  }

  @Mutation(() => Contact)
  createContact(@Arg('input', () => CreateContactInput) input: CreateContactInput, @Ctx() ctx: RequestContext): Promise<Contact> {
    return ctx.services.contacts.create(ctx, input);
  }

  @Mutation(() => Contact, { description: 'Omitted fields stay unchanged; phones and emails, when given, replace the lists' })
  updateContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Contact> {
    return ctx.services.contacts.update(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Soft delete: the contact leaves every list' })
  deleteContact(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.contacts.delete(ctx, id);
  }

  @FieldResolver(() => Company)
  company(@Root() contact: Contact, @Ctx() ctx: RequestContext): Promise<Company> {
    return ctx.loaders.byId(Company, { withDeleted: true }).load(contact.companyId) as Promise<Company>;
  }

  @FieldResolver(() => [ContactPhone])
  phones(@Root() contact: Contact, @Ctx() ctx: RequestContext): Promise<ContactPhone[]> {
    return ctx.loaders.byParent(ContactPhone, 'contactId', { sortOrder: 'ASC' }).load(contact.id);
  }

  @FieldResolver(() => [ContactEmail])
  emails(@Root() contact: Contact, @Ctx() ctx: RequestContext): Promise<ContactEmail[]> {
    return ctx.loaders.byParent(ContactEmail, 'contactId', { sortOrder: 'ASC' }).load(contact.id);
  }
}
