/**
 * The seed's draft rule, done better: the draft follows the fields until the
 * partner edits it by hand; from then on their text is kept (and saved) as typed
 * until they reset it. Editing it back to exactly the rendered text lets it
 * follow the fields again.
 */

export interface DraftState {
  /** True once subject or message was edited by hand. */
  edited: boolean;
  /** The hand-edited texts; meaningful only while `edited`. */
  subject: string;
  message: string;
}

/** What the renderer made of the fields, or undefined when it cannot render yet. */
export interface RenderedText {
  subject: string;
  text: string;
}

export interface ShownDraft {
  subject: string;
  message: string;
}

export const FOLLOWING_FIELDS: DraftState = { edited: false, subject: '', message: '' };

export function shownDraft(state: DraftState, rendered: RenderedText | undefined): ShownDraft {
  if (state.edited) return { subject: state.subject, message: state.message };
  return { subject: rendered?.subject ?? '', message: rendered?.text ?? '' };
}

/** The partner typed into the subject or the message. */
export function editDraft(
  state: DraftState,
  rendered: RenderedText | undefined,
  part: keyof ShownDraft,
  value: string,
): DraftState {
  const next = { ...shownDraft(state, rendered), [part]: value };
  if (rendered && next.subject === rendered.subject && next.message === rendered.text) {
    return FOLLOWING_FIELDS;
  }
  return { edited: true, subject: next.subject, message: next.message };
}
