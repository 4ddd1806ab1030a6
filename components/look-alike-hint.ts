/**
 * The look-alike warning for a field as the partner types, loaded only when an
 * address could be one (non-ASCII, or punycode): the check and its punycode
 * decoder stay out of the popup's start-up JavaScript (30 KB gzip budget).
 */
import { useEffect, useState } from 'preact/hooks';

export function useLookAlikeHint(address: string): string | undefined {
  const [hint, setHint] = useState<[string, string | undefined]>();
  useEffect(() => {
    if (!/[^\x20-\x7e]|xn--/i.test(address)) return;
    void import('./look-alike').then((m) => setHint([address, m.lookAlikeText(address)]));
  }, [address]);
  // A late answer for an address typed over since is never shown.
  return hint?.[0] === address ? hint[1] : undefined;
}
