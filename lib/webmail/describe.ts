/**
 * The English sentences for insert results: codes and parameters come from the
 * content script and the hand-over; these formatters turn them into words (the
 * UI may route the same codes through i18n instead).
 */
import type { InsertErrorCode, InsertOutcome, Webmail } from '../schema';

export const SITE_NAMES: Record<Webmail, string> = { gmail: 'Gmail', outlook: 'Outlook' };

/** Failures the hand-over adds to the content script's own codes. */
export type HandoverErrorCode = InsertErrorCode | 'tab-unreachable' | 'site-access-refused';

const FAILURE_TEXT: Record<HandoverErrorCode, string> = {
  'no-compose': 'No compose window is open in this tab.',
  'several-composes': 'Several compose windows are open: choose the one to insert into.',
  'editor-refused':
    'The compose window did not accept the text. Click into the message and try again.',
  'page-changed':
    'The compose window changed while inserting (closed, or moved to full screen). Try again.',
  'invalid-request': 'The invitation could not be inserted: its address or link is not valid.',
  'unsupported-page': 'This page is not a Gmail or Outlook on the web mailbox.',
  'tab-unreachable':
    'The mailbox tab does not answer. Reload the tab (it was open before the extension was installed or updated) and try again.',
  'site-access-refused':
    'Without access to Gmail and Outlook on the web, the extension cannot reach the compose window you have open. Open a new compose window with the invitation instead.',
};

/** The UI message naming an insert failure (`popup_insertFail_<code>`), where the UI has one. */
export function insertFailureKey(code: string): string {
  return `popup_insertFail_${code.replace(/-/g, '_')}`;
}

export function failureText(code: HandoverErrorCode): string {
  return FAILURE_TEXT[code];
}

/** "Inserted into the compose to it@contoso.com in Gmail." and what was left as it was. */
export function describeInsertOutcome(outcome: InsertOutcome, to: string): string {
  const where = SITE_NAMES[outcome.site];
  const address = to.trim();
  const sentences = [
    address && outcome.recipient !== 'not-found'
      ? `Inserted into the compose to ${address} in ${where}.`
      : `Inserted into the compose in ${where}.`,
  ];
  if (address && outcome.recipient === 'not-found') {
    sentences.push(`No To field was found: add ${address} yourself.`);
  }
  if (outcome.subject === 'kept-existing') {
    sentences.push(`The subject already there was kept: “${outcome.existingSubject ?? ''}”.`);
  } else if (outcome.subject === 'hidden-reply') {
    sentences.push('The reply keeps its own subject.');
  } else if (outcome.subject === 'not-found') {
    sentences.push('No subject field was found: the subject was not set.');
  }
  return sentences.join(' ');
}

export function describeInsertFailure(failure: { code: HandoverErrorCode }): string {
  return failureText(failure.code);
}
