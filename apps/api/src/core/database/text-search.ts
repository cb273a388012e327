// Accent folding without the unaccent extension (which needs a superuser to install): the
// same letter table is applied in SQL with translate() and here to the search term.
const LOWER = 'àáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž';
// Upper case too: lower() leaves non-ASCII letters alone in a database created with the C locale.
const ACCENTED = [...LOWER, ...LOWER.toUpperCase()];
const NOT_DECOMPOSABLE: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o' };
const PLAIN = ACCENTED.map((char) => {
  const lower = char.toLowerCase();
  return NOT_DECOMPOSABLE[lower] ?? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
});
const PLAIN_OF = new Map(ACCENTED.map((char, i) => [char, PLAIN[i]]));

/** SQL for a column folded to lower case without accents, to compare with `searchPattern`. */
export const foldedSql = (column: string) => `translate(lower(${column}), '${ACCENTED.join('')}', '${PLAIN.join('')}')`;

/** A LIKE pattern matching values that contain the term, ignoring case and accents. */
export function searchPattern(term: string): string {
  const folded = [...term.trim().toLowerCase()].map((char) => PLAIN_OF.get(char) ?? char).join('');
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
