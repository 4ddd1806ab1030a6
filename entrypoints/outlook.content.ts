import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: [
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  main() {
    document.documentElement.dataset.cspInvitations = 'outlook';
  },
});
