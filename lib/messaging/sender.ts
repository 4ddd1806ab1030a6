import { type Browser, browser } from 'wxt/browser';

export type MessageSender = Browser.runtime.MessageSender;

/** Only our extension's pages and workers may drive a content script or the background. */
export function isOwnExtensionSender(sender: MessageSender | undefined): boolean {
  return sender?.id !== undefined && sender.id === browser.runtime.id;
}
