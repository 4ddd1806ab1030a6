/**
 * The suggestions' data: customers whose name, e-mail or domain starts with what
 * was typed, each with its latest invitation in words ("Sent 12 days ago ·
 * waiting"). Loaded on the first keystroke: the database code is not needed
 * for the first paint.
 */
import { suggestCustomers } from '../../lib/db';
import { latestLine } from '../../lib/form/age';
import { t } from '../../lib/i18n';
import type { Suggested } from './state';

export async function findSuggestions(
  prefix: string,
  limit: number,
  lang: string,
): Promise<Suggested[] | undefined> {
  const found = await suggestCustomers(prefix, limit);
  if (!found.ok) {
    console.warn('Customer suggestions unavailable:', found.error.message);
    return undefined;
  }
  const now = Date.now();
  return found.value.items.map(({ customer, latest }) =>
    latest ? { customer, latest, line: latestLine(latest, now, lang, t) } : { customer },
  );
}
