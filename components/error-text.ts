/**
 * A field error in the UI's language: `common_err_<code>` from _locales when it
 * exists, with the error's params as $1…; otherwise the checking module's English
 * sentence, so an error is never shown as a bare code.
 */
import type { FieldError } from '../lib/form/field-error';
import { t } from '../lib/i18n';

export function errorText(error: FieldError): string {
  const key = `common_err_${error.code.replace(/[^A-Za-z0-9]+/g, '_')}`;
  const text = t(key, ...(error.params ?? []));
  return text === key ? error.message : text;
}
