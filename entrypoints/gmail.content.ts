import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../lib/webmail/page/content';
import { gmailAdapter } from '../lib/webmail/page/gmail';
import { GMAIL_SITE } from '../lib/webmail/sites/gmail';

const site = GMAIL_SITE;

export default defineContentScript({
  matches: [...site.matches],
  allFrames: site.inFrames,
  main(ctx) {
    // Marks the page as served by this script (checked by the smoke test).
    document.documentElement.dataset.cspInvitations = site.id;
    startWebmailContentScript(ctx, gmailAdapter, site);
  },
});
