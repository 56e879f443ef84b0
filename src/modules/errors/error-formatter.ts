import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from './domain-error.js';

const logger = new Logger('GraphQLError');

/** Codes GraphQL and Apollo produce for malformed requests; they are safe to pass through as they are. */
const PASS_THROUGH = new Set([
  'BAD_USER_INPUT', // a variable of the wrong type or an unknown enum value, refused before any resolver runs
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL error codes that are the client's doing rather than a bug of ours. */
const PG_UNIQUE_VIOLATION = '23505';
const PG_SERIALIZATION_FAILURE = '40001';

function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string } | undefined)?.code;
    if (code === PG_UNIQUE_VIOLATION) return DomainError.conflict('A record with the same unique value already exists');
    if (code === PG_SERIALIZATION_FAILURE) return DomainError.conflict('Concurrent change; try again');
  }
  return undefined;
}

/**
 * The single place where errors become what a client sees. A DomainError keeps its code, message and failing
 * fields; GraphQL's own document errors pass through; everything else is logged with its stack and reaches the
 * client as INTERNAL_SERVER_ERROR with no detail, so neither SQL nor stack traces nor personal data leak.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const domain = toDomainError(original);
  const base = { locations: formatted.locations, path: formatted.path };
  if (domain) {
    return {
      ...base,
      message: domain.message,
      extensions: {
        code: domain.code,
        ...(domain.fields.length > 0 ? { fields: domain.fields } : {}),
        ...domain.extensions,
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
