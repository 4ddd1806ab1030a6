import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTEXT_MENU_ID,
  handleContextMenuClick,
  payloadFromDraft,
} from '../../../lib/context-menu';
import { closeDb, exportAll } from '../../../lib/db';
import { ComposeFormSchema, type UnfinishedDraft } from '../../../lib/schema';
import { saveUnfinishedDraft } from '../../../lib/storage';

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f&msppId=0&DAP=true#/BillingAccounts/partner-invitation';

const DRAFT: UnfinishedDraft = {
  form: ComposeFormSchema.parse({ customerName: 'Contoso', contactEmail: 'it@contoso.com' }),
  edited: true,
  subject: 'Reseller relationship',
  message: `Dear Anna,\n\nPlease accept: ${LINK}\n\nRegards`,
  link: LINK,
  savedAt: Date.UTC(2024, 4, 1),
};

function lastNotification(): string | undefined {
  const all = Object.values(fakeBrowser.notifications.getAllCreateOptions()) as Array<{
    message: string;
  }>;
  return all.at(-1)?.message;
}

describe('context menu', () => {
  afterEach(closeDb);
  beforeEach(() => {
    // The fake browser has no i18n: answer with the key so the sentence is identifiable.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((p: string) => `ext://${p}`);
  });

  it('turns the saved draft into an insert at the right-clicked field', () => {
    expect(payloadFromDraft(DRAFT)).toEqual({
      to: 'it@contoso.com',
      subject: 'Reseller relationship',
      text: DRAFT.message,
      link: LINK,
      gdapLink: undefined,
      atContextTarget: true,
    });
  });

  it('sends the draft’s sign-off apart, as the popup does, so a compose with a signature signs once', () => {
    const closing = 'Kind regards,\nPat Partner';
    const payload = payloadFromDraft({
      ...DRAFT,
      message: `Dear Anna,\n\nPlease accept: ${LINK}\n\n${closing}`,
      closing,
    });
    expect(payload?.text).toBe(`Dear Anna,\n\nPlease accept: ${LINK}`);
    expect(payload?.closing).toBe(closing);
    expect(payload?.atContextTarget).toBe(true);
  });

  it('sends the GDAP link as the draft wrote it (normalised), so the page can make it a link', () => {
    const typed =
      'https://Admin.Microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/3f2504e0-4f89-41d3-9a0c-0305e82c3301-a1b2c3d4-e5f6-4789-abcd-ef0123456789';
    // The URL parser's own form, written out here rather than asked of gdapLinkOf.
    const written =
      'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/3f2504e0-4f89-41d3-9a0c-0305e82c3301-a1b2c3d4-e5f6-4789-abcd-ef0123456789';
    const form = { ...DRAFT.form, gdapLink: typed };
    const message = `${DRAFT.message}\nGDAP: ${written}`;
    const payload = payloadFromDraft({ ...DRAFT, form, message });
    expect(payload?.gdapLink).toBe(written);
    expect(payload?.text).toBe(message);
  });

  it('refuses a draft whose link was removed, or no draft at all', () => {
    expect(payloadFromDraft(undefined)).toBeUndefined();
    expect(payloadFromDraft({ ...DRAFT, message: 'Dear Anna, no link here' })).toBeUndefined();
  });

  it('refuses a draft that keeps the link but also holds an altered copy, as the popup does', () => {
    const altered = LINK.replace('msppId=0', 'msppId=1');
    expect(
      payloadFromDraft({ ...DRAFT, message: `${DRAFT.message}\nOr: ${altered}` }),
    ).toBeUndefined();
  });

  it('a reminder that went in is kept as the last hand-over, with its channel, and writes no record', async () => {
    const reminder: UnfinishedDraft = {
      ...DRAFT,
      form: { ...DRAFT.form, purpose: 'reminder', openInvitationId: 'inv-1' },
    };
    await saveUnfinishedDraft(reminder);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      site: 'gmail',
      composeId: 'c1',
      recipient: 'added',
      subject: 'set',
      body: 'at-caret',
      via: 'paste',
    } as never);
    await handleContextMenuClick({ menuItemId: CONTEXT_MENU_ID, frameId: 0 }, 7);
    const { popupLastChannel: kept } = await fakeBrowser.storage.local.get('popupLastChannel');
    expect(kept).toMatchObject({ channel: 'gmail' });
    expect(kept).not.toHaveProperty('invitationId');
    const all = await exportAll();
    expect(all.ok && all.value.invitations).toEqual([]);
  });

  it('says so in a notification when there is no unfinished draft', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const message = await handleContextMenuClick({ menuItemId: CONTEXT_MENU_ID, frameId: 0 }, 7);
    expect(message).toBe('contextMenuNoDraft');
    expect(lastNotification()).toBe('contextMenuNoDraft');
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the draft to the frame that was clicked and reports the outcome', async () => {
    await saveUnfinishedDraft(DRAFT);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      site: 'gmail',
      composeId: 'c1',
      recipient: 'added',
      subject: 'set',
      body: 'at-caret',
      via: 'nodes',
    } as never);
    const message = await handleContextMenuClick({ menuItemId: CONTEXT_MENU_ID, frameId: 3 }, 7);
    expect(send).toHaveBeenCalledWith(
      7,
      { type: 'insert', payload: payloadFromDraft(DRAFT) },
      { frameId: 3 },
    );
    expect(message).toContain('it@contoso.com');
    expect(lastNotification()).toBe(message);
  });

  it("an insert that went in is a hand-over: a draft record, the popup's last hand-over, and the window watches its Send", async () => {
    await saveUnfinishedDraft(DRAFT);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
      _tab: number,
      message: { type: string },
    ) =>
      message.type === 'insert'
        ? {
            ok: true,
            site: 'outlook',
            composeId: 'compose-9',
            recipient: 'added',
            subject: 'set',
            body: 'at-caret',
            via: 'paste',
          }
        : true) as never);
    await handleContextMenuClick({ menuItemId: CONTEXT_MENU_ID, frameId: 0 }, 7);
    const { invitations } = await exportAll().then((r) => (r.ok ? r.value : { invitations: [] }));
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ status: 'draft', channel: 'outlook', link: LINK });
    const id = invitations[0]!.id;
    const { popupLastChannel } = await fakeBrowser.storage.local.get('popupLastChannel');
    expect(popupLastChannel).toMatchObject({ channel: 'outlook', invitationId: id });
    expect(send).toHaveBeenLastCalledWith(
      7,
      { type: 'watch-send', composeId: 'compose-9', invitationId: id, link: LINK },
      { frameId: 0 },
    );
    // A second insert for the same customer updates that draft record.
    await handleContextMenuClick({ menuItemId: CONTEXT_MENU_ID, frameId: 0 }, 7);
    const again = await exportAll();
    expect(again.ok && again.value.invitations.map((i) => i.id)).toEqual([id]);
  });

  it('reports a tab where no content script answers', async () => {
    await saveUnfinishedDraft(DRAFT);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Receiving end does not exist.'),
    );
    const message = await handleContextMenuClick({ menuItemId: CONTEXT_MENU_ID }, 7);
    expect(message).not.toBe('');
    expect(message).not.toContain('Inserted');
  });

  it('ignores other menu items', async () => {
    expect(await handleContextMenuClick({ menuItemId: 'other' }, 7)).toBe('');
  });
});
