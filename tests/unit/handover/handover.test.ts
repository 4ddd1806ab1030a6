import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findWebmailTabs, insertIntoWebmail } from '../../../lib/handover';
import type { InsertOutcome } from '../../../lib/schema';
import { describeInsertFailure, describeInsertOutcome } from '../../../lib/webmail/describe';
import { PAYLOAD } from '../webmail/page/harness';

interface FakeTab {
  id: number;
  url: string;
  title: string;
  active?: boolean;
  /** What its content script answers; `undefined`: no content script until injected. */
  composes?: number;
  injectable?: boolean;
}

const OUTCOME: InsertOutcome = {
  ok: true,
  site: 'gmail',
  composeId: 'compose-1',
  recipient: 'added',
  subject: 'set',
  body: 'at-top',
  via: 'paste',
};

let tabs: FakeTab[] = [];
const injected = new Set<number>();

function fakeTabs(list: FakeTab[]) {
  tabs = list;
  injected.clear();
}

beforeEach(() => {
  tabs = [];
  injected.clear();
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (info: {
    active?: boolean;
    url?: string[];
  }) =>
    tabs
      .filter((t) => (info.active ? t.active : true))
      .filter((t) => !info.url || /^https:\/\/(mail\.google|outlook\.)/.test(t.url))) as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => {
    const tab = tabs.find((t) => t.id === id);
    if (!tab) throw new Error('No tab with id');
    return tab;
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    id: number,
    message: { type: string; payload?: { composeId?: string } },
  ) => {
    const tab = tabs.find((t) => t.id === id)!;
    if (tab.composes === undefined && !injected.has(id)) {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    const composes = tab.composes ?? 1;
    if (message.type === 'ping')
      return { site: tab.url.includes('google') ? 'gmail' : 'outlook', composeCount: composes };
    if (composes === 0)
      return { ok: false, code: 'no-compose', message: 'No compose window is open in this tab.' };
    if (composes > 1 && !message.payload?.composeId) {
      return {
        ok: false,
        code: 'several-composes',
        message: 'Several',
        composes: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      };
    }
    return { ...OUTCOME, composeId: message.payload?.composeId ?? 'compose-1' };
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
    target: { tabId: number };
  }) => {
    const tab = tabs.find((t) => t.id === injection.target.tabId);
    if (!tab?.injectable) throw new Error('Cannot access contents of the page');
    injected.add(tab.id);
    return [];
  }) as never);
});

const GMAIL = 'https://mail.google.com/mail/u/1/#inbox';
const OUTLOOK = 'https://outlook.office365.com/mail/';

describe('insertIntoWebmail', () => {
  it('uses the active tab when it is a webmail tab', async () => {
    fakeTabs([
      { id: 1, url: GMAIL, title: 'Inbox', composes: 1 },
      { id: 2, url: OUTLOOK, title: 'Mail', composes: 1, active: true },
    ]);
    await expect(insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail' })).resolves.toMatchObject({
      kind: 'inserted',
      tabId: 2,
    });
  });

  it('else uses the one webmail tab with a compose window', async () => {
    fakeTabs([
      { id: 1, url: 'https://partner.microsoft.com/', title: 'Partner Center', active: true },
      { id: 2, url: GMAIL, title: 'Inbox', composes: 0 },
      { id: 3, url: OUTLOOK, title: 'Mail', composes: 1 },
    ]);
    await expect(insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail' })).resolves.toMatchObject({
      kind: 'inserted',
      tabId: 3,
    });
  });

  it('offers a choice of tabs when several have a compose window, then inserts into the chosen one', async () => {
    fakeTabs([
      { id: 2, url: GMAIL, title: 'Inbox', composes: 1 },
      { id: 3, url: OUTLOOK, title: 'Mail', composes: 1 },
    ]);
    const first = await insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail' });
    expect(first).toEqual({
      kind: 'choose-tab',
      tabs: [
        { id: 2, title: 'Inbox', site: 'gmail', url: GMAIL },
        { id: 3, title: 'Mail', site: 'outlook', url: OUTLOOK },
      ],
    });
    await expect(
      insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail', tabId: 3 }),
    ).resolves.toMatchObject({
      kind: 'inserted',
      tabId: 3,
    });
  });

  it('passes several-composes on with the tab, and re-sends with the chosen compose', async () => {
    fakeTabs([{ id: 2, url: GMAIL, title: 'Inbox', composes: 2, active: true }]);
    const first = await insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail' });
    expect(first).toMatchObject({ kind: 'failed', code: 'several-composes', tabId: 2 });
    expect(first.kind === 'failed' && first.composes?.map((c) => c.id)).toEqual(['a', 'b']);
    await expect(
      insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail', tabId: 2, composeId: 'b' }),
    ).resolves.toMatchObject({ kind: 'inserted', outcome: { composeId: 'b' } });
  });

  it('opens a prefilled compose in the preferred webmail when no webmail tab is open', async () => {
    fakeTabs([
      { id: 1, url: 'https://partner.microsoft.com/', title: 'Partner Center', active: true },
    ]);
    const result = await insertIntoWebmail(PAYLOAD, { preferredWebmail: 'outlook' });
    expect(result).toMatchObject({ kind: 'opened-compose', site: 'outlook', bodyIncluded: true });
    const url = result.kind === 'opened-compose' ? result.url : '';
    expect(
      url.startsWith(
        'https://outlook.office.com/mail/deeplink/compose?to=it%40contoso.com&subject=',
      ),
    ).toBe(true);
    expect(new URL(url).searchParams.get('body')).toBe(PAYLOAD.text);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url });
  });

  it('opens the compose in the account of the one webmail tab without a compose window', async () => {
    fakeTabs([{ id: 2, url: GMAIL, title: 'Inbox', composes: 0, active: true }]);
    const result = await insertIntoWebmail(PAYLOAD, { preferredWebmail: 'outlook' });
    expect(result).toMatchObject({ kind: 'opened-compose', site: 'gmail' });
    expect(result.kind === 'opened-compose' && result.url).toMatch(
      /^https:\/\/mail\.google\.com\/mail\/u\/1\/\?view=cm&fs=1&to=/,
    );
  });

  it('injects the content script into a tab opened before install and asks again', async () => {
    fakeTabs([{ id: 2, url: GMAIL, title: 'Inbox', active: true, injectable: true }]);
    await expect(insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail' })).resolves.toMatchObject({
      kind: 'inserted',
    });
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 2, allFrames: false },
      files: ['/content-scripts/gmail.js'],
    });
  });

  it('says to reload the tab when the script cannot be injected', async () => {
    fakeTabs([{ id: 3, url: OUTLOOK, title: 'Mail', active: true }]);
    const result = await insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail' });
    expect(result).toMatchObject({ kind: 'failed', code: 'tab-unreachable', tabId: 3 });
    expect(result.kind === 'failed' && result.message).toMatch(/Reload the tab/);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 3, allFrames: true },
      files: ['/content-scripts/outlook.js'],
    });
  });

  it('lists the open webmail tabs', async () => {
    fakeTabs([
      { id: 1, url: 'https://partner.microsoft.com/', title: 'Partner Center' },
      { id: 2, url: GMAIL, title: '' },
    ]);
    await expect(findWebmailTabs()).resolves.toEqual([
      { id: 2, title: GMAIL, site: 'gmail', url: GMAIL },
    ]);
  });
});

describe('insert results in words', () => {
  it.each([
    [OUTCOME, 'Inserted into the compose to it@contoso.com in Gmail.'],
    [
      { ...OUTCOME, site: 'outlook', recipient: 'already-present' },
      'Inserted into the compose to it@contoso.com in Outlook.',
    ],
    [
      { ...OUTCOME, subject: 'kept-existing', existingSubject: 'Our partnership' },
      'Inserted into the compose to it@contoso.com in Gmail. The subject already there was kept: “Our partnership”.',
    ],
    [
      { ...OUTCOME, subject: 'hidden-reply' },
      'Inserted into the compose to it@contoso.com in Gmail. The reply keeps its own subject.',
    ],
    [
      { ...OUTCOME, recipient: 'not-found' },
      'Inserted into the compose in Gmail. No To field was found: add it@contoso.com yourself.',
    ],
  ] as Array<[InsertOutcome, string]>)('describes %o', (outcome, sentence) => {
    expect(describeInsertOutcome(outcome, 'it@contoso.com')).toBe(sentence);
  });

  it('describes failures and opened composes', () => {
    expect(describeInsertFailure({ code: 'no-compose' })).toBe(
      'No compose window is open in this tab.',
    );
  });
});

describe('after site access was refused', () => {
  it('finding no webmail tab means we cannot see it: say so, open nothing', async () => {
    fakeTabs([]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(
      insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail', siteAccessRefused: true }),
    ).resolves.toMatchObject({ kind: 'failed', code: 'site-access-refused' });
    expect(create).not.toHaveBeenCalled();
  });

  it('still inserts into a webmail tab it can reach', async () => {
    fakeTabs([{ id: 2, url: OUTLOOK, title: 'Mail', composes: 1, active: true }]);
    await expect(
      insertIntoWebmail(PAYLOAD, { preferredWebmail: 'gmail', siteAccessRefused: true }),
    ).resolves.toMatchObject({ kind: 'inserted', tabId: 2 });
  });

  it('opens the prefilled compose it offered when asked to', async () => {
    fakeTabs([]);
    await expect(
      insertIntoWebmail(PAYLOAD, { preferredWebmail: 'outlook', newCompose: true }),
    ).resolves.toMatchObject({ kind: 'opened-compose', site: 'outlook' });
  });
});
