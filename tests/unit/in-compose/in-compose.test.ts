import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  changeStatus,
  closeDb,
  getInvitation,
  listInvitationsForCustomer,
  recordHandover,
} from '../../../lib/db';
import { handleComposeRequest, registerComposeRequests } from '../../../lib/in-compose';
import {
  CLOUDS,
  CLOUDS_FOR_NEW_INVITATIONS,
  type ComposeRequest,
  ComposeRequestSchema,
  DialogOptionsSchema,
  EMAIL_LANGUAGES,
} from '../../../lib/schema';
import { saveProfile } from '../../../lib/storage';
import { labelsOf } from '../form/locale';

const TENANT = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const tabSender = (tabId: number, url = GMAIL) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url } as never,
  url,
});
const OPTIONS = { cloud: 'public', adminPrivileges: true, language: 'en' } as const;

const ask = (request: ComposeRequest, sender = tabSender(5)) =>
  handleComposeRequest(ComposeRequestSchema.parse(request), sender) as Promise<
    Record<string, unknown>
  >;

async function inviteNew(sender = tabSender(5)) {
  const answer = await ask(
    {
      type: 'compose-invite',
      name: 'Contoso Retail',
      email: 'IT@Contoso-Retail.com',
      options: OPTIONS,
    },
    sender,
  );
  expect(answer).toMatchObject({ ok: true });
  return answer as { ok: true; invitationId: string; payload: Record<string, string> };
}

afterEach(closeDb);

beforeEach(async () => {
  const en = labelsOf('en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
    en(key, ...(subs ?? []))) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  await saveProfile({
    tenantId: TENANT,
    partnerName: 'Fabrikam IT',
    senderName: 'Pat Partner',
    defaultCloud: 'public',
    defaultLanguage: 'en',
  });
});

describe('the background side of the in-compose dialog', () => {
  it('the dialog schema lists the clouds and languages a new invitation may have', () => {
    const accepts = (options: object) =>
      DialogOptionsSchema.safeParse({
        adminPrivileges: true,
        cloud: 'public',
        language: 'en',
        ...options,
      }).success;
    for (const cloud of CLOUDS)
      expect(accepts({ cloud }), cloud).toBe(
        (CLOUDS_FOR_NEW_INVITATIONS as readonly string[]).includes(cloud),
      );
    for (const language of EMAIL_LANGUAGES) expect(accepts({ language }), language).toBe(true);
    expect(accepts({ language: 'de' })).toBe(false);
  });

  it('without a profile: the defaults say so, and an invite is refused', async () => {
    await fakeBrowser.storage.sync.clear();
    expect(await ask({ type: 'compose-defaults' })).toEqual({ profile: false });
    expect(
      await ask({ type: 'compose-invite', name: 'X', email: 'x@x.nl', options: OPTIONS }),
    ).toMatchObject({ ok: false, code: 'no-profile' });
  });

  it('builds the invitation from the profile, records it as a Gmail draft, and hands out the payload', async () => {
    expect(await ask({ type: 'compose-defaults' })).toEqual({ profile: true, options: OPTIONS });
    const { invitationId, payload } = await inviteNew();
    expect(payload.to).toBe('IT@contoso-retail.com');
    expect(payload.link).toContain(`partnerId=${TENANT}`);
    expect(payload.text).toContain(payload.link);
    const stored = await getInvitation(invitationId);
    expect(stored.ok && stored.value).toMatchObject({
      status: 'draft',
      channel: 'gmail',
      link: payload.link,
    });
  });

  it('bad input is refused in words and records nothing', async () => {
    const answer = await ask({
      type: 'compose-invite',
      name: 'Contoso',
      email: 'it@contoso',
      options: OPTIONS,
    });
    expect(answer).toMatchObject({ ok: false, code: 'invalid' });
    expect(String(answer.message)).not.toBe('');
    expect((await ask({ type: 'compose-suggest', query: 'Con' })).items).toEqual([]);
  });

  it('suggests known customers with their latest status; an accepted one is asked about first', async () => {
    const { invitationId } = await inviteNew();
    let { items } = (await ask({ type: 'compose-suggest', query: 'cont' })) as {
      items: Array<Record<string, unknown>>;
    };
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: 'Contoso Retail', accepted: false });
    await ask({ type: 'compose-sent', invitationId });
    expect((await changeStatus(invitationId, 'accepted')).ok).toBe(true);
    ({ items } = (await ask({
      type: 'compose-suggest',
      query: 'cont',
    })) as typeof items extends never ? never : { items: Array<Record<string, unknown>> });
    expect(items[0]).toMatchObject({ accepted: true });
    const customerId = String(items[0]!.id);
    expect(await ask({ type: 'compose-invite', customerId, options: OPTIONS })).toMatchObject({
      ok: false,
      code: 'already-accepted',
    });
    expect(
      await ask({ type: 'compose-invite', customerId, options: OPTIONS, secondInvitation: true }),
    ).toMatchObject({ ok: true });
  });

  it('a customer whose invitation still waits gets no second one from the dialog: the reminder is elsewhere', async () => {
    const { invitationId } = await inviteNew();
    await ask({ type: 'compose-sent', invitationId });
    const { items } = (await ask({ type: 'compose-suggest', query: 'cont' })) as {
      items: Array<Record<string, unknown>>;
    };
    const customerId = String(items[0]!.id);
    const before = await listInvitationsForCustomer(customerId);
    expect(await ask({ type: 'compose-invite', customerId, options: OPTIONS })).toMatchObject({
      ok: false,
      code: 'invalid',
      message: expect.stringContaining('already has an invitation waiting'),
    });
    const after = await listInvitationsForCustomer(customerId);
    expect(after.ok && after.value.items).toEqual(before.ok && before.value.items);
  });

  it('Send from the tab it was handed to marks it sent, once; from another tab or an extension page nothing changes', async () => {
    const { invitationId } = await inviteNew(tabSender(5));
    expect(await ask({ type: 'compose-sent', invitationId }, tabSender(6))).toMatchObject({
      ok: false,
    });
    expect(
      await handleComposeRequest(
        ComposeRequestSchema.parse({ type: 'compose-sent', invitationId }),
        {
          id: fakeBrowser.runtime.id,
          url: fakeBrowser.runtime.getURL('/popup.html'),
        },
      ),
    ).toBeUndefined();
    let stored = await getInvitation(invitationId);
    expect(stored.ok && stored.value.status).toBe('draft');

    expect(await ask({ type: 'compose-sent', invitationId })).toEqual({ ok: true, changed: true });
    expect(await ask({ type: 'compose-sent', invitationId })).toEqual({ ok: true, changed: false });
    stored = await getInvitation(invitationId);
    expect(stored.ok && stored.value).toMatchObject({ status: 'sent', channel: 'gmail' });
  });

  it('a forged id, even of a real draft the popup made, changes nothing', async () => {
    const popupDraft = await recordHandover({
      customer: {
        name: 'Other',
        contactName: '',
        contactEmail: 'a@other.nl',
        domain: '',
        cloud: 'public',
      },
      invitation: {
        relationshipType: 'direct',
        purpose: 'new-relationship',
        cloud: 'public',
        adminPrivileges: true,
        link: `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${TENANT}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`,
        language: 'en',
        subject: 's',
        text: 't',
      },
      channel: 'gmail',
    });
    expect(popupDraft.ok).toBe(true);
    const id = popupDraft.ok ? popupDraft.value.invitation.id : '';
    expect(await ask({ type: 'compose-sent', invitationId: id })).toMatchObject({ ok: false });
    expect(await ask({ type: 'compose-sent', invitationId: 'nope' })).toMatchObject({ ok: false });
    const stored = await getInvitation(id);
    expect(stored.ok && stored.value.status).toBe('draft');
  });

  it('a failed insert takes the draft back; only for its own tab', async () => {
    const { invitationId } = await inviteNew();
    await ask({ type: 'compose-insert-failed', invitationId }, tabSender(9));
    expect((await getInvitation(invitationId)).ok).toBe(true);
    expect(await ask({ type: 'compose-insert-failed', invitationId })).toEqual({ ok: true });
    expect((await getInvitation(invitationId)).ok).toBe(false);
  });

  it("the popup's compose-watch registers its hand-over for that tab and tells the tab; a content script cannot", async () => {
    const tab = await fakeBrowser.tabs.create({ url: GMAIL });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    const watch = {
      type: 'compose-watch',
      tabId: tab.id!,
      composeId: 'compose-1',
      invitationId: 'i9',
      link: 'https://x',
    } as const;
    expect(await ask(watch, tabSender(tab.id!))).toEqual({ ok: false });
    expect(sent).not.toHaveBeenCalled();
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await handleComposeRequest(watch, popup)).toEqual({ ok: true });
    expect(sent).toHaveBeenCalledWith(tab.id, {
      type: 'watch-send',
      composeId: 'compose-1',
      invitationId: 'i9',
      link: 'https://x',
    });
  });

  it('the listener answers our own extension only, and well-formed requests only', async () => {
    registerComposeRequests();
    const other = {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      tab: { id: 5, url: GMAIL } as never,
      url: GMAIL,
    };
    const [fromOther] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'compose-defaults' },
      other,
      () => {},
    );
    expect(fromOther).toBeUndefined();
    const [malformed] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'compose-sent', invitationId: 7 },
      tabSender(5),
      () => {},
    );
    expect(malformed).toBeUndefined();
    const [ok] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'compose-defaults' },
      tabSender(5),
      () => {},
    );
    expect(ok).toEqual({ profile: true, options: OPTIONS });
  });
});
