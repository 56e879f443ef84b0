/**
 * What the checks of numbers typed into a form (personnummer, organisationsnummer) have in common: the verdicts
 * that say nothing yet or are wrong whatever comes next, a refusal that may still turn out to be the start of a longer
 * form (`mayGrow`), and a valid number.
 */
export type NumberCheck = { kind: 'empty' | 'incomplete' | 'characters' | 'too-long' } | { kind: string; mayGrow: boolean } | { kind: 'valid' };

/** The Swedish sentence for each verdict that keeps a number from being sent, by kind ('check-digit' as checkDigit). */
export type NumberCheckTexts<C extends NumberCheck> = Record<CamelCase<Exclude<C['kind'], 'valid' | 'empty'>>, string>;

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

const camelCase = (kind: string) => kind.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The sentence for a number that cannot be sent (`required` when there is none), or undefined when it can. */
export function numberCheckMessage<C extends NumberCheck>(check: C, required: string, texts: NumberCheckTexts<C>): string | undefined {
  if (check.kind === 'valid') return undefined;
  if (check.kind === 'empty') return required;
  return (texts as Record<string, string>)[camelCase(check.kind)];
}

/**
 * The number without white space, or the verdict when there is nothing or characters no such number has: digits and
 * at most one separator (- or +).
 */
export function compactNumber(text: string): { kind: 'empty' | 'characters' } | { compact: string; digits: string } {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return { kind: 'empty' };
  if (!/^[\d+-]*$/.test(compact) || (compact.match(/[+-]/g) ?? []).length > 1) return { kind: 'characters' };
  return { compact, digits: compact.replace(/[+-]/g, '') };
}

/** Luhn's sum over ten digits, only to word a refusal (the number's library decides validity). */
export function luhnHolds(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const doubled = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

/**
 * Whether the person should already be told: as soon as a whole number is wrong, not while a number may still be on
 * its way, and anything short once they left the field.
 */
export function shouldTell(check: NumberCheck, leftField: boolean): boolean {
  if (check.kind === 'empty' || check.kind === 'valid') return false;
  if (check.kind === 'incomplete') return leftField;
  if ('mayGrow' in check) return leftField || !check.mayGrow;
  return true;
}
