import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { constraintError } from './constraint-errors';
import { ErrorCode } from './errors';

const pgError = (code: string, constraint?: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('violation'), { code, constraint }));

describe('constraintError', () => {
  it('names the field a unique index guards', () => {
    const error = constraintError(pgError('23505', 'companies_external_uq'));
    expect(error?.code).toBe(ErrorCode.CONFLICT);
    expect(error?.extensions).toEqual({ field: 'externalId' });
  });

  it('is a CONFLICT without a field for an index it does not know, and for a foreign key', () => {
    expect(constraintError(pgError('23505', 'some_new_uq'))?.extensions).toEqual({});
    expect(constraintError(pgError('23503', 'tasks_company_id_fkey'))?.code).toBe(ErrorCode.CONFLICT);
  });

  it('leaves other failures alone', () => {
    expect(constraintError(pgError('57014'))).toBeNull();
    expect(constraintError(new Error('boom'))).toBeNull();
  });
});
