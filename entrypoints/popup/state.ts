/**
 * The popup's state (docs/ARCHITECTURE.md, "State and actions in the pages"):
 * one `createAppState()` of signals and computed values, handed down through
 * context. What can be derived is `computed` (derived.ts for the draft and its
 * checks); whether a hand-over still counts, whether it is pending, whether a
 * draft is being continued are derived too, never reset by hand.
 *
 * Nothing mutable lives at module level in the popup: what a module would keep
 * (which views are loaded, what storage holds) is a field of this state.
 */
import { computed, type Signal, signal } from '@preact/signals';
import { createContext, type FunctionComponent } from 'preact';
import { useContext } from 'preact/hooks';
import { type DraftState, FOLLOWING_FIELDS } from '../../lib/form/draft-state';
import { isBlankForm, newComposeForm } from '../../lib/form/form';
import { channelStillValid, type DraftSnapshot, type HandedOver } from '../../lib/form/handed-over';
import type * as SiteAccess from '../../lib/handover/site-access';
import type {
  ComposeForm,
  Customer,
  LatestInvitation,
  PartnerProfile,
  Settings,
  UnfinishedDraft,
} from '../../lib/schema';
import { defaultSettings } from '../../lib/schema/quick-stored';
import { checkComputeds, draftComputeds } from './derived';
import type * as Engine from './engine';

export type ViewName = 'compose' | 'profile';
/** Parts of the compose view the first paint does without, each a chunk of its own. */
export type PartName = 'requestFields' | 'notices' | 'suggestions';

export type HandoverKind = 'insert' | 'mail-app' | 'copy' | 'done';
/** The tab or compose window picked after Insert into compose asked, or a new compose. */
export type InsertTarget = { tabId?: number; composeId?: string; newCompose?: boolean };

/** What handover.ts offers; loaded on the first click (or when idle), not for the first paint. */
export interface HandoverModule {
  handOver(
    state: AppState,
    kind: HandoverKind,
    target?: InsertTarget,
    access?: Promise<SiteAccess.SiteAccessAnswer>,
  ): Promise<void>;
  settlePending(state: AppState, how: 'sent' | 'discard'): Promise<void>;
  discard(state: AppState): void;
}

/** Where a part of the compose view comes from: its own chunk, fetched once (views.ts). */
export interface PartSource {
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
  /** The parts loaded apart, and the hand-over's code (views.ts). */
  parts: Record<PartName, PartSource>;
  handover: () => Promise<HandoverModule>;
  /** The engine and the draft store wait for it (`loaded`); the form does not. */
  deferredBoot: Promise<DeferredBoot>;
  /** The browser's UI language (lib/i18n), for the e-mail language of a new draft. */
  uiLanguage: string;
  /** When the popup opened (epoch ms): a hand-over from before is shown as pending. */
  openedAt: number;
}

export type Notice = { kind: 'ok' | 'error'; text: string };

/** A choice the partner must make before Insert into compose can go on. */
export type InsertChoice =
  | { kind: 'tab'; options: { id: number; label: string }[] }
  | { kind: 'compose'; tabId: number; options: { id: string; label: string }[] }
  /** Site access was refused: offer a prefilled new compose instead. */
  | { kind: 'new-compose' };

/** A customer offered while typing, with the state of its latest invitation in words. */
export interface Suggested {
  customer: Customer;
  latest?: LatestInvitation;
  line?: string;
}

/** The request options behind the disclosure; a hand-over refused for one of them opens it. */
export const REQUEST_FIELDS = [
  'cloud',
  'relationshipType',
  'providerTenantId',
  'gdapLink',
] as const;

export function createAppState(boot: PopupBoot) {
  const profile = signal(boot.profile);
  const settings = signal<Settings>(defaultSettings());
  /** The last hand-over: its channel, the draft as handed over, its draft record. */
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
  const engine = signal<typeof Engine | undefined>(undefined);
  const form = signal<ComposeForm>(
    boot.draft?.form ?? newComposeForm(boot.profile, boot.uiLanguage),
  );
  const draftState = signal<DraftState>(
    boot.draft?.edited
      ? { edited: true, subject: boot.draft.subject, message: boot.draft.message }
      : FOLLOWING_FIELDS,
  );
  const drafted = draftComputeds({
    profile,
    settings,
    engine,
    form,
    draftState,
    saved: boot.draft,
  });
  const checks = checkComputeds({ engine, form, draftState, ...drafted });
  const regionWarning = computed(
    () => engine.value?.checkSameRegion(profile.value?.country, form.value.customerCountry) ?? null,
  );

  /** The draft as it stands, in the terms of a hand-over; undefined without a valid link. */
  const currentDraft = computed((): DraftSnapshot | undefined => {
    const l = drafted.link.value;
    if (!l.ok) return undefined;
    const { subject, message } = drafted.draft.value;
    return { form: form.value, subject, message, link: l.value };
  });
  /** The channel Done records: the last hand-over's, while the draft is what was handed over. */
  const handoverChannel = computed(() => channelStillValid(handedOver.value, currentDraft.value));
  /** Set once the stored hand-over's record was read back (record.ts `checkPending`). */
  const pendingChecked = signal(false);
  /** A hand-over from before this popup opened, still waiting for Mark as sent or Discard. */
  const pending = computed(() => {
    const h = handedOver.value;
    return h && pendingChecked.value && (h.at ?? 0) < boot.openedAt ? h : undefined;
  });
  /** The unfinished draft the popup opened on, for as long as it is that customer's. */
  const continuing = computed(() => {
    const saved = boot.draft;
    const f = form.value;
    if (!saved || !pendingChecked.value || pending.value) return undefined;
    if (isBlankForm(f, profile.value, boot.uiLanguage)) return undefined;
    return f.customerName === saved.form.customerName ? { name: f.customerName.trim() } : undefined;
  });
  /** Whether the request options are open: by the partner, or by a hand-over they block (ready.ts). */
  const requestOpen = signal(false);
  /** The picked customer's latest invitation in words, while that customer is in the form. */
  const picked = signal<{ customerId: string; line: string } | undefined>(undefined);
  const pickedLine = computed(() =>
    picked.value && picked.value.customerId === form.value.customerId
      ? picked.value.line
      : undefined,
  );

  return {
    profile,
    settings,
    uiLanguage: boot.uiLanguage,
    editingProfile,
    view,
    engine,
    form,
    draftState,
    ...drafted,
    ...checks,
    regionWarning,
    handedOver,
    currentDraft,
    handoverChannel,
    pendingChecked,
    pending,
    continuing,
    requestOpen,
    /** Each part's component, once loaded (actions.ts `loadPart`). */
    parts: {
      requestFields: signal<FunctionComponent | undefined>(undefined),
      notices: signal<FunctionComponent | undefined>(undefined),
      suggestions: signal<FunctionComponent | undefined>(undefined),
    } satisfies Record<PartName, Signal<FunctionComponent | undefined>>,
    partSources: boot.parts,
    loadHandover: boot.handover,
    messageLarge: signal(false),
    picked,
    pickedLine,
    /** A pick still reading the customer's last invitation: hand-overs wait for it. */
    picking: signal<Promise<void> | undefined>(undefined),
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
    /** Webmail origins whose site access is withheld; undefined until first checked (site-access.ts). */
    siteAccessMissing: signal<readonly string[] | undefined>(undefined),
    /** lib/handover/site-access, once loaded: its request must run synchronously in the click. */
    siteAccess: signal<typeof SiteAccess | undefined>(undefined),
    /** Undoes the last Discard draft (a discarded draft is gone from storage). */
    undo: signal<(() => void) | undefined>(undefined),
    busy: signal(false),
    suggestions: signal<Suggested[]>([]),
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
