/** What a log line may say about an error: its kind, a message without data, and where it happened. */
export interface LoggableError {
  type: string;
  message: string;
  /** The SQLSTATE of a database error. */
  sqlState?: string;
  /** The stack's frames (file and line), without the message line above them. */
  stack?: string;
}

/**
 * An error as it may be logged. A database error says only its SQLSTATE (and constraint or table names): its
 * message, its SQL and its parameters can carry what a person typed, so none of them reaches a log. Other errors are
 * our own code's, and keep their message. The identity-number scrubber on every log line is the net under this.
 */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a non-Error value was thrown' };
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  const type = kindOf(error);
  const database = databaseDetails(error);
  if (database) return { type, message: database.message, sqlState: database.sqlState, stack: frames };
  return { type, message: error.message, stack: frames };
}

/** One line for a log message or a job's failure reason: `QueryFailedError (SQLSTATE 22P02)`, or our own error's message. */
export function loggableMessage(error: unknown): string {
  const e = loggableError(error);
  return e.sqlState ? `${e.type} (SQLSTATE ${e.sqlState}${e.message ? `, ${e.message}` : ''})` : e.message;
}

/** The error's class (TypeORM's errors do not all set `name`). */
function kindOf(error: Error): string {
  const constructorName = (error.constructor as { name?: string } | undefined)?.name;
  return constructorName && constructorName !== 'Object' && constructorName !== 'Error' ? constructorName : error.name;
}

/** SQLSTATE and the names of the objects involved, for errors of TypeORM and of the pg driver. */
function databaseDetails(error: Error): { sqlState: string; message: string } | undefined {
  const driver = (error as { driverError?: unknown }).driverError ?? error;
  const fields = driver as { code?: unknown; constraint?: unknown; table?: unknown; severity?: unknown };
  const isDatabase = 'query' in error || 'driverError' in error || (typeof fields.code === 'string' && typeof fields.severity === 'string');
  if (!isDatabase) return undefined;
  const names = [fields.table && `table ${String(fields.table)}`, fields.constraint && `constraint ${String(fields.constraint)}`].filter(Boolean);
  return { sqlState: typeof fields.code === 'string' ? fields.code : 'unknown', message: names.join(', ') };
}
