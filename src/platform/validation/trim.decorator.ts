import { Transform } from 'class-transformer';

/** Trims a text input before it is validated, so "   " fails @IsNotEmpty instead of being stored empty. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
