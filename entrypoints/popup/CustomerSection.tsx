/**
 * Who the invitation goes to. The customer name is a combobox: customers already
 * in the store are offered as the partner types, each with the state of its
 * latest invitation, and picking one fills its fields and carries over its last
 * invitation's options (pick.ts); the list is a chunk of its own (Suggestions.tsx).
 * Compact for the 400×600 popup: e-mail and country share a row, contact name and
 * domain another; hints that have no room are read to screen readers only.
 */
import { useMemo } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { TextField } from '../../components/Field';
import { useLookAlikeHint } from '../../components/look-alike-hint';
import { t } from '../../lib/i18n';
import { chooseCustomer, closeSuggestions, setField } from './actions';
import { startCustomerSuggestions } from './autocomplete';
import { composeFieldProps } from './field-props';
import { useAppState } from './state';
import { LIST_ID, optionId } from './suggestion-ids';
import { TypoActions } from './TypoActions';

function CustomerNameField() {
  const state = useAppState();
  const suggest = useMemo(() => startCustomerSuggestions(state), [state]);
  const suggestions = state.suggestions.value;
  const active = state.activeSuggestion.value;
  const List = state.parts.suggestions.value;
  // Until the list's chunk is in (it is fetched when idle), the input does not claim a list.
  const open = suggestions.length > 0 && List !== undefined;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    const n = suggestions.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      state.activeSuggestion.value = (active + step + n + (active < 0 && step < 0 ? 1 : 0)) % n;
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && active >= 0) {
      e.preventDefault();
      const chosen = suggestions[active];
      if (chosen) chooseCustomer(state, chosen);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closeSuggestions(state);
    }
  };
  const props = composeFieldProps(state, 'customerName');
  return (
    <TextField
      {...props}
      required
      label={t('popup_customerName')}
      value={state.form.value.customerName}
      onInput={(v) => {
        setField(state, 'customerName', v);
        suggest(v);
      }}
      onBlur={() => {
        props.onBlur();
        closeSuggestions(state);
      }}
      hint={state.pickedLine.value}
      input={{
        role: 'combobox',
        autocomplete: 'off',
        'aria-autocomplete': 'list',
        'aria-expanded': open ? 'true' : 'false',
        ...(open ? { 'aria-controls': LIST_ID } : {}),
        ...(active >= 0 ? { 'aria-activedescendant': optionId(active) } : {}),
        onKeyDown,
      }}
      after={open && List ? <List /> : null}
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
    <section aria-labelledby="customer-heading" class="customer">
      <h2 id="customer-heading" class="visually-hidden">
        {t('popup_customerHeading')}
      </h2>
      <CustomerNameField />
      <div class="field-row email-country">
        <TextField
          {...composeFieldProps(state, 'contactEmail')}
          required
          type="email"
          label={t('popup_contactEmail')}
          hint={lookAlike}
          value={form.contactEmail}
          onInput={(v) => setField(state, 'contactEmail', v)}
          input={{ autocomplete: 'off', spellcheck: false }}
          errorAction={<TypoActions field="contactEmail" />}
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
          hintHidden={!region}
          value={form.customerCountry}
          onInput={(v) => setField(state, 'customerCountry', v)}
          input={{ autocomplete: 'off', maxLength: 2, size: 4 }}
        />
      </div>
      <div class="field-row contact">
        <TextField
          {...composeFieldProps(state, 'contactName')}
          label={t('popup_contactName')}
          hint={t('common_optional')}
          hintHidden
          value={form.contactName}
          onInput={(v) => setField(state, 'contactName', v)}
          input={{ autocomplete: 'off' }}
        />
        <TextField
          {...composeFieldProps(state, 'customerDomain')}
          label={t('popup_customerDomain')}
          hint={t('common_optional')}
          hintHidden
          value={form.customerDomain}
          onInput={(v) => setField(state, 'customerDomain', v)}
          input={{ autocomplete: 'off', spellcheck: false }}
          errorAction={<TypoActions field="customerDomain" />}
        />
      </div>
    </section>
  );
}
