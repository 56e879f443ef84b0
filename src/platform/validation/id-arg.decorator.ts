import type { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';

/** Refuses an argument that is not a UUID, naming it, before any resolver or SQL sees it. */
class UuidArgPipe implements PipeTransform<unknown, unknown> {
  constructor(private readonly name: string) {}

  transform(value: unknown): unknown {
    if (value === null || value === undefined) return value; // nullability is GraphQL's to enforce
    if (typeof value !== 'string' || !isUUID(value)) throw DomainError.field(this.name, 'must be a UUID');
    return value;
  }
}

/**
 * A top-level argument that is a record's id (`employer(id: ...)`): GraphQL type `ID`, checked to be a UUID, so a
 * bad id is BAD_USER_INPUT naming the argument rather than a database error. Id fields of input types use
 * `@IsUUID()` as their other validators do.
 */
export function IdArg(name: string, description = 'A record id (UUID); anything else is refused as BAD_USER_INPUT naming this argument'): ParameterDecorator {
  return Args(name, { type: () => ID, description }, new UuidArgPipe(name));
}
