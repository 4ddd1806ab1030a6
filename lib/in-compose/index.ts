/**
 * The background's side of the in-compose button and of Send recorded
 * (docs/ARCHITECTURE.md, "How an insert travels" and "The record keeps itself").
 * Content scripts never touch our IndexedDB: they ask here. The background
 * builds the invitation (lib/invitation, through lib/form as the popup does),
 * records it as a hand-over (`draft` with the webmail as channel), remembers
 * that it handed it to the asking tab, and marks it `sent` when that tab
 * reports its Send. A report for an invitation not handed to that very tab
 * (`sender.tab.id`) changes nothing.
 */
import { type Browser, browser } from 'wxt/browser';
import {
  discardHandover,
  getCustomer,
  listInvitationsForCustomer,
  markSent,
  recordHandover,
  suggestCustomers,
} from '../db';
import { latestLine } from '../form/age';
import { formFieldsForCustomer, newComposeForm } from '../form/form';
import { invitationLinkFor } from '../form/link';
import { recordInputFor } from '../form/record';
import { t, uiLanguage } from '../i18n';
import { insertPayloadFor, renderDraft, signerOf, validateEmail } from '../invitation';
import { isOwnExtensionSender, type MessageSender } from '../messaging';
import {
  type ComposeDefaults,
  type ComposeInviteResponse,
  type ComposeRequest,
  ComposeRequestSchema,
  type ComposeSuggestion,
  type DialogOptions,
} from '../schema';
import { loadProfile, loadSettings } from '../storage';
import {
  composeHandoverFor,
  forgetComposeHandover,
  rememberComposeHandover,
} from '../storage/compose-handovers';
import { webmailForUrl } from '../webmail/sites';

type Invite = Extract<ComposeRequest, { type: 'compose-invite' }>;

/** The webmail tab a content script asked from, or undefined (an extension page, another site). */
function webmailTabOf(
  sender: MessageSender,
): { tabId: number; site: 'gmail' | 'outlook' } | undefined {
  const tabId = sender.tab?.id;
  const site = webmailForUrl(sender.url) ?? webmailForUrl(sender.tab?.url);
  return tabId === undefined || !site ? undefined : { tabId, site };
}

/** An extension page of ours (the popup), not a content script in a web page. */
function isExtensionPage(sender: MessageSender): boolean {
  return (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

async function defaults(): Promise<ComposeDefaults> {
  const profile = await loadProfile();
  if (!profile) return { profile: false };
  const form = newComposeForm(profile, uiLanguage());
  const cloud = form.cloud === 'germany' ? 'public' : form.cloud;
  return {
    profile: true,
    options: { cloud, adminPrivileges: form.adminPrivileges, language: form.language },
  };
}

async function suggest(query: string): Promise<{ items: ComposeSuggestion[] }> {
  const found = await suggestCustomers(query, 6);
  if (!found.ok) return { items: [] };
  const now = Date.now();
  const lang = uiLanguage();
  return {
    items: found.value.items.map(({ customer, latest }) => ({
      id: customer.id,
      name: customer.name,
      email: customer.contactEmail,
      detail: latest ? latestLine(latest, now, lang, t) : '',
      accepted: latest?.status === 'accepted',
    })),
  };
}

const refuse = (
  code: Extract<ComposeInviteResponse, { ok: false }>['code'],
  message: string,
): ComposeInviteResponse => ({ ok: false, code, message });

/** The address as the popup checks it, or the check's words in the UI language (the popup's keys). */
function checkedEmail(address: string): { email: string } | { error: string } {
  const checked = validateEmail(address);
  if (checked.ok) return { email: checked.value };
  const suggestion = 'suggestion' in checked.error ? String(checked.error.suggestion) : '';
  return { error: t(`common_err_${checked.error.code.replace(/-/g, '_')}`, suggestion) };
}

/** Builds the invitation for the dialog's choice and records it as a hand-over to this tab. */
export async function invite(
  request: Invite,
  tab: { tabId: number; site: 'gmail' | 'outlook' },
): Promise<ComposeInviteResponse> {
  const [profile, settings] = await Promise.all([loadProfile(), loadSettings()]);
  if (!profile) return refuse('no-profile', t('compose_noProfile'));
  const options: DialogOptions = request.options;
  const base = newComposeForm(profile, uiLanguage());
  let customerFields: Partial<ReturnType<typeof formFieldsForCustomer>>;
  if (request.customerId !== undefined) {
    const customer = await getCustomer(request.customerId);
    if (!customer.ok) return refuse('not-found', t('compose_err_customerGone'));
    const invitations = await listInvitationsForCustomer(customer.value.id);
    const accepted = invitations.ok && invitations.value.items.some((i) => i.status === 'accepted');
    if (accepted && request.secondInvitation !== true) {
      return refuse('already-accepted', t('compose_acceptedAlready', customer.value.name));
    }
    // A second invitation beside one still waiting would push the first out of the
    // reminders; the dialog makes new invitations only, so it sends the partner to
    // the popup's reminder instead, and writes nothing.
    const waiting = invitations.ok && invitations.value.items.some((i) => i.status === 'sent');
    if (waiting) return refuse('invalid', t('compose_waitingAlready', customer.value.name));
    customerFields = formFieldsForCustomer(customer.value);
  } else {
    const name = request.name?.trim() ?? '';
    if (name === '') return refuse('invalid', t('compose_err_customer'));
    const checked = checkedEmail(request.email ?? '');
    if ('error' in checked) return refuse('invalid', checked.error);
    customerFields = { customerName: name, contactEmail: checked.email };
  }
  if (!customerFields.contactEmail) return refuse('invalid', t('compose_err_customerNoEmail'));
  const form = {
    ...base,
    ...customerFields,
    ...options,
    purpose: 'new-relationship' as const,
  };
  const link = invitationLinkFor(form, profile, settings);
  if (!link.ok) return refuse('invalid', link.error.message);
  const draft = renderDraft({
    language: form.language,
    purpose: form.purpose,
    cloud: form.cloud,
    customerName: form.customerName,
    contactName: form.contactName,
    ...signerOf(profile),
    link: link.value,
    gdapLink: '',
    templates: settings.templates,
  });
  if (!draft.ok) return refuse('invalid', draft.error.message);
  const { subject, text: message, closing } = draft.value;
  const saved = await recordHandover(
    recordInputFor({ form, link: link.value, subject, message, channel: tab.site }),
  );
  if (!saved.ok) return refuse('not-saved', t('popup_handoverNotSaved', saved.error.message));
  const invitationId = saved.value.invitation.id;
  await rememberComposeHandover({ ...tab, invitationId, channel: tab.site, at: Date.now() });
  const payload = insertPayloadFor({
    to: form.contactEmail,
    subject,
    message,
    closing,
    link: link.value,
  });
  return { ok: true, invitationId, payload };
}

/** What the background answers a compose request with; undefined leaves a message to others. */
export async function handleComposeRequest(
  request: ComposeRequest,
  sender: MessageSender,
): Promise<unknown> {
  if (request.type === 'compose-watch') {
    if (!isExtensionPage(sender)) return { ok: false };
    const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
    const site = webmailForUrl(tab?.url);
    if (!site) return { ok: false };
    await rememberComposeHandover({
      tabId: request.tabId,
      invitationId: request.invitationId,
      channel: site,
      at: Date.now(),
    });
    const { composeId, invitationId, link } = request;
    const watched = await browser.tabs
      .sendMessage(request.tabId, { type: 'watch-send', composeId, invitationId, link })
      .catch(() => false);
    return { ok: watched === true };
  }
  const tab = webmailTabOf(sender);
  if (!tab) return undefined;
  switch (request.type) {
    case 'compose-defaults':
      return defaults();
    case 'compose-suggest':
      return suggest(request.query);
    case 'compose-invite':
      return invite(request, tab);
    case 'compose-insert-failed': {
      if (!(await composeHandoverFor(tab.tabId, request.invitationId))) return { ok: false };
      await forgetComposeHandover(request.invitationId);
      const discarded = await discardHandover(request.invitationId);
      return { ok: discarded.ok };
    }
    case 'compose-sent': {
      // Only an invitation this background handed to this very tab: a forged id changes nothing.
      const handover = await composeHandoverFor(tab.tabId, request.invitationId);
      if (!handover) return { ok: false, code: 'unknown-handover' };
      const marked = await markSent(request.invitationId, handover.channel);
      return marked.ok ? { ok: true, changed: marked.value.changed } : { ok: false };
    }
    case 'compose-open-setup':
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
      return { ok: true };
  }
}

/** Registers the listener (background `main`, synchronously). */
export function registerComposeRequests(): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOwnExtensionSender(sender)) return undefined;
    const parsed = ComposeRequestSchema.safeParse(message);
    return parsed.success ? handleComposeRequest(parsed.data, sender) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
