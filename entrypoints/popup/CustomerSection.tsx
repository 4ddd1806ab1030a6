/**
 * Who the invitation goes to. The customer name is a combobox: customers already
 * in the store are offered as the partner types, and picking one fills its fields.
 */
import { useMemo } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { TextField } from '../../components/Field';
import { useLookAlikeHint } from '../../components/look-alike-hint';
import { t } from '../../lib/i18n';
import { chooseCustomer, setField } from './actions';
import { startCustomerSuggestions } from './autocomplete';
import { composeFieldProps } from './field-props';
import { useAppState } from './state';
import { TypoActions } from './TypoActions';

const LIST_ID = 'customer-suggestions';
const optionId = (i: number) => `customer-suggestion-${i}`;

function CustomerNameField() {
  const state = useAppState();
  const suggest = useMemo(() => startCustomerSuggestions(state), [state]);
  const suggestions = state.suggestions.value;
  const active = state.activeSuggestion.value;
  const open = suggestions.length > 0;
  const close = () => {
    state.suggestions.value = [];
    state.activeSuggestion.value = -1;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    const n = suggestions.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      state.activeSuggestion.value = (active + step + n + (active < 0 && step < 0 ? 1 : 0)) % n;
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      const chosen = suggestions[active];
      if (chosen) chooseCustomer(state, chosen);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  const props = composeFieldProps(state, 'customerName');
  return (
    <TextField
      {...props}
      label={t('popup_customerName')}
      value={state.form.value.customerName}
      onInput={(v) => {
        setField(state, 'customerName', v);
        suggest(v);
      }}
      onBlur={() => {
        props.onBlur();
        close();
      }}
      hint={state.form.value.customerId ? t('popup_existingCustomer') : undefined}
      input={{
        role: 'combobox',
        autocomplete: 'off',
        'aria-autocomplete': 'list',
        'aria-expanded': open ? 'true' : 'false',
        ...(open ? { 'aria-controls': LIST_ID } : {}),
        ...(active >= 0 ? { 'aria-activedescendant': optionId(active) } : {}),
        onKeyDown,
      }}
      after={
        open ? (
          <div id={LIST_ID} role="listbox" class="suggestions" aria-label={t('popup_suggestions')}>
            {suggestions.map((customer, i) => (
              // The input keeps the focus (aria-activedescendant); -1 keeps options out of the tab order.
              <div
                key={customer.id}
                id={optionId(i)}
                role="option"
                tabIndex={-1}
                aria-selected={i === active ? 'true' : 'false'}
                class={i === active ? 'active' : ''}
                // mousedown, not click: the input must keep the focus (its blur closes the list).
                onMouseDown={(e) => {
                  e.preventDefault();
                  chooseCustomer(state, customer);
                }}
              >
                <span>{customer.name}</span>
                {customer.contactEmail || customer.domain ? (
                  <span class="hint"> {customer.contactEmail || customer.domain}</span>
                ) : null}
              </div>
            ))}
          </div>
        ) : null
      }
    />
  );
}

export function CustomerSection() {
  const state = useAppState();
  const form = state.form.value;
  const region = state.regionWarning.value;
  // it@micrоsoft.com (a Cyrillic о) is another domain: a warning, not a refusal.
  const lookAlike = useLookAlikeHint(form.contactEmail);
  return (
    <section aria-labelledby="customer-heading">
      <h2 id="customer-heading">{t('popup_customerHeading')}</h2>
      <CustomerNameField />
      <TextField
        {...composeFieldProps(state, 'contactEmail')}
        type="email"
        label={t('popup_contactEmail')}
        hint={lookAlike}
        value={form.contactEmail}
        onInput={(v) => setField(state, 'contactEmail', v)}
        input={{ autocomplete: 'off', spellcheck: false }}
        errorAction={<TypoActions field="contactEmail" />}
      />
      <TextField
        {...composeFieldProps(state, 'contactName')}
        label={t('popup_contactName')}
        hint={t('common_optional')}
        value={form.contactName}
        onInput={(v) => setField(state, 'contactName', v)}
        input={{ autocomplete: 'off' }}
      />
      <TextField
        {...composeFieldProps(state, 'customerDomain')}
        label={t('popup_customerDomain')}
        hint={t('common_optional')}
        value={form.customerDomain}
        onInput={(v) => setField(state, 'customerDomain', v)}
        input={{ autocomplete: 'off', spellcheck: false }}
        errorAction={<TypoActions field="customerDomain" />}
      />
      <TextField
        {...composeFieldProps(state, 'customerCountry')}
        label={t('popup_customerCountry')}
        hint={
          region
            ? errorText({
                code: region.code,
                message: region.message,
                params: [
                  form.customerCountry.trim().toUpperCase(),
                  state.profile.value?.country ?? '',
                ],
              })
            : t('popup_customerCountryHint')
        }
        value={form.customerCountry}
        onInput={(v) => setField(state, 'customerCountry', v)}
        input={{ autocomplete: 'off', maxLength: 2, size: 4 }}
      />
    </section>
  );
}
