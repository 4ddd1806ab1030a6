import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../lib/webmail/page/content';
import { outlookAdapter } from '../lib/webmail/page/outlook';
import { OUTLOOK_SITE } from '../lib/webmail/sites/outlook';

const site = OUTLOOK_SITE;

export default defineContentScript({
  matches: [...site.matches],
  allFrames: site.inFrames,
  matchAboutBlank: site.inFrames,
  main(ctx) {
    // Marks the page as served by this script (checked by the smoke test).
    if (window === window.top) document.documentElement.dataset.cspInvitations = site.id;
    startWebmailContentScript(ctx, outlookAdapter, site);
  },
});
