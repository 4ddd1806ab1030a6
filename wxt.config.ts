import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GMAIL_MATCHES, OUTLOOK_MATCHES } from './lib/webmail/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is a visible import (STYLE.md: no auto-import magic).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extActionTitle__' },
    // DESIGN.md "Security": only what the features use, no <all_urls>.
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'contextMenus',
      'clipboardWrite',
      // Inject the content script into webmail tabs opened before install/update.
      'scripting',
    ],
    host_permissions: [...GMAIL_MATCHES, ...OUTLOOK_MATCHES],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reseller-invitations@csp-tools.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
