/**
 * Picking a returning customer: its fields at once, then what its last
 * invitation carries over (lib/form/carry-over.ts), read from the database.
 * Loaded with the suggestions, not for the first paint.
 */
import { getInvitation } from '../../lib/db';
import { formForReturningCustomer } from '../../lib/form/carry-over';
import type { AppState, Suggested } from './state';

export async function pickCustomer(state: AppState, { customer, latest, line }: Suggested) {
  state.form.value = formForReturningCustomer(state.form.value, customer, undefined);
  state.picked.value = line ? { customerId: customer.id, line } : undefined;
  if (!latest) return;
  const last = await getInvitation(latest.invitationId);
  if (!last.ok) {
    // The fields are in; only the carry-over is missing, and the options stay editable.
    console.warn('The last invitation could not be read:', last.error.message);
    return;
  }
  if (state.form.value.customerId !== customer.id) return; // the partner moved on meanwhile
  state.form.value = formForReturningCustomer(state.form.value, customer, last.value);
}
