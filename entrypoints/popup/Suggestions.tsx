/**
 * The customers offered while the partner types a name, each with the state of
 * its latest invitation ("Sent 12 days ago · waiting"). A chunk of its own
 * (views.ts): the first paint shows no suggestions. The combobox that owns the
 * list and its keys is CustomerSection.tsx.
 */
import { t } from '../../lib/i18n';
import { chooseCustomer } from './actions';
import { useAppState } from './state';
import { LIST_ID, optionId } from './suggestion-ids';

export default function Suggestions() {
  const state = useAppState();
  const active = state.activeSuggestion.value;
  return (
    <div id={LIST_ID} role="listbox" class="suggestions" aria-label={t('popup_suggestions')}>
      {state.suggestions.value.map((suggested, i) => (
        // The input keeps the focus (aria-activedescendant); -1 keeps options out of the tab order.
        <div
          key={suggested.customer.id}
          id={optionId(i)}
          role="option"
          tabIndex={-1}
          aria-selected={i === active ? 'true' : 'false'}
          class={i === active ? 'active' : ''}
          // mousedown, not click: the input must keep the focus (its blur closes the list).
          onMouseDown={(e) => {
            e.preventDefault();
            chooseCustomer(state, suggested);
          }}
        >
          <span class="option-name">{suggested.customer.name}</span>
          <span class="hint">
            {' '}
            {suggested.line ?? (suggested.customer.contactEmail || suggested.customer.domain)}
          </span>
        </div>
      ))}
    </div>
  );
}
