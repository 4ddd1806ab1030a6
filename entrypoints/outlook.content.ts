import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../lib/webmail/content';
import { OUTLOOK_MATCHES } from '../lib/webmail/hosts';
import { outlookAdapter } from '../lib/webmail/outlook';

export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  // Pop-out and some compose UI live in same-origin or about:blank frames (WEBMAIL.md).
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    // Marks the page as served by this script (checked by the smoke test).
    if (window === window.top) document.documentElement.dataset.cspInvitations = 'outlook';
    startWebmailContentScript(ctx, outlookAdapter, { searchFrames: true });
  },
});
