/**
 * UI text lookup through `browser.i18n` (public/_locales/<lang>/messages.json), so
 * the UI follows the browser's language. E-mail templates do not come from here:
 * their language is chosen per invitation (lib/invitation/templates).
 */
import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A message by key, with `$1`… substitutions; the key itself when it is missing, so a gap shows. */
export function t(key: string, ...substitutions: string[]): string {
  // Keys are checked by the tests that render each page, not by WXT's generated union type.
  const text = browser.i18n.getMessage(key as MessageKey, substitutions);
  return text || key;
}

/** A message by key, or `fallback` when the UI has none for it (a text from elsewhere, in English). */
export function tOr(key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

/** The UI language the browser picked, e.g. `en` or `nl`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage().split('-')[0] ?? 'en';
}
