/**
 * What the popup derives from its fields (docs/ARCHITECTURE.md, "State and
 * actions in the pages"): the link, the rendered draft, what the text boxes
 * show, the errors and which of them show. All `computed`, never copied, so a
 * field change flows through to the draft and the checks at once.
 *
 * Until the invitation logic (`engine`) arrives just after the first paint, the
 * draft boxes show the unfinished draft as it was saved, which is the current
 * text by construction (persist.ts).
 */
import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { type DraftState, shownDraft } from '../../lib/form/draft-state';
import type { FieldErrors } from '../../lib/form/field-error';
import type { ComposeField } from '../../lib/form/fields';
import type { InvitationDraft } from '../../lib/invitation';
import type {
  AppError,
  ComposeForm,
  PartnerProfile,
  Result,
  Settings,
  UnfinishedDraft,
} from '../../lib/schema';
import type * as Engine from './engine';

function notYet(code: 'profile-missing' | 'engine-loading'): { ok: false; error: AppError } {
  return { ok: false, error: { code, message: code } };
}

interface DraftInputs {
  profile: Signal<PartnerProfile | undefined>;
  settings: Signal<Settings>;
  engine: Signal<typeof Engine | undefined>;
  form: Signal<ComposeForm>;
  draftState: Signal<DraftState>;
  /** The unfinished draft read at start. */
  saved: UnfinishedDraft | undefined;
}

export function draftComputeds({
  profile,
  settings,
  engine,
  form,
  draftState,
  saved,
}: DraftInputs) {
  const link = computed((): Result<string> => {
    const e = engine.value;
    const f = form.value;
    if (!profile.value) return notYet('profile-missing');
    // A reminder carries the very link the customer already has (lib/form/carry-over.ts).
    if (f.purpose === 'reminder' && f.openInvitationLink)
      return { ok: true, value: f.openInvitationLink };
    if (!e) return saved?.link ? { ok: true, value: saved.link } : notYet('engine-loading');
    return e.invitationLinkFor(f, profile.value, settings.value);
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
      ...e.signerOf(p),
      link: l.value,
      gdapLink: f.gdapLink,
      ...(f.openInvitationSentAt === undefined ? {} : { sentAt: f.openInvitationSentAt }),
      templates: settings.value.templates,
    });
  });
  const renderedText = computed(() => {
    if (rendered.value.ok) return rendered.value.value;
    // Before the engine arrives: the saved draft, which was the rendered text then.
    if (!engine.value && saved && !saved.edited) {
      return { subject: saved.subject, text: saved.message };
    }
    return undefined;
  });
  const draft = computed(() => shownDraft(draftState.value, renderedText.value));
  return { link, rendered, renderedText, draft };
}

interface CheckInputs extends Pick<DraftInputs, 'engine' | 'form' | 'draftState'> {
  link: ReadonlySignal<Result<string>>;
  rendered: ReadonlySignal<Result<InvitationDraft>>;
  draft: ReadonlySignal<{ subject: string; message: string }>;
}

const linkBroken = (field: ComposeField, code: string | undefined) =>
  field === 'message' && /^link-(removed|altered)$/.test(code ?? '');

export function checkComputeds({ engine, form, draftState, link, rendered, draft }: CheckInputs) {
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
  /** Errors show after a failed action, or for a field left with something in it. */
  const attempted = signal(false);
  const touched = signal<ReadonlySet<ComposeField>>(new Set());
  const shownErrors = computed(() => {
    const all = errors.value;
    const shown: typeof all = {};
    for (const [field, error] of Object.entries(all) as [
      ComposeField,
      (typeof all)[ComposeField],
    ][]) {
      // A broken link in a hand-edited message is said at once (the seed's one hard rule).
      if (linkBroken(field, error?.code) || attempted.value || touched.value.has(field)) {
        shown[field] = error;
      }
    }
    return shown;
  });
  return { kept, errors, attempted, touched, shownErrors };
}
