import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../lib/webmail/page/content';
import { outlookAdapter } from '../lib/webmail/page/outlook';
import { OUTLOOK_SITE } from '../lib/webmail/sites/outlook';

const site = OUTLOOK_SITE;

export default defineContentScript({
  matches: [...site.matches],
  allFrames: site.inFrames,
  matchAboutBlank: site.inFrames,
  // WXT's handshake message would tell the page our script's event name; we use none of it.
  noScriptStartedPostMessage: true,
  // WXT's context (`ctx`) is not used: the page can end it (lib/webmail/page/lifetime.ts).
  main() {
    // Marks the page as served by this script (checked by the smoke test).
    if (window === window.top) document.documentElement.dataset.cspInvitations = site.id;
    startWebmailContentScript(outlookAdapter, site);
  },
});
