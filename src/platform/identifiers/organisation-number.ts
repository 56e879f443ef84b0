import { registerDecorator, type ValidationOptions } from 'class-validator';
import organisationsnummer from 'organisationsnummer';

// The package's CommonJS build exports the class itself, while its types describe an ES default export.
const Organisationsnummer = organisationsnummer as unknown as typeof organisationsnummer.default;

/**
 * Parses a Swedish organisationsnummer (with or without dash or the 16 prefix; a sole trader's is the owner's
 * personnummer) with the `organisationsnummer` library, which checks the Luhn check digit and the number's
 * structure. Returns the canonical form NNNNNN-NNNN, or null if it is not valid.
 */
export function normaliseOrganisationNumber(value: string): string | null {
  try {
    return Organisationsnummer.parse(value.trim()).format(true);
  } catch {
    return null;
  }
}

/** class-validator: the property is a valid organisationsnummer (it is normalised by the service). */
export function IsOrganisationNumber(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOrganisationNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a valid Swedish organisationsnummer (NNNNNN-NNNN, check digit)', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && normaliseOrganisationNumber(value) !== null,
      },
    });
}
