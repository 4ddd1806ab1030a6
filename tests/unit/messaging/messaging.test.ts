import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  contentRequestListener,
  isOwnExtensionSender,
  listenForContentRequests,
  parseContentRequest,
  pingTab,
  sendInsert,
} from '../../../lib/messaging';
import { ContentRequestSchema, InsertResponseSchema } from '../../../lib/schema';
import { PAYLOAD } from '../webmail/page/harness';

const OWN = () => ({ id: fakeBrowser.runtime.id });
const OTHER = { id: 'abcdefghijklmnopabcdefghijklmnop' };

const handlers = () => ({
  ping: vi.fn(() => ({ site: 'gmail' as const, composeCount: 2 })),
  insert: vi.fn(() => ({ ok: false as const, code: 'no-compose' as const, message: 'none' })),
});

describe('content-script messaging', () => {
  it('ignores a message from another extension', () => {
    const h = handlers();
    const listener = contentRequestListener(h);
    expect(isOwnExtensionSender(OTHER)).toBe(false);
    expect(isOwnExtensionSender({})).toBe(false);
    expect(listener({ type: 'ping' }, OTHER)).toBeUndefined();
    expect(listener({ type: 'insert', payload: PAYLOAD }, OTHER)).toBeUndefined();
    expect(h.ping).not.toHaveBeenCalled();
    expect(h.insert).not.toHaveBeenCalled();
  });

  it('answers our own extension with the handlers’ values', async () => {
    const h = handlers();
    const listener = contentRequestListener(h);
    await expect(listener({ type: 'ping' }, OWN())).resolves.toEqual({
      site: 'gmail',
      composeCount: 2,
    });
    await expect(listener({ type: 'insert', payload: PAYLOAD }, OWN())).resolves.toMatchObject({
      code: 'no-compose',
    });
    expect(h.insert).toHaveBeenCalledWith(PAYLOAD);
  });

  it('answers a malformed insert with invalid-request and stays silent on other messages', async () => {
    const h = handlers();
    const listener = contentRequestListener(h);
    await expect(listener({ type: 'insert', payload: { to: 1 } }, OWN())).resolves.toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    expect(listener({ type: 'refresh-reminders' }, OWN())).toBeUndefined();
    expect(h.insert).not.toHaveBeenCalled();
  });

  it('lets another frame answer when the handler returns undefined', () => {
    const listener = contentRequestListener({ ping: () => undefined, insert: () => undefined });
    expect(listener({ type: 'ping' }, OWN())).toBeUndefined();
  });

  it('registers on runtime.onMessage and unregisters when the context is invalidated', async () => {
    const h = handlers();
    let invalidate = () => {};
    listenForContentRequests(h, (cleanup) => {
      invalidate = cleanup;
    });
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ping' }, OWN(), () => {});
    expect(answer).toEqual({ site: 'gmail', composeCount: 2 });
    invalidate();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it.each([
    ['a ping', { type: 'ping' }],
    ['a ping with an extra key', { type: 'ping', extra: true }],
    ['an insert', { type: 'insert', payload: PAYLOAD }],
    [
      'an insert with every optional field and an extra key',
      {
        type: 'insert',
        payload: {
          ...PAYLOAD,
          closing: 'Kind regards,\nAnna',
          gdapLink: 'https://x',
          composeId: 'c',
          atContextTarget: true,
          extra: 1,
        },
      },
    ],
    [
      'a non-boolean atContextTarget',
      { type: 'insert', payload: { ...PAYLOAD, atContextTarget: 'yes' } },
    ],
    ['a non-string closing', { type: 'insert', payload: { ...PAYLOAD, closing: 7 } }],
    ['an empty closing', { type: 'insert', payload: { ...PAYLOAD, closing: '' } }],
    ['a missing link', { type: 'insert', payload: { ...PAYLOAD, link: undefined } }],
    ['a null gdapLink', { type: 'insert', payload: { ...PAYLOAD, gdapLink: null } }],
    ['an insert without payload', { type: 'insert' }],
    ['an array payload', { type: 'insert', payload: [] }],
    [
      'a watch-send',
      { type: 'watch-send', composeId: 'c1', invitationId: 'i1', link: 'https://x' },
    ],
    [
      'a watch-send with an extra key',
      { type: 'watch-send', composeId: 'c1', invitationId: 'i1', link: 'https://x', tabId: 3 },
    ],
    ['a watch-send without its id', { type: 'watch-send', composeId: 'c1', link: 'https://x' }],
    [
      'a watch-send with a numeric compose id',
      { type: 'watch-send', composeId: 1, invitationId: 'i1', link: 'https://x' },
    ],
    ['a watch-send without link', { type: 'watch-send', composeId: 'c1', invitationId: 'i1' }],
    ['an unknown type', { type: 'other' }],
    ['null', null],
    ['a string', 'ping'],
    ['an array', []],
  ])('checks requests exactly as ContentRequestSchema does: %s', (_, message) => {
    const parsed = ContentRequestSchema.safeParse(message);
    expect(parseContentRequest(message)).toEqual(parsed.success ? parsed.data : undefined);
  });
});

describe('the insert answer says how the body went in', () => {
  const OUTCOME = {
    ok: true,
    site: 'outlook',
    composeId: 'c1',
    recipient: 'added',
    subject: 'set',
    body: 'at-top',
  } as const;

  it.each(['paste', 'nodes', 'text'] as const)('accepts via: %s', async (via) => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ...OUTCOME, via } as never);
    await expect(sendInsert(7, PAYLOAD)).resolves.toEqual({
      reached: true,
      response: { ...OUTCOME, via },
    });
  });

  it('an answer without `via`, or with another, is in an unknown format (never retried)', async () => {
    expect(InsertResponseSchema.safeParse(OUTCOME).success).toBe(false);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ...OUTCOME,
      via: 'clipboard',
    } as never);
    await expect(sendInsert(7, PAYLOAD)).resolves.toEqual({
      reached: false,
      reason: 'the content script answered in an unknown format',
    });
  });

  it('an insert answered later (a promise) keeps the channel to the one frame that took it', async () => {
    let finish: (value: unknown) => void = () => {};
    const answer = new Promise((resolve) => {
      finish = resolve;
    });
    const listener = contentRequestListener({
      ping: () => undefined,
      insert: () => answer as never,
    });
    const reply = listener({ type: 'insert', payload: PAYLOAD }, OWN());
    expect(reply).toBeInstanceOf(Promise);
    finish({ ...OUTCOME, via: 'paste' });
    await expect(reply).resolves.toMatchObject({ via: 'paste' });
  });

  it('a rejected insert still answers, as a failure value', async () => {
    const listener = contentRequestListener({
      ping: () => undefined,
      insert: () => Promise.reject(new Error('boom')),
    });
    await expect(listener({ type: 'insert', payload: PAYLOAD }, OWN())).resolves.toMatchObject({
      ok: false,
      code: 'editor-refused',
    });
  });
});

describe('sending to a tab', () => {
  it('parses the content script’s answer', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      site: 'outlook',
      composeCount: 1,
    } as never);
    await expect(pingTab(7)).resolves.toEqual({
      reached: true,
      response: { site: 'outlook', composeCount: 1 },
    });
  });

  it('treats no answer, a malformed answer and a missing receiver as not reached', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    send.mockResolvedValueOnce(undefined as never);
    await expect(sendInsert(7, PAYLOAD)).resolves.toMatchObject({ reached: false });
    send.mockResolvedValueOnce({ ok: 'maybe' } as never);
    await expect(sendInsert(7, PAYLOAD)).resolves.toMatchObject({ reached: false });
    send.mockRejectedValueOnce(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await expect(sendInsert(7, PAYLOAD, 3)).resolves.toEqual({
      reached: false,
      reason: 'Could not establish connection. Receiving end does not exist.',
    });
    expect(send).toHaveBeenLastCalledWith(7, { type: 'insert', payload: PAYLOAD }, { frameId: 3 });
  });
});
