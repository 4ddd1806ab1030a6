/**
 * The popup's state (STYLE.md: one `createAppState()` of signals and computed
 * values, handed down through context). Everything derivable — the link, the
 * rendered draft, what the text boxes show, the errors — is `computed`, never
 * copied, so a field change flows through to the draft and the checks at once.
 *
 * The invitation logic (`engine`) arrives just after the first paint; until then
 * the draft boxes show the unfinished draft as it was saved, which is the
 * current text by construction (persist.ts).
 *
 * Nothing mutable lives at module level in the popup: what a module would keep
 * (which views are loaded, what storage holds) is a field of this state.
 */
import { computed, type Signal, signal } from '@preact/signals';
import { createContext, type FunctionComponent } from 'preact';
import { useContext } from 'preact/hooks';
import { type DraftState, FOLLOWING_FIELDS, shownDraft } from '../../lib/form/draft-state';
import type { FieldErrors } from '../../lib/form/field-error';
import type { ComposeField } from '../../lib/form/fields';
import { newComposeForm } from '../../lib/form/form';
import { channelStillValid, type DraftSnapshot, type HandedOver } from '../../lib/form/handed-over';
import type * as SiteAccess from '../../lib/handover/site-access';
import type { InvitationDraft } from '../../lib/invitation';
import {
  type AppError,
  type ComposeForm,
  type Customer,
  type PartnerProfile,
  type Result,
  type Settings,
  SettingsSchema,
  type UnfinishedDraft,
} from '../../lib/schema';
import type * as Engine from './engine';

export type ViewName = 'compose' | 'profile';

/**
 * Where a view's component comes from: `component` when it is in the popup's own
 * bundle (shown without waiting), otherwise `load` fetches its chunk on first use.
 */
export interface ViewSource {
  component?: FunctionComponent;
  load: () => Promise<{ default: FunctionComponent }>;
}

/** What the first paint does not need, still on its way from storage. */
export interface DeferredBoot {
  settings: Settings;
  /** The hand-over stored at the last close (persist.ts), whether or not it still counts. */
  handedOver: HandedOver | undefined;
}

export interface PopupBoot {
  profile: PartnerProfile | undefined;
  draft: UnfinishedDraft | undefined;
  /** The popup's views (views.ts). */
  views: Record<ViewName, ViewSource>;
  /** The engine and the draft store wait for it (`loaded`); the form does not. */
  deferredBoot: Promise<DeferredBoot>;
}

export type Notice = { kind: 'ok' | 'error'; text: string };

/** A choice the partner must make before Insert into compose can go on. */
export type InsertChoice =
  | { kind: 'tab'; options: { id: number; label: string }[] }
  | { kind: 'compose'; tabId: number; options: { id: string; label: string }[] }
  /** Site access was refused: offer a prefilled new compose instead. */
  | { kind: 'new-compose' };

function notYet(code: 'profile-missing' | 'engine-loading'): { ok: false; error: AppError } {
  return { ok: false, error: { code, message: code } };
}

export function createAppState(boot: PopupBoot) {
  const profile = signal(boot.profile);
  const settings = signal<Settings>(SettingsSchema.parse({}));
  /** The last hand-over: its channel and the draft as it was handed over. */
  const handedOver = signal<HandedOver | undefined>(undefined);
  const loaded = boot.deferredBoot.then((deferred) => {
    settings.value = deferred.settings;
    // A hand-over made in the first milliseconds wins over the stored one.
    handedOver.value ??= deferred.handedOver;
  });
  const editingProfile = signal(false);
  const view = computed(
    (): ViewName => (profile.value && !editingProfile.value ? 'compose' : 'profile'),
  );
  const views: Record<ViewName, Signal<FunctionComponent | undefined>> = {
    compose: signal(boot.views.compose.component),
    profile: signal(boot.views.profile.component),
  };
  const engine = signal<typeof Engine | undefined>(undefined);

  const form = signal<ComposeForm>(boot.draft?.form ?? newComposeForm(boot.profile));
  const draftState = signal<DraftState>(
    boot.draft?.edited
      ? { edited: true, subject: boot.draft.subject, message: boot.draft.message }
      : FOLLOWING_FIELDS,
  );

  const link = computed((): Result<string> => {
    const e = engine.value;
    if (!profile.value) return notYet('profile-missing');
    if (!e)
      return boot.draft?.link ? { ok: true, value: boot.draft.link } : notYet('engine-loading');
    return e.invitationLinkFor(form.value, profile.value, settings.value);
  });
  const rendered = computed((): Result<InvitationDraft> => {
    const p = profile.value;
    const e = engine.value;
    const l = link.value;
    if (!l.ok) return l;
    if (!p) return notYet('profile-missing');
    if (!e) return notYet('engine-loading');
    const f = form.value;
    return e.renderDraft({
      language: f.language,
      purpose: f.purpose,
      cloud: f.cloud,
      customerName: f.customerName,
      contactName: f.contactName,
      partnerName: p.partnerName,
      senderName: p.senderName,
      ...(p.signature ? { signature: p.signature } : {}),
      link: l.value,
      gdapLink: f.gdapLink,
      templates: settings.value.templates,
    });
  });
  const renderedText = computed(() => {
    if (rendered.value.ok) return rendered.value.value;
    // Before the engine arrives: the saved draft, which was the rendered text then.
    if (!engine.value && boot.draft && !boot.draft.edited) {
      return { subject: boot.draft.subject, text: boot.draft.message };
    }
    return undefined;
  });
  const draft = computed(() => shownDraft(draftState.value, renderedText.value));

  /** Typo warnings the partner answered with "keep as typed". */
  const kept = signal<{ contactEmail?: string; customerDomain?: string }>({});
  const errors = computed((): FieldErrors<ComposeField> => {
    const e = engine.value;
    if (!e) return {};
    const r = rendered.value;
    return e.validateCompose({
      form: form.value,
      link: link.value,
      draft: draft.value,
      edited: draftState.value.edited,
      kept: kept.value,
      ...(r.ok ? {} : { renderError: r.error }),
    });
  });
  /** Errors are shown after a failed action, or for a field left with something in it. */
  const attempted = signal(false);
  const touched = signal<ReadonlySet<ComposeField>>(new Set());
  const shownErrors = computed(() => {
    const all = errors.value;
    if (attempted.value) return all;
    const shown: typeof all = {};
    for (const [field, error] of Object.entries(all) as [
      ComposeField,
      (typeof all)[ComposeField],
    ][]) {
      // A broken link in a hand-edited message is said at once (the seed's one hard rule).
      const linkBroken = field === 'message' && /^link-(removed|altered)$/.test(error?.code ?? '');
      if (linkBroken || touched.value.has(field)) shown[field] = error;
    }
    return shown;
  });
  const regionWarning = computed(
    () => engine.value?.checkSameRegion(profile.value?.country, form.value.customerCountry) ?? null,
  );

  /** The draft as it stands, in the terms of a hand-over; undefined without a valid link. */
  const currentDraft = computed((): DraftSnapshot | undefined => {
    const l = link.value;
    if (!l.ok) return undefined;
    const { subject, message } = draft.value;
    return { form: form.value, subject, message, link: l.value };
  });
  /**
   * The channel Done records: the last hand-over's, for as long as the draft is
   * what was handed over. Derived, so no edit needs to reset anything.
   */
  const handoverChannel = computed(() => channelStillValid(handedOver.value, currentDraft.value));

  return {
    profile,
    settings,
    editingProfile,
    view,
    /** Each view's component, once loaded (actions.ts `loadView`). */
    views,
    viewSources: boot.views,
    engine,
    form,
    draftState,
    link,
    rendered,
    renderedText,
    draft,
    kept,
    errors,
    attempted,
    touched,
    shownErrors,
    regionWarning,
    handedOver,
    currentDraft,
    handoverChannel,
    /** Settles once settings and the stored hand-over are in (see PopupBoot.deferredBoot). */
    loaded,
    /**
     * What storage holds, as last read or written (persist.ts): an unchanged
     * draft is not written again.
     */
    persisted: signal(''),
    /** Confirmations (role=status) and failures of an action (role=alert). */
    notice: signal<Notice | undefined>(undefined),
    /** Set when a mailto: was too long: Copy to clipboard is the way instead. */
    offerCopy: signal(false),
    insertChoice: signal<InsertChoice | undefined>(undefined),
    /** Webmail origins whose site access is withheld; undefined until first checked (handover.ts). */
    siteAccessMissing: signal<readonly string[] | undefined>(undefined),
    /** lib/handover/site-access, once loaded: its request must run synchronously in the click. */
    siteAccess: signal<typeof SiteAccess | undefined>(undefined),
    /** Undoes the last Discard draft (a discarded draft is gone from storage). */
    undo: signal<(() => void) | undefined>(undefined),
    busy: signal(false),
    suggestions: signal<Customer[]>([]),
    activeSuggestion: signal(-1),
  };
}

export type AppState = ReturnType<typeof createAppState>;

export const AppStateContext = createContext<AppState | undefined>(undefined);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside <AppStateContext.Provider>');
  return state;
}
