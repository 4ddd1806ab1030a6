/**
 * The "Insert reseller invitation" entry on editable fields of webmail pages: it
 * inserts the popup's unfinished draft (as saved, already rendered) into the field
 * that was right-clicked. Background side only.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { checkDraftKeepsLink } from '../invitation/draft-check';
import { sendInsert } from '../messaging';
import type { InsertPayload, UnfinishedDraft } from '../schema';
import { loadUnfinishedDraft } from '../storage';
import { describeInsertFailure, describeInsertOutcome } from '../webmail/describe';
import { WEBMAIL_MATCHES } from '../webmail/sites';

export const CONTEXT_MENU_ID = 'insert-reseller-invitation';

/** Menus persist across service-worker restarts: create once, on install/update. */
export async function registerContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CONTEXT_MENU_ID,
    title: t('contextMenuInsert'),
    contexts: ['editable'],
    documentUrlPatterns: [...WEBMAIL_MATCHES],
  });
}

/** The insert request for a saved draft, or undefined when there is nothing to insert. */
export function payloadFromDraft(draft: UnfinishedDraft | undefined): InsertPayload | undefined {
  if (!draft?.link) return undefined;
  const gdapLink = draft.form.gdapLink.trim();
  // The popup's own check: an altered copy beside the exact link blocks the hand-over too.
  const kept = checkDraftKeepsLink(draft.message, draft.link, {
    otherLinks: gdapLink ? [gdapLink] : [],
  });
  if (!kept.ok) return undefined;
  return {
    to: draft.form.contactEmail.trim(),
    subject: draft.subject,
    text: draft.message,
    link: draft.link,
    gdapLink: gdapLink || undefined,
    atContextTarget: true,
  };
}

export interface ContextMenuClick {
  menuItemId: string | number;
  frameId?: number;
}

/** Inserts the draft and says what happened in a notification: nothing fails silently. */
export async function handleContextMenuClick(
  info: ContextMenuClick,
  tabId: number | undefined,
): Promise<string> {
  if (info.menuItemId !== CONTEXT_MENU_ID || tabId === undefined) return '';
  const draft = await loadUnfinishedDraft();
  const payload = payloadFromDraft(draft);
  let message: string;
  if (!payload) {
    message = t('contextMenuNoDraft');
  } else {
    const reply = await sendInsert(tabId, payload, info.frameId);
    if (!reply.reached) message = describeInsertFailure({ code: 'tab-unreachable' });
    else if (reply.response.ok) message = describeInsertOutcome(reply.response, payload.to);
    else message = describeInsertFailure(reply.response);
  }
  await browser.notifications.create(`${CONTEXT_MENU_ID}-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('extName'),
    message,
  });
  return message;
}
