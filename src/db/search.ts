// Diacritic-insensitive "contains" for every search box: the pattern compares search_key() forms (unaccent + lower,
// so "tan phong" finds "Tân Phong"), and LIKE's own wildcards in the user's text are escaped, so "50%" means the
// characters "50%" and "_" is an underscore, not any character.
import { sql, type SQL } from 'drizzle-orm';

/** The LIKE pattern `%<search_key(q)>%` with q's %, _ and \ escaped. */
export const containsPattern = (q: string): SQL => sql`'%' || search_key(${q.replace(/[\\%_]/g, '\\$&')}) || '%'`;
