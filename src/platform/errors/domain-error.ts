import { IntrinsicException } from '@nestjs/common';

/**
 * The stable error codes a client can rely on (`extensions.code`). Apollo's own codes
 * (GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED) pass through for malformed documents.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * Why a CONFLICT, where a client decides on it (docs/api.md): the record changed since it was read, or a rule of the
 * domain refuses the step whatever the client reloads.
 */
export type ConflictReason =
  | 'STALE_VERSION'
  | 'DUPLICATE_ORGANISATION_NUMBER'
  | 'NO_OPEN_ENROLMENT'
  | 'ALREADY_ON_SHORTLIST'
  | 'ALREADY_PRESENTED'
  | 'NO_CONSENT'
  | 'ALREADY_PLACED'
  | 'STAGE_NOT_ALLOWED'
  | 'COURSE_FULL'
  | 'DOUBLE_BOOKED'
  | 'OVER_CAPACITY'
  | 'MEETING_NOT_STARTED'
  | 'ENROLMENT_OPEN'
  | 'RETENTION_REQUIRED'
  | 'ALREADY_ERASED';

/** One invalid field of an input: `field` is the dotted path within the operation's arguments. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The one error type services throw for anything a client should see. Everything else is an internal
 * error: logged in full, shown to the client only as INTERNAL_SERVER_ERROR without details. A DomainError is
 * the client's business, so Nest does not log it (IntrinsicException).
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** Further `extensions` the client receives with the code (e.g. `retryAfterSeconds`). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(fields: FieldError[], message = 'Invalid input'): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `${message}: ${fields.map((f) => f.field).join(', ')}`, fields);
  }

  static field(field: string, message: string): DomainError {
    return DomainError.badInput([{ field, message }]);
  }

  static notFound(what: string, id?: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, id ? `${what} ${id} not found` : `${what} not found`);
  }

  static forbidden(message = 'Not allowed'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Authentication required'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  /**
   * The record's state does not allow this. `reason` (sent as `extensions.reason`) names the rule where a client acts
   * on it: STALE_VERSION (loading the record again helps) against a rule of the domain such as NO_CONSENT (it does not).
   */
  static conflict(message: string, fields: FieldError[] = [], reason?: ConflictReason): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, fields, reason ? { reason } : {});
  }

  /** Too many attempts: the client may try again after `retryAfterSeconds` (also sent as `Retry-After`). */
  static tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
    return new DomainError(ErrorCode.TOO_MANY_REQUESTS, message, [], { retryAfterSeconds });
  }

  /** A write based on a stale read: the record changed since the client fetched `expected`. */
  static staleVersion(what: string, expected: number, actual: number): DomainError {
    return DomainError.conflict(
      `${what} was changed by someone else (version ${actual}, you had ${expected}); reload and try again`,
      [{ field: 'version', message: `current version is ${actual}` }],
      'STALE_VERSION',
    );
  }
}
