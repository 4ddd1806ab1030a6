import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleContextMenuClick, registerContextMenu } from '../lib/context-menu';
import { registerComposeRequests } from '../lib/in-compose';
import { registerMicrosoftSync } from '../lib/microsoft/daily';
import { registerReminders } from '../lib/reminders/register';

// `main` stays synchronous and registers every listener at once: an event that
// wakes the service worker is only delivered to listeners registered in its first turn.
export default defineBackground(() => {
  registerReminders();
  // The in-compose dialog's requests and the compose windows' Send reports.
  registerComposeRequests();
  registerMicrosoftSync();
  // Menus persist while the extension is installed: (re)create them on install/update only.
  browser.runtime.onInstalled.addListener(() => void registerContextMenu());
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void handleContextMenuClick(info, tab?.id),
  );
});
