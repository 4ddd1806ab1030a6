/**
 * MSAL.js 4+ encrypts its localStorage token cache with a key it keeps in a
 * session cookie, `msal.cache.encryption`, which it writes `Secure`. Chrome
 * refuses Secure cookies on `chrome-extension://` (not an https origin), so each
 * MSAL instance would make a new key and throw away the cache the last one wrote:
 * the partner would be signed out on every page and the daily sync could never
 * read a token. We write the same cookie ourselves, without `Secure`, before MSAL
 * starts; MSAL then imports it as its own. It stays a session cookie: when the
 * browser closes, the key goes and the cached tokens cannot be read any more
 * (sign in again), which is MSAL's intent too.
 *
 * This leans on MSAL's cookie name and format (`{"id", "key"}`, the key 32 random
 * bytes, base64url): tests/e2e/microsoft.spec.ts signs in on one page and reads
 * a token on another, and fails if a new MSAL version changes them.
 */
const COOKIE = 'msal.cache.encryption';

function hasCookie(): boolean {
  return document.cookie
    .split(';')
    .some((c) => c.trim().startsWith(`${encodeURIComponent(COOKIE)}=`));
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function ensureCacheKeyCookie(): void {
  if (hasCookie()) return;
  const value = JSON.stringify({
    id: crypto.randomUUID(),
    key: base64url(crypto.getRandomValues(new Uint8Array(32))),
  });
  // No expiry: a session cookie. SameSite=Strict: no site but ours ever needs it.
  // biome-ignore lint/suspicious/noDocumentCookie: MSAL reads this very cookie through document.cookie.
  document.cookie = `${encodeURIComponent(COOKIE)}=${encodeURIComponent(value)};path=/;SameSite=Strict`;
}
