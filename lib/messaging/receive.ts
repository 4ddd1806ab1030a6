/**
 * The content scripts' side of the protocol: answer our own extension only,
 * validate every request, and let a frame stay silent so another frame of the
 * same tab can answer.
 */
import { browser } from 'wxt/browser';
import type {
  InsertPayload,
  InsertResponse,
  PingResponse,
  WatchSendRequest,
} from '../schema/messages';
import { parseContentRequest } from './content-request';
import { isOwnExtensionSender, type MessageSender } from './sender';

/**
 * A content script's answers. Returning `undefined` leaves the message to
 * another frame. The decision is synchronous, the answer need not be: a frame
 * that returns a value or a promise has answered, and the message channel
 * stays open until that promise settles, so exactly one frame answers even
 * when the insert is checked after a frame (docs/ARCHITECTURE.md).
 */
export interface ContentRequestHandlers {
  ping(): PingResponse | undefined;
  insert(payload: InsertPayload): InsertResponse | Promise<InsertResponse> | undefined;
  /** Watch a compose's Send for a hand-over the background recorded; answers whether it is watched. */
  watchSend?(request: WatchSendRequest): boolean | undefined;
}

export type MessageListener = (
  message: unknown,
  sender: MessageSender,
) => Promise<unknown> | undefined;

const MALFORMED: InsertResponse = {
  ok: false,
  code: 'invalid-request',
  message: 'The insert request was malformed.',
};

/** Never reached by our handlers, which answer failures as values; a rejection must still answer. */
const REJECTED: InsertResponse = {
  ok: false,
  code: 'editor-refused',
  message: 'The page did not accept the text.',
};

/** The `runtime.onMessage` listener for `handlers` (exported for tests). */
export function contentRequestListener(handlers: ContentRequestHandlers): MessageListener {
  return (message, sender) => {
    if (!isOwnExtensionSender(sender)) return undefined;
    const request = parseContentRequest(message);
    if (!request) {
      const isInsert = (message as { type?: unknown } | null)?.type === 'insert';
      return isInsert ? Promise.resolve(MALFORMED) : undefined;
    }
    const answer =
      request.type === 'ping'
        ? handlers.ping()
        : request.type === 'watch-send'
          ? handlers.watchSend?.(request)
          : handlers.insert(request.payload);
    return answer === undefined ? undefined : Promise.resolve(answer).catch(() => REJECTED);
  };
}

/**
 * Registers `handlers` on `runtime.onMessage`; `onInvalidated` (the script's
 * `Lifetime.onEnd`, lib/webmail/page/lifetime.ts) removes them when the content
 * script's lifetime ends.
 */
export function listenForContentRequests(
  handlers: ContentRequestHandlers,
  onInvalidated?: (cleanup: () => void) => void,
): () => void {
  const listener = contentRequestListener(handlers);
  browser.runtime.onMessage.addListener(listener);
  const remove = () => browser.runtime.onMessage.removeListener(listener);
  onInvalidated?.(remove);
  return remove;
}
