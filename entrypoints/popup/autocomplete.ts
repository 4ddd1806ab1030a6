/**
 * Customers already in the store, offered while the partner types a name
 * (suggest.ts, loaded on the first keystroke); a late answer for an older
 * prefix is dropped.
 */
import { debounced } from '../../lib/form/debounce';
import { loadPart } from './actions';
import type { AppState } from './state';

const SEARCH_DELAY_MS = 120;
const MAX_SUGGESTIONS = 6;

export function startCustomerSuggestions(state: AppState): (name: string) => void {
  let query = '';
  const task = debounced(() => void search(state, query), SEARCH_DELAY_MS);
  return (name) => {
    query = name;
    if (name.trim().length < 1) {
      task.cancel();
      state.suggestions.value = [];
      state.activeSuggestion.value = -1;
      return;
    }
    task.schedule();
  };
}

async function search(state: AppState, prefix: string): Promise<void> {
  try {
    const [{ findSuggestions }] = await Promise.all([
      import('./suggest'),
      loadPart(state, 'suggestions'),
    ]);
    const found = await findSuggestions(prefix, MAX_SUGGESTIONS, state.uiLanguage);
    if (state.form.value.customerName !== prefix || !found) return;
    state.suggestions.value = found;
    state.activeSuggestion.value = -1;
  } catch (e) {
    console.warn('Customer suggestions unavailable:', e);
  }
}
