import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DIALOG_GLOBAL, type OpenComposeDialog } from '../lib/webmail/page/dialog/types';
import { openComposeDialog } from '../lib/webmail/page/dialog/view';

// The in-compose dialog, loaded on the first click of a compose window's button
// (lib/webmail/page/content.ts imports it as a web-accessible resource, limited to
// the webmail origins in wxt.config.ts), so the content script at rest stays small.
// It runs in the content script's isolated world and leaves its opener on that
// world's global object, which the page's scripts cannot see.
export default defineUnlistedScript(() => {
  const open: OpenComposeDialog = openComposeDialog;
  (globalThis as unknown as Record<string, OpenComposeDialog>)[DIALOG_GLOBAL] = open;
});
