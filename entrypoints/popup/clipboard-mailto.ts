/**
 * Copy to clipboard and Open in email app. Loaded on first use (or when the
 * browser is idle), not for the first paint.
 */
import { messageHtml } from '../../lib/form/html';
import { t } from '../../lib/i18n';
import { buildMailto } from '../../lib/invitation';
import type { Ready } from './ready';
import { handedOverWith } from './record';
import type { AppState } from './state';

/** Plain text and HTML; in HTML the invitation (and GDAP) link is a real link. */
export async function copyToClipboard(state: AppState, ready: Ready): Promise<void> {
  const links = [ready.link, ready.gdapLink].filter(Boolean);
  const text = ready.message;
  const html = messageHtml(text, links);
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } catch (e) {
    state.notice.value = {
      kind: 'error',
      text: t('popup_copyFailed', e instanceof Error ? e.message : String(e)),
    };
    return;
  }
  state.offerCopy.value = false;
  state.notice.value = { kind: 'ok', text: t('popup_copied', ready.subject) };
  await handedOverWith(state, 'clipboard', ready);
}

/**
 * A mailto: URL handed to the system's mail app. Navigating to it opens the app
 * and leaves the popup as it is, until the app takes the focus. Too long for a mail app, it would be cut
 * (with the link), so the partner is offered Copy to clipboard instead.
 */
export async function openInEmailApp(state: AppState, ready: Ready): Promise<void> {
  const mailto = buildMailto({ to: ready.to, subject: ready.subject, body: ready.message });
  if (!mailto.ok) {
    state.offerCopy.value = true;
    state.notice.value = {
      kind: 'error',
      text: t('popup_mailtoTooLong', String(mailto.error.length), String(mailto.error.max)),
    };
    return;
  }
  state.offerCopy.value = false;
  state.notice.value = { kind: 'ok', text: t('popup_openedMailApp') };
  // Recorded first: the mail app may take the focus, and the popup closes with it.
  await handedOverWith(state, 'mail-app', ready);
  location.href = mailto.value;
}
