import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { type ConnectionShape, type CursorValue, decodeCursor, toConnection } from '../../common/connection';
import { UserInputError, isUuid } from '../../common/errors';
import { Note } from './note.entity';

/**
 * Note lists are ordered pinned first, then newest. The keyset cursor is (pinned, created_at, id); the time is
 * read back from SQL as text with microseconds, since a JS Date would round it and skip or repeat rows.
 */
export interface NoteCursor {
  pinned: boolean;
  createdAt: string;
  id: string;
}

export interface NoteRow {
  note: Note;
  cursor: CursorValue[];
}

const CURSOR_TIME = (alias: string) => `to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const ISO_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function parseNoteCursor(after: string | null | undefined): NoteCursor | null {
  const values = decodeCursor(after, 3);
  if (!values) return null;
  const [pinned, createdAt, id] = values;
  if ((pinned !== 0 && pinned !== 1) || typeof createdAt !== 'string' || !ISO_MICROS.test(createdAt) || !isUuid(id)) {
    throw new UserInputError('after', 'after is not a cursor returned by this list');
  }
  return { pinned: pinned === 1, createdAt, id };
}

/** Rows strictly after the cursor in (pinned DESC, created_at DESC, id DESC) order. */
function whereAfter<T extends object>(query: SelectQueryBuilder<T>, alias: string, cursor: NoteCursor | null): void {
  if (!cursor) return;
  query.andWhere(`(${alias}.is_pinned, ${alias}.created_at, ${alias}.id) < (:cursorPinned, CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))`, {
    cursorPinned: cursor.pinned,
    cursorAt: cursor.createdAt,
    cursorId: cursor.id,
  });
}

async function rowsOf(query: SelectQueryBuilder<Note>): Promise<NoteRow[]> {
  const { entities, raw } = await query.addSelect(CURSOR_TIME('n'), 'cursor_at').getRawAndEntities();
  const timeById = new Map(raw.map((row: Record<string, string>) => [row.n_id, row.cursor_at]));
  return entities.map((note) => ({ note, cursor: [note.isPinned ? 1 : 0, timeById.get(note.id) ?? null, note.id] }));
}

/** One page of a filtered note query (alias `n`); the caller counts. */
export async function notePage(query: SelectQueryBuilder<Note>, limit: number, cursor: NoteCursor | null): Promise<NoteRow[]> {
  const page = query.clone();
  whereAfter(page, 'n', cursor);
  page.orderBy('n.is_pinned', 'DESC').addOrderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').limit(limit + 1);
  return rowsOf(page);
}

export function noteConnection(rows: NoteRow[], limit: number, totalCount: number): ConnectionShape<Note> {
  const connection = toConnection(rows, limit, totalCount, (row) => row.cursor);
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.note })) };
}

export type NoteParent = 'company_id' | 'contact_id';

/**
 * The first `limit + 1` notes of each parent in one statement: row_number() over each parent's notes in list
 * order, so a page of 50 companies costs one query however many notes each has.
 */
export async function firstNotesPer(
  dataSource: DataSource,
  parent: NoteParent,
  parentIds: readonly string[],
  limit: number,
  cursor: NoteCursor | null,
): Promise<NoteRow[][]> {
  const query = dataSource
    .getRepository(Note)
    .createQueryBuilder('n')
    .innerJoin(
      (sub) => {
        sub
          .select('r.id', 'id')
          .addSelect(`row_number() OVER (PARTITION BY r.${parent} ORDER BY r.is_pinned DESC, r.created_at DESC, r.id DESC)`, 'rank')
          .from(Note, 'r')
          .where(`r.${parent} IN (:...parentIds)`, { parentIds });
        whereAfter(sub, 'r', cursor);
        return sub;
      },
      'ranked',
      'ranked.id = n.id AND ranked.rank <= :rankLimit',
      { rankLimit: limit + 1 },
    )
    .orderBy('n.is_pinned', 'DESC')
    .addOrderBy('n.created_at', 'DESC')
    .addOrderBy('n.id', 'DESC');
  const rows = await rowsOf(query);
  const key = parent === 'company_id' ? 'companyId' : 'contactId';
  const grouped = new Map<string, NoteRow[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.note[key] ?? '')?.push(row);
  return parentIds.map((id) => grouped.get(id) ?? []);
}

/** Live notes per parent in one grouped count. */
export async function countNotesPer(dataSource: DataSource, parent: NoteParent, parentIds: readonly string[]): Promise<number[]> {
  const rows: Array<{ parent_id: string; total: number }> = await dataSource.query(
    `SELECT ${parent} AS parent_id, count(*)::int AS total FROM notes WHERE ${parent} = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY ${parent}`,
    [parentIds],
  );
  const totals = new Map(rows.map((row) => [row.parent_id, row.total]));
  return parentIds.map((id) => totals.get(id) ?? 0);
}
