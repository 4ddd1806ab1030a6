import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired by the follow-up and webmail issues: messages, alarms, badge, context menu.
});
