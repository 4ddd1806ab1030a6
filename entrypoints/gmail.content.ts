import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../lib/webmail/page/content';
import { gmailAdapter } from '../lib/webmail/page/gmail';
import { GMAIL_SITE } from '../lib/webmail/sites/gmail';

const site = GMAIL_SITE;

export default defineContentScript({
  matches: [...site.matches],
  allFrames: site.inFrames,
  // WXT's handshake message would tell the page our script's event name; we use none of it.
  noScriptStartedPostMessage: true,
  // WXT's context (`ctx`) is not used: the page can end it (lib/webmail/page/lifetime.ts).
  main() {
    // Marks the page as served by this script (checked by the smoke test).
    document.documentElement.dataset.cspInvitations = site.id;
    startWebmailContentScript(gmailAdapter, site);
  },
});
