/** "Did you mean …?": take the suggestion, or keep what was typed (a typo check can be wrong). */
import { t } from '../../lib/i18n';
import { applySuggestion, keepAsTyped } from './actions';
import { useAppState } from './state';

export function TypoActions({ field }: { field: 'contactEmail' | 'customerDomain' }) {
  const state = useAppState();
  const suggestion = state.shownErrors.value[field]?.suggestion;
  if (!suggestion) return null;
  return (
    <span class="inline-actions">
      <button type="button" class="link" onClick={() => applySuggestion(state, field, suggestion)}>
        {t('popup_useSuggestion', suggestion)}
      </button>
      <button type="button" class="link" onClick={() => keepAsTyped(state, field)}>
        {t('popup_keepAsTyped')}
      </button>
    </span>
  );
}
