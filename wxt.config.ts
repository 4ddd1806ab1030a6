import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { MICROSOFT_ORIGINS } from './lib/microsoft/endpoints';
import { WEBMAIL_MATCHES } from './lib/webmail/sites';
import { inlineStylesheets } from './scripts/build/popup-layout';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is a visible import (no auto-import magic: docs/ARCHITECTURE.md).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // No <link rel="modulepreload"> added by script for each lazily loaded chunk's
    // imports: the files are local, so preloading saves no round trip, and appending
    // those links took about 15 ms of the popup's main thread right after its first
    // paint, when the partner's first click comes (a CPU profile of the popup). The
    // pages' own HTML keeps its preload links, and a lazily loaded chunk's CSS is
    // still added when it loads.
    build: {
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
    },
  }),
  hooks: {
    // The popup is built on its own: its start-up code is one file, not chunks
    // shared with the options page (scripts/build/popup-layout.ts).
    'entrypoints:grouped': (wxt, groups) => {
      if (wxt.config.command !== 'build') return;
      for (const [i, group] of groups.entries()) {
        if (!Array.isArray(group)) continue;
        const popup = group.findIndex((e) => e.name === 'popup');
        if (popup < 0 || group.length === 1) continue;
        groups.splice(i + 1, 0, group.splice(popup, 1));
        return;
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== 'popup') return;
      config.plugins = [...(config.plugins ?? []), inlineStylesheets()];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extActionTitle__' },
    // Opens the popup from the keyboard: a suggestion, which the partner can change in
    // the browser's shortcut settings. Chrome and Edge have no shortcut of their own on
    // Ctrl+Shift+Y, nor do Gmail and Outlook; Firefox on Linux opens its Library with it.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
      },
    },
    // Only what the features use, no <all_urls> (docs/ARCHITECTURE.md, "Permissions").
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'contextMenus',
      'clipboardWrite',
      // Inject the content script into webmail tabs opened before install/update.
      'scripting',
      // The optional Microsoft sign-in (docs/MICROSOFT.md): the browser's sign-in
      // window, and the daily sync's offscreen document (MSAL needs localStorage).
      'identity',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Every webmail site's match patterns, from its record in lib/webmail/sites.
    host_permissions: [...WEBMAIL_MATCHES],
    // The in-compose dialog's chunk, imported by the content scripts on the first click
    // of their compose button: only the webmail pages may load it.
    web_accessible_resources: [{ resources: ['compose-dialog.js'], matches: [...WEBMAIL_MATCHES] }],
    // Asked for at sign-in and given back at sign-out: never needed without Microsoft.
    optional_host_permissions: [...MICROSOFT_ORIGINS],
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
