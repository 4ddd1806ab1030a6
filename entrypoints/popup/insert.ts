/**
 * Insert into compose: hands the draft to lib/webmail's hand-over (which finds
 * the Gmail or Outlook tab, or opens a prefilled compose) and says in words,
 * in the UI's language, what was done or what the partner must choose.
 * Loaded on first use, not for the first paint.
 */

import { browser } from 'wxt/browser';
import { type HandoverOptions, insertIntoWebmail } from '../../lib/handover';
import type { SiteAccessAnswer } from '../../lib/handover/site-access';
import { t, tOr } from '../../lib/i18n';
import { insertPayloadFor } from '../../lib/invitation/sign-off';
import type { InsertOutcome } from '../../lib/schema';
import {
  failureText,
  type HandoverErrorCode,
  insertFailureKey,
  SITE_NAMES,
} from '../../lib/webmail/describe';
import { DONE_ID } from './actions';
import type { Ready } from './ready';
import { handedOverWith } from './record';
import type { AppState } from './state';

function describeInserted(outcome: InsertOutcome, to: string): string {
  const site = SITE_NAMES[outcome.site];
  const sentences = [
    to && outcome.recipient !== 'not-found'
      ? t('popup_insertedTo', to, site)
      : t('popup_inserted', site),
  ];
  if (to && outcome.recipient === 'not-found') sentences.push(t('popup_insertNoRecipient', to));
  if (outcome.subject === 'kept-existing') {
    sentences.push(t('popup_insertKeptSubject', outcome.existingSubject ?? ''));
  } else if (outcome.subject === 'hidden-reply') {
    sentences.push(t('popup_insertReplySubject'));
  } else if (outcome.subject === 'not-found') {
    sentences.push(t('popup_insertNoSubject'));
  }
  return sentences.join(' ');
}

function failure(code: HandoverErrorCode): string {
  return tOr(insertFailureKey(code), failureText(code));
}

/**
 * The compose window that got the draft watches its Send, so the record becomes
 * `sent` by itself (the background checks and remembers the hand-over for that
 * tab: lib/in-compose). Not answered is not an error: Mark as sent still works.
 */
function watchSend(state: AppState, tabId: number, composeId: string, link: string): void {
  const invitationId = state.handedOver.value?.invitationId;
  if (!invitationId) return;
  Promise.resolve()
    .then(() =>
      browser.runtime.sendMessage({ type: 'compose-watch', tabId, composeId, invitationId, link }),
    )
    .catch(() => undefined);
}

export async function insertIntoCompose(
  state: AppState,
  ready: Ready,
  choice: Pick<HandoverOptions, 'tabId' | 'composeId' | 'newCompose'> = {},
  /** The answer to the site-access request made in the click (HandoverSection). */
  access?: Promise<SiteAccessAnswer>,
): Promise<void> {
  // The sign-off apart: the page leaves it out where the compose has a signature of its own.
  const payload = insertPayloadFor(ready);
  state.insertChoice.value = undefined;
  try {
    const siteAccessRefused = (await access) === 'refused';
    const result = await insertIntoWebmail(payload, {
      preferredWebmail: state.settings.value.preferredWebmail,
      ...choice,
      ...(siteAccessRefused ? { siteAccessRefused } : {}),
    });
    switch (result.kind) {
      case 'inserted':
        state.notice.value = { kind: 'ok', text: describeInserted(result.outcome, ready.to) };
        document.getElementById(DONE_ID)?.focus();
        await handedOverWith(state, result.outcome.site, ready);
        watchSend(state, result.tabId, result.outcome.composeId, ready.link);
        return;
      case 'opened-compose':
        document.getElementById(DONE_ID)?.focus();
        state.notice.value = {
          kind: 'ok',
          text: t(
            result.bodyIncluded ? 'popup_openedCompose' : 'popup_openedComposeWithoutBody',
            SITE_NAMES[result.site],
          ),
        };
        await handedOverWith(state, result.site, ready);
        return;
      case 'choose-tab':
        state.insertChoice.value = {
          kind: 'tab',
          options: result.tabs.map((tab) => ({
            id: tab.id,
            label: `${SITE_NAMES[tab.site]}: ${tab.title}`,
          })),
        };
        state.notice.value = { kind: 'ok', text: t('popup_chooseTab') };
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>('.choices button')?.focus(),
        );
        return;
      case 'failed':
        if (result.composes && result.tabId !== undefined) {
          state.insertChoice.value = {
            kind: 'compose',
            tabId: result.tabId,
            options: result.composes,
          };
          state.notice.value = { kind: 'ok', text: t('popup_chooseCompose') };
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>('.choices button')?.focus(),
          );
          return;
        }
        if (result.code === 'site-access-refused')
          state.insertChoice.value = { kind: 'new-compose' };
        state.notice.value = { kind: 'error', text: failure(result.code) };
        return;
    }
  } catch (e) {
    state.notice.value = {
      kind: 'error',
      text: t('popup_insertFailed', e instanceof Error ? e.message : String(e)),
    };
  }
}
