/**
 * The popup's two views, both in the popup's own bundle: the compose form (what
 * the popup shows every day) and the partner profile (first use, Edit profile).
 * A chunk of its own made first use a third slower (a second file fetched after
 * storage answered) and saved the compose form nothing measurable
 * (docs/ARCHITECTURE.md, "Popup start-up"). Which of them are loaded is kept in
 * the state (`views`, `parts`), not here. Loading through these sources
 * (passed in at start) keeps the actions free of imports of the components.
 */
import ComposeView from './ComposeView';
import ProfileView from './ProfileView';
import type { HandoverModule, PartName, ViewName, ViewSource } from './state';

export const VIEW_SOURCES: Readonly<Record<ViewName, ViewSource>> = {
  compose: { component: ComposeView, load: () => Promise.resolve({ default: ComposeView }) },
  profile: { component: ProfileView, load: () => Promise.resolve({ default: ProfileView }) },
};

/**
 * Parts of the compose view in chunks of their own: the request options' fields
 * (collapsed), the notices (shown once storage was read back), the suggestions
 * (shown once the database answered).
 */
export const PART_SOURCES: Readonly<Record<PartName, ViewSource>> = {
  requestFields: { load: () => import('./RequestFields') },
  notices: { load: () => import('./Notices') },
  suggestions: { load: () => import('./Suggestions') },
};

/** The hand-over buttons' code, needed at the first click. */
export const HANDOVER_SOURCE = (): Promise<HandoverModule> => import('./handover');
