import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldError } from '../errors/domain-error.js';

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field: path, message }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * class-validator on every input and args object; failures become BAD_USER_INPUT naming each field by its path
 * in the operation's arguments: `input.contactPersons.0.email` for an `input` argument, `limit` for a top-level one.
 */
class FieldPathValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      exceptionFactory: (errors) => DomainError.badInput(flatten(errors, '')),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!isClientInput(metadata)) return value;
    const nul = findNulCharacter(value, metadata.data ?? '');
    if (nul !== undefined) throw DomainError.field(nul, 'must not contain NUL characters');
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof DomainError) || !metadata.data) throw error;
      throw DomainError.badInput(error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })));
    }
  }
}

/**
 * What the client sent: a GraphQL operation's arguments, or an HTTP body, query string or path parameter. A field
 * resolver's parent, the GraphQL context and info, and `@Ctx()` or other injected values are the server's own; copying
 * and validating them (a parent entity for each row of a list) would cost every field of every row and check nothing.
 */
/** @nestjs/graphql's kind for an operation's arguments (its `GqlParamtype.ARGS`, not exported): a number, where HTTP's kinds are names. */
const GRAPHQL_ARGS = 3;

function isClientInput({ type }: ArgumentMetadata): boolean {
  return (type as unknown) === GRAPHQL_ARGS || type === 'body' || type === 'query' || type === 'param';
}

/** PostgreSQL text cannot hold U+0000; refuse it up front, naming the field, rather than failing in the database. */
function findNulCharacter(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)) {
    for (const [key, child] of Object.entries(value as object)) {
      const found = findNulCharacter(child, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function createValidationPipe(): ValidationPipe {
  return new FieldPathValidationPipe();
}
