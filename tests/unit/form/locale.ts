// The UI text of a locale file, looked up as lib/i18n's `t` does (missing key → the key).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function labelsOf(lang: 'en' | 'nl') {
  const file = join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`);
  const messages: Record<string, { message: string }> = JSON.parse(readFileSync(file, 'utf8'));
  return (key: string, ...subs: string[]) =>
    messages[key]?.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? key;
}
