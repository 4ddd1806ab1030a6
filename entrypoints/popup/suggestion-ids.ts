/** The ids tying the customer name's combobox to its list of suggestions (aria-controls, aria-activedescendant). */
export const LIST_ID = 'customer-suggestions';
export const optionId = (i: number) => `customer-suggestion-${i}`;
