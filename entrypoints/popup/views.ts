/**
 * The popup's two views, both in the popup's own bundle: the compose form (what
 * the popup shows every day) and the partner profile (first use, Edit profile).
 * A chunk of its own made first use a quarter slower (a second file, fetched
 * after storage answered) and saved the compose form nothing measurable
 * (docs/ARCHITECTURE.md, "Popup start-up"). The parts and the hand-over's code
 * below are loaded apart, through sources passed in at start, which keeps the
 * actions free of imports of the components.
 */
import type { FunctionComponent } from 'preact';
import ComposeView from './ComposeView';
import ProfileView from './ProfileView';
import type { HandoverModule, PartName, PartSource, ViewName } from './state';

export const VIEWS: Readonly<Record<ViewName, FunctionComponent>> = {
  compose: ComposeView,
  profile: ProfileView,
};

/**
 * Parts of the compose view in chunks of their own: the request options' fields
 * (collapsed), the notices (shown once storage was read back), the suggestions
 * (shown once the database answered).
 */
export const PART_SOURCES: Readonly<Record<PartName, PartSource>> = {
  requestFields: { load: () => import('./RequestFields') },
  notices: { load: () => import('./Notices') },
  suggestions: { load: () => import('./Suggestions') },
};

/** The hand-over buttons' code, needed at the first click. */
export const HANDOVER_SOURCE = (): Promise<HandoverModule> => import('./handover');
