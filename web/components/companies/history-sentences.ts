/**
 * Audit events → the words of the История tab. Pure: the translator, the dictionaries (to turn ids into
 * names) and the formatters come in, so the same rules serve both languages and are easy to test.
 */

export type HistoryVerb =
  | 'created'
  | 'updated'
  | 'transferred'
  | 'deleted'
  | 'restored'
  | 'deletionRequested'
  | 'deletionApproved'
  | 'deletionRejected'
  | 'contactCreated'
  | 'contactUpdated'
  | 'contactDeleted'
  | 'noteCreated'
  | 'noteUpdated'
  | 'noteDeleted'
  | 'notePinned'
  | 'taskCreated'
  | 'taskUpdated'
  | 'taskCompleted'
  | 'taskCancelled';

const ACTIONS: Record<string, string> = {
  create: 'Created',
  created: 'Created',
  add: 'Created',
  update: 'Updated',
  updated: 'Updated',
  edit: 'Updated',
  delete: 'Deleted',
  deleted: 'Deleted',
  remove: 'Deleted',
  pin: 'Pinned',
  unpin: 'Pinned',
  complete: 'Completed',
  completed: 'Completed',
  cancel: 'Cancelled',
  cancelled: 'Cancelled',
};

/**
 * Reads verbs such as "company.update", "company.transfer", "deletion.approve", "contact.create",
 * "note.pin", "task.complete" (or a bare "update" with the entity type beside it).
 */
export function historyVerb(verb: string, entityType: string): HistoryVerb | null {
  const parts = verb.toLowerCase().split(/[._:]/).filter(Boolean);
  const action = parts.at(-1) ?? '';
  const entity = (parts.length > 1 ? parts[0] : entityType.toLowerCase()) ?? '';
  if (entity === 'deletion' || entity === 'deletionrequest' || parts.includes('deletion')) {
    if (/^(request|requested)$/.test(action)) return 'deletionRequested';
    if (/^(approve|approved)$/.test(action)) return 'deletionApproved';
    if (/^(reject|rejected)$/.test(action)) return 'deletionRejected';
  }
  if (entity.startsWith('company')) {
    if (/^(transfer|transferred)$/.test(action)) return 'transferred';
    if (/^(restore|restored)$/.test(action)) return 'restored';
    if (/^(request|requested)$/.test(action) && parts.some((part) => part.startsWith('delet'))) return 'deletionRequested';
    const kind = ACTIONS[action];
    if (kind === 'Created') return 'created';
    if (kind === 'Updated') return 'updated';
    if (kind === 'Deleted') return 'deleted';
    return null;
  }
  const kind = ACTIONS[action];
  if (!kind) return null;
  const candidate = `${entity.replace(/s$/, '')}${kind}`;
  return (KNOWN_VERBS as readonly string[]).includes(candidate) ? (candidate as HistoryVerb) : null;
}

const KNOWN_VERBS: readonly HistoryVerb[] = [
  'contactCreated',
  'contactUpdated',
  'contactDeleted',
  'noteCreated',
  'noteUpdated',
  'noteDeleted',
  'notePinned',
  'taskCreated',
  'taskUpdated',
  'taskCompleted',
  'taskCancelled',
];

export type FieldChange = { field: string; from: unknown; to: unknown };

/** `{ field: { from, to } }` → a list; anything not shaped like that is skipped. */
export function fieldChanges(changes: unknown): FieldChange[] {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, unknown>).flatMap(([field, change]) =>
    change && typeof change === 'object' && ('from' in change || 'to' in change)
      ? [{ field, from: (change as { from?: unknown }).from ?? null, to: (change as { to?: unknown }).to ?? null }]
      : [],
  );
}

/** A field's value in a change record: the new one, else the old one (a deletion keeps only "from"). */
function changedText(changes: Record<string, unknown>, key: string): string | null {
  const value = changes[key];
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return null;
  const { to, from } = value as { to?: unknown; from?: unknown };
  const text = typeof to === 'string' && to ? to : typeof from === 'string' ? from : null;
  return text?.trim() || null;
}

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** What a contact/note/task event is about, when the event says: a person's name, a title, a note's text. */
export function eventSubject(changes: unknown): string | null {
  if (!changes || typeof changes !== 'object') return null;
  const record = changes as Record<string, unknown>;
  const person = ['lastName', 'firstName', 'middleName'].map((key) => changedText(record, key)).filter(Boolean);
  if (person.length) return person.join(' ');
  for (const key of ['fullName', 'name', 'title', 'text']) {
    const text = changedText(record, key);
    if (text) return clip(text);
  }
  return null;
}

/** The result written when a task was completed. */
export function eventResult(changes: unknown): string | null {
  if (!changes || typeof changes !== 'object') return null;
  const text = changedText(changes as Record<string, unknown>, 'result');
  return text ? clip(text) : null;
}

export function eventReason(changes: unknown): string | null {
  if (!changes || typeof changes !== 'object') return null;
  const reason = (changes as Record<string, unknown>).reason;
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object' && 'to' in reason && typeof (reason as { to: unknown }).to === 'string') return (reason as { to: string }).to;
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ValueWords = {
  /** Names for ids of statuses, spheres, users, branches, regions, companies. */
  names: ReadonlyMap<string, string>;
  empty: string;
  yes: string;
  no: string;
  dateTime: (value: Date) => string;
  date: (value: string) => string;
  phone: (e164: string) => string;
  label: (field: string, value: string) => string | null;
};

/** One value of a change as a person reads it: names instead of ids, formatted dates and phones. */
export function describeValue(field: string, value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((item) => describeValue(field, item, words)).join(', ') : words.empty;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.e164 === 'string') return words.phone(record.e164);
    if (typeof record.email === 'string') return record.email;
    if (typeof record.name === 'string') return record.name;
    if (typeof record.fullName === 'string') return record.fullName;
    if (typeof record.value === 'string') return record.value;
    return words.empty;
  }
  const text = String(value);
  if (UUID.test(text)) return words.names.get(text) ?? '…';
  if (/^\+\d{8,15}$/.test(text)) return words.phone(text);
  if (ISO_DATE.test(text)) return words.date(text);
  if (ISO_DATE_TIME.test(text)) return words.dateTime(new Date(text));
  return words.label(field, text) ?? text;
}
