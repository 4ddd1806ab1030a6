/** The toolbar badge: how many customers wait for a follow-up. */
import { browser } from 'wxt/browser';

/** Amber on dark text would be friendlier, but Chrome draws badge text white: this red passes 4.5:1. */
const BADGE_COLOR = '#b3261e';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export async function showFollowUpBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: badgeText(count) });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}
