import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from '../logger';
import { constraintError } from './constraint-errors';
import { AppError, ErrorCode } from './errors';

function firstViolation(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const message = Object.values(error.constraints)[0] ?? 'is invalid';
      return { field, message };
    }
    const nested = firstViolation(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** One place maps every failure to `extensions.code`; unexpected errors are logged and masked behind an id. */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const raised = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const original = constraintError(raised) ?? raised;
    const path = formatted.path;
    if (original instanceof AppError) {
      return { message: original.message, path, locations: formatted.locations, extensions: { code: original.code, ...original.extensions } };
    }
    if (original instanceof ArgumentValidationError) {
      const violation = firstViolation(original.extensions.validationErrors as ValidationError[]) ?? { field: 'input', message: 'is invalid' };
      // type-graphql wraps the args object: drop the argument name ("input.") only where a nested path remains.
      const field = violation.field.replace(/^(input|inputs|args)\./, '');
      return {
        message: violation.message,
        path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      // Parse/validation/variable-coercion errors from graphql-js itself: safe to show, already describe the field.
      return formatted;
    }
    const errorId = randomUUID();
    logger.error({ err: original, errorId, path }, 'unexpected error');
    return { message: `Internal error, reference ${errorId}`, path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}
