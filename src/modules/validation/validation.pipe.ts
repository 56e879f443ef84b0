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
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof DomainError) || !metadata.data) throw error;
      throw DomainError.badInput(error.fields.map((f) => ({ ...f, field: `${metadata.data}.${f.field}` })));
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new FieldPathValidationPipe();
}
