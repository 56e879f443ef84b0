/** Escapes LIKE/ILIKE wildcards in user input so `50%` searches for "50%", not "50 followed by anything". */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}
