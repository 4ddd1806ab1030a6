/** Shared wiring of a compose field to the state: id, error text, touch on blur. */
import { errorText } from '../../components/error-text';
import type { ComposeField } from '../../lib/form/validate';
import { fieldId, touch } from './actions';
import type { AppState } from './state';

export function composeFieldProps(state: AppState, field: ComposeField) {
  const error = state.shownErrors.value[field];
  return {
    id: fieldId(field),
    error: error ? errorText(error) : undefined,
    onBlur: () => touch(state, field),
  };
}
