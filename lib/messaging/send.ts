/**
 * The extension pages' and the background's side: send typed requests and
 * parse every answer with its zod schema.
 */
import { browser } from 'wxt/browser';
import {
  type BackgroundRequest,
  BackgroundRequestSchema,
  type InsertPayload,
  type InsertResponse,
  InsertResponseSchema,
  type PingResponse,
  PingResponseSchema,
} from '../schema/messages';
import type { MessageListener } from './receive';
import { isOwnExtensionSender, type MessageSender } from './sender';

/** A content script's answer, or why there was none (not injected, tab closed, malformed). */
export type ContentReply<T> = { reached: true; response: T } | { reached: false; reason: string };

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

async function requestTab<T>(
  tabId: number,
  request: unknown,
  schema: Parser<T>,
  frameId?: number,
): Promise<ContentReply<T>> {
  try {
    const raw: unknown = await browser.tabs.sendMessage(
      tabId,
      request,
      frameId === undefined ? undefined : { frameId },
    );
    if (raw === undefined) return { reached: false, reason: 'no content script answered' };
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? { reached: true, response: parsed.data }
      : { reached: false, reason: 'the content script answered in an unknown format' };
  } catch (error) {
    return { reached: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function pingTab(tabId: number, frameId?: number): Promise<ContentReply<PingResponse>> {
  return requestTab(tabId, { type: 'ping' }, PingResponseSchema, frameId);
}

export function sendInsert(
  tabId: number,
  payload: InsertPayload,
  frameId?: number,
): Promise<ContentReply<InsertResponse>> {
  return requestTab(tabId, { type: 'insert', payload }, InsertResponseSchema, frameId);
}

/** Background side: answers validated requests from our own extension only. */
export function listenForBackgroundRequests(
  handle: (request: BackgroundRequest, sender: MessageSender) => Promise<unknown> | undefined,
): () => void {
  const listener: MessageListener = (message, sender) => {
    if (!isOwnExtensionSender(sender)) return undefined;
    const parsed = BackgroundRequestSchema.safeParse(message);
    return parsed.success ? handle(parsed.data, sender) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function sendBackgroundRequest(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(BackgroundRequestSchema.parse(request));
}
