import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../lib/webmail/content';
import { gmailAdapter } from '../lib/webmail/gmail';
import { GMAIL_MATCHES } from '../lib/webmail/hosts';

export default defineContentScript({
  matches: GMAIL_MATCHES,
  main(ctx) {
    // Marks the page as served by this script (checked by the smoke test).
    document.documentElement.dataset.cspInvitations = 'gmail';
    // Gmail's compose windows live in the top document only.
    startWebmailContentScript(ctx, gmailAdapter, { searchFrames: false });
  },
});
