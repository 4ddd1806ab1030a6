/**
 * The "Insert reseller invitation" entry on editable fields of webmail pages: it
 * inserts the popup's unfinished draft (as saved, already rendered) into the field
 * that was right-clicked. Background side only. An insert that went in is a
 * hand-over like the popup's (docs/ARCHITECTURE.md, "The record keeps itself"):
 * saved as a `draft`, kept as the popup's last hand-over (Mark as sent / Discard
 * when it opens), and the compose window watches its Send.
 */
import { browser } from 'wxt/browser';
import { recordHandover } from '../db';
import { snapshotOf } from '../form/handed-over';
import { gdapLinkOf } from '../form/link';
import { isInvitationForm, recordInputFor, reusedDraftId } from '../form/record';
import { t } from '../i18n';
import { checkDraftKeepsLink } from '../invitation/draft-check';
import { insertPayloadFor } from '../invitation/sign-off';
import { sendInsert } from '../messaging';
import {
  type HandedOver,
  HandedOverSchema,
  type InsertOutcome,
  type InsertPayload,
  type UnfinishedDraft,
} from '../schema';
import { HANDED_OVER_KEY, handedOverFromStorage, loadUnfinishedDraft } from '../storage';
import { rememberComposeHandover } from '../storage/compose-handovers';
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
  // As the draft wrote it (normalised by its parser): the page links exactly that text.
  const gdapLink = gdapLinkOf(draft.form);
  // The popup's own check: an altered copy beside the exact link blocks the hand-over too.
  const kept = checkDraftKeepsLink(draft.message, draft.link, {
    otherLinks: gdapLink ? [gdapLink] : [],
  });
  if (!kept.ok) return undefined;
  // The sign-off apart, as the popup sends it: the page leaves it out where the
  // compose has a signature of its own.
  const payload = insertPayloadFor({
    to: draft.form.contactEmail.trim(),
    subject: draft.subject,
    message: draft.message,
    closing: draft.closing,
    link: draft.link,
    gdapLink,
  });
  return { ...payload, atContextTarget: true };
}

/**
 * Records the inserted draft as the popup would (into the earlier hand-over's
 * draft record when it is for the same customer), keeps it as the last hand-over,
 * and tells the window it went into to watch its Send. A reminder is kept as the
 * last hand-over too, and recorded when it is sent (the popup's Mark as sent or
 * Done), as in the popup.
 */
export async function handedOver(
  draft: UnfinishedDraft,
  outcome: InsertOutcome,
  tabId: number,
  frameId?: number,
): Promise<string | undefined> {
  const { form } = draft;
  const { [HANDED_OVER_KEY]: raw } = await browser.storage.local.get(HANDED_OVER_KEY);
  const reuse = reusedDraftId(handedOverFromStorage(raw, draft), form);
  const at = Date.now();
  const channel = outcome.site;
  const keep = (handover: HandedOver) =>
    browser.storage.local.set({ [HANDED_OVER_KEY]: HandedOverSchema.parse(handover) });
  if (!isInvitationForm(form)) {
    await keep({ channel, snapshot: snapshotOf(draft), at });
    return undefined;
  }
  const saved = await recordHandover({
    ...recordInputFor({ ...draft, form, channel, at }),
    ...(reuse ? { draftId: reuse } : {}),
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const invitationId = saved.value.invitation.id;
  await keep({ channel, snapshot: snapshotOf(draft), at, invitationId });
  await rememberComposeHandover({ tabId, invitationId, channel, at });
  const watch = {
    type: 'watch-send',
    composeId: outcome.composeId,
    invitationId,
    link: draft.link,
  };
  await browser.tabs
    .sendMessage(tabId, watch, frameId === undefined ? undefined : { frameId })
    .catch(() => undefined);
  return invitationId;
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
    else if (reply.response.ok) {
      message = describeInsertOutcome(reply.response, payload.to);
      await handedOver(draft!, reply.response, tabId, info.frameId).catch((e) =>
        console.warn('The context-menu hand-over was not recorded:', e),
      );
    } else message = describeInsertFailure(reply.response);
  }
  await browser.notifications.create(`${CONTEXT_MENU_ID}-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('extName'),
    message,
  });
  return message;
}
