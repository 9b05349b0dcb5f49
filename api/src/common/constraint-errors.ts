import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode } from './errors';

/**
 * Services check uniqueness before they write, so a user normally gets a field error from the check. Two
 * requests racing past the check meet the database's unique index instead: that is the same mistake, not an
 * internal error, so it reads as CONFLICT naming the field the index guards.
 */
const UNIQUE_FIELDS: Record<string, string> = {
  users_email_uq: 'email',
  branches_code_uq: 'code',
  company_statuses_name_uq: 'name',
  spheres_name_uq: 'name',
  task_types_name_uq: 'name',
  companies_external_uq: 'externalId',
  contacts_external_uq: 'externalId',
  deletion_requests_pending_uq: 'id',
  phone_devices_user_device_uq: 'deviceId',
  calls_user_client_uq: 'clientId',
};

interface PgError {
  code?: string;
  constraint?: string;
}

/** A unique or foreign-key violation as the AppError a client can act on; null for anything else. */
export function constraintError(error: unknown): AppError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as PgError;
  if (driverError.code === '23505') {
    const field = UNIQUE_FIELDS[driverError.constraint ?? ''];
    return new AppError(ErrorCode.CONFLICT, 'This value is already taken; reload and try again', field ? { field } : {});
  }
  if (driverError.code === '23503') {
    // A referenced row went away between the check and the write (or a row still referenced was removed).
    return new AppError(ErrorCode.CONFLICT, 'A linked record changed meanwhile; reload and try again');
  }
  return null;
}
