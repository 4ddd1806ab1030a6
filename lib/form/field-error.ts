/**
 * An error that belongs to one field of a form. `code` picks the UI's translated
 * sentence (`common_err_<code>` in _locales, `params` as its $1…); `message` is
 * the English sentence from the checking module, used when no translation exists.
 */
export interface FieldError {
  code: string;
  message: string;
  params?: string[];
  /** A corrected value the UI can offer in one click ("Did you mean …?"). */
  suggestion?: string;
}

export type FieldErrors<Field extends string> = Partial<Record<Field, FieldError>>;

/** The first field, in the form's reading order, that has an error. */
export function firstInvalid<Field extends string>(
  order: readonly Field[],
  errors: FieldErrors<Field>,
): Field | undefined {
  return order.find((field) => errors[field] !== undefined);
}
