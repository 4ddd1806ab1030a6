/**
 * The content scripts' requests to the background (the in-compose dialog and
 * the Send watcher). Page-world code: no zod; the answers are checked by hand
 * where they are used (lib/webmail/page/dialog/answers.ts). The background knows
 * the tab from `sender.tab`, so nothing here names one.
 */
import { browser } from 'wxt/browser';
import type { ComposeRequest } from '../schema/messages';

/** The background's answer, or undefined when none came (worker gone, extension reloaded). */
export async function askBackground(request: ComposeRequest): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch {
    return undefined;
  }
}
