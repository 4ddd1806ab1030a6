/**
 * Site access to the webmail hosts (docs/ARCHITECTURE.md, "Permissions"). The
 * manifest lists them as host permissions, but the partner can withhold them
 * (Chrome's site access "on click" or "on specific sites", Firefox's
 * per-site permissions). Without access the extension cannot see which tabs
 * are Gmail or Outlook, so *Insert into compose* would open a new prefilled
 * compose instead of writing into the one that is open.
 *
 * A browser asks only inside a user gesture, and Firefox only while the click's
 * handler still runs: `askSiteAccessInGesture` must be called synchronously in
 * the click, before any `await`. What access is missing is therefore known
 * beforehand: the popup checks with `missingSiteAccess` when it opens and
 * again whenever a permission is added or removed (`onSiteAccessChange`), and
 * keeps the answer in its state. Which tab
 * the partner means cannot be told without that very access, so the check and
 * the request cover every webmail origin that lacks it.
 *
 * The origins are read from the manifest's `host_permissions`, which
 * `wxt.config.ts` builds from the sites' records (`WEBMAIL_MATCHES`) and nothing
 * else: importing the records here would put the deep-link builders into the
 * popup's first paint (its 30 KB budget).
 */
import { browser } from 'wxt/browser';

/** The webmail match patterns, as the manifest asks for them. */
function webmailOrigins(): string[] {
  return [...(browser.runtime.getManifest().host_permissions ?? [])];
}

export type SiteAccessAnswer = 'granted' | 'refused';

/** The webmail origins that lack access now. */
export async function missingSiteAccess(): Promise<string[]> {
  const lacking = await Promise.all(
    webmailOrigins().map(async (origin) =>
      (await browser.permissions.contains({ origins: [origin] })) ? undefined : origin,
    ),
  );
  return lacking.filter((origin): origin is string => origin !== undefined);
}

/** Runs `changed` whenever a permission is added or removed; returns how to stop. */
export function onSiteAccessChange(changed: () => void): () => void {
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}

/**
 * In the click, before any `await`: when a webmail origin lacks access (`missing`,
 * from the last check; undefined when none has answered yet, which counts as all),
 * asks the browser for it and returns the pending answer; returns undefined,
 * asking nothing, when every origin has access. Never rejects: an error counts as
 * refused.
 */
export function askSiteAccessInGesture(
  missing: readonly string[] | undefined,
): Promise<SiteAccessAnswer> | undefined {
  if (missing?.length === 0) return undefined;
  const origins = [...(missing ?? webmailOrigins())];
  let asked: Promise<boolean>;
  try {
    // Synchronously here: `permissions.request` reaches the browser within the gesture.
    asked = browser.permissions.request({ origins });
  } catch {
    return Promise.resolve('refused');
  }
  return asked.then(
    (granted) => (granted ? 'granted' : 'refused'),
    () => 'refused',
  );
}
