/**
 * The popup's two views: the compose form, part of the popup's own bundle (it
 * is what the popup shows every day), and the partner profile, its own chunk,
 * loaded only on first use or for Edit profile. Which of them are loaded is
 * kept in the state (`views`, `parts`), not here. Loading through these sources
 * (passed in at start) keeps the actions free of imports of the components.
 */
import ComposeView from './ComposeView';
import type { HandoverModule, PartName, ViewName, ViewSource } from './state';

export const VIEW_SOURCES: Readonly<Record<ViewName, ViewSource>> = {
  compose: { component: ComposeView, load: () => Promise.resolve({ default: ComposeView }) },
  profile: { load: () => import('./ProfileView') },
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
