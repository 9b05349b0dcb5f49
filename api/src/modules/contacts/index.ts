import { ContactResolver } from './contact.resolver';

export { Contact, ContactEmail, ContactPhone } from './contact.entity';
export { ContactService } from './contact.service';
export { ContactResolver };

export const contactResolvers = [ContactResolver];
