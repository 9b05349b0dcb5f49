import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { diffFields } from '../modules/audit/audit.service';
import type { EmailInput, PhoneInput } from './channel-inputs';
import { EmailType, PhoneType } from './contact-channels';
import { UserInputError } from './errors';
import { PhoneFormatError, normalizePhone } from './validation/phone';

/** The stored columns of one phone, whoever owns it. */
export interface PhoneValues {
  e164: string;
  raw: string;
  extension: string | null;
  type: PhoneType;
  comment: string | null;
  sortOrder: number;
  isColdCall: boolean;
}

export interface EmailValues {
  email: string;
  type: EmailType;
  comment: string | null;
  sortOrder: number;
}

export interface ChannelValues {
  /** Given: the new list replaces the stored one. Undefined: phones stay as they are. */
  phones?: PhoneValues[];
  emails?: EmailValues[];
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Normalises typed phones to E.164; a malformed or repeated number fails at its own field, e.g. `phones.1.value`. */
export function normalizePhoneInputs(inputs: readonly PhoneInput[], field = 'phones'): PhoneValues[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    let parsed;
    try {
      parsed = normalizePhone(input.value);
    } catch (error) {
      if (error instanceof PhoneFormatError) {
        throw new UserInputError(`${field}.${index}.value`, `The phone number is malformed: ${error.reason}`);
      }
      throw error;
    }
    const extension = blankToNull(input.extension) ?? parsed.extension;
    const key = phoneKey({ e164: parsed.e164, extension });
    if (seen.has(key)) throw new UserInputError(`${field}.${index}.value`, 'This phone number is already in the list');
    seen.add(key);
    return {
      e164: parsed.e164,
      raw: parsed.raw,
      extension,
      type: input.type ?? PhoneType.WORK,
      comment: blankToNull(input.comment),
      sortOrder: index,
      isColdCall: input.isColdCall ?? false,
    };
  });
}

/** Trims e-mails and rejects one listed twice (case-insensitively) at its field, e.g. `emails.1.email`. */
export function normalizeEmailInputs(inputs: readonly EmailInput[], field = 'emails'): EmailValues[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const email = input.email.trim();
    if (seen.has(email.toLowerCase())) throw new UserInputError(`${field}.${index}.email`, 'This e-mail is already in the list');
    seen.add(email.toLowerCase());
    return { email, type: input.type ?? EmailType.WORK, comment: blankToNull(input.comment), sortOrder: index };
  });
}

const phoneKey = (phone: Pick<PhoneValues, 'e164' | 'extension'>) => `${phone.e164};${phone.extension ?? ''}`;
const emailKey = (email: Pick<EmailValues, 'email'>) => email.email.toLowerCase();

/** What the audit log records for a list: the normalised values in order (the raw spelling is not a change). */
export const phonesForAudit = (phones: readonly PhoneValues[]) =>
  phones.map(({ e164, extension, type, comment, isColdCall }) => ({ e164, extension, type, comment, isColdCall }));
export const emailsForAudit = (emails: readonly EmailValues[]) => emails.map(({ email, type, comment }) => ({ email, type, comment }));

interface ChannelKind<V extends object> {
  entity: EntityTarget<ObjectLiteral>;
  key: (values: V) => string;
  columns: Array<keyof V & string>;
}

/**
 * Replaces the phones and e-mails of one owner (a company or a contact) inside the caller's transaction.
 * Rows whose number or address stays keep their id (and are updated only when a detail changed); the rest are
 * deleted and inserted. Returns the audit changes of the lists.
 */
export class ChannelWriter {
  private readonly phones: ChannelKind<PhoneValues>;
  private readonly emails: ChannelKind<EmailValues>;

  constructor(
    phoneEntity: EntityTarget<ObjectLiteral>,
    emailEntity: EntityTarget<ObjectLiteral>,
    private readonly parentKey: string,
  ) {
    this.phones = { entity: phoneEntity, key: phoneKey, columns: ['e164', 'raw', 'extension', 'type', 'comment', 'sortOrder', 'isColdCall'] };
    this.emails = { entity: emailEntity, key: emailKey, columns: ['email', 'type', 'comment', 'sortOrder'] };
  }

  async replace(
    manager: EntityManager,
    parentId: string,
    next: ChannelValues,
    options: { created?: boolean } = {},
  ): Promise<Record<string, unknown>> {
    const changes: Record<string, unknown> = {};
    if (next.phones) {
      const before = await this.sync(manager, this.phones, parentId, next.phones, options.created);
      Object.assign(changes, diffFields({ phones: phonesForAudit(before) }, { phones: phonesForAudit(next.phones) }));
    }
    if (next.emails) {
      const before = await this.sync(manager, this.emails, parentId, next.emails, options.created);
      Object.assign(changes, diffFields({ emails: emailsForAudit(before) }, { emails: emailsForAudit(next.emails) }));
    }
    return changes;
  }

  /** Brings one owner's rows of one kind to `next`; returns the rows as they were, for the audit's "from". */
  private async sync<V extends object>(
    manager: EntityManager,
    kind: ChannelKind<V>,
    parentId: string,
    next: V[],
    created = false,
  ): Promise<V[]> {
    const repository = manager.getRepository(kind.entity);
    const existing = created
      ? []
      : ((await repository.find({ where: { [this.parentKey]: parentId }, order: { sortOrder: 'ASC' } })) as Array<V & { id: string }>);
    const unused = new Map<string, Array<V & { id: string }>>();
    for (const row of existing) unused.set(kind.key(row), [...(unused.get(kind.key(row)) ?? []), row]);

    const inserts: ObjectLiteral[] = [];
    for (const values of next) {
      const match = unused.get(kind.key(values))?.shift();
      if (!match) {
        inserts.push({ ...values, [this.parentKey]: parentId });
        continue;
      }
      const changed = kind.columns.filter((column) => (match[column] ?? null) !== (values[column] ?? null));
      if (changed.length > 0) {
        await repository.update(match.id, Object.fromEntries(changed.map((column) => [column, values[column]])));
      }
    }
    const stale = [...unused.values()].flat().map((row) => row.id);
    if (stale.length > 0) await repository.delete({ id: In(stale) });
    if (inserts.length > 0) await repository.insert(inserts);
    return existing;
  }
}
