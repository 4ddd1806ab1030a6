/** The options page filtered to the customers the reminders flag (lib/list/view-state). */
import { browser } from 'wxt/browser';

export const FOLLOW_UP_HASH = '#followup=1';

export function followUpPageUrl(): string {
  return browser.runtime.getURL(`/options.html${FOLLOW_UP_HASH}`);
}

/** Opens it in a new tab next to what the partner was doing. */
export async function openFollowUpPage(): Promise<void> {
  await browser.tabs.create({ url: followUpPageUrl() });
}
