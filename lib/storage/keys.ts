/** Where each piece of extension storage lives: read by lib/storage and by the popup's first reads. */
export const PROFILE_KEY = 'profile';
export const SETTINGS_KEY = 'settings';
export const DRAFT_KEY = 'unfinishedDraft';
/**
 * The last hand-over (lib/schema HandedOverSchema), beside the unfinished draft:
 * written by the popup, and by the background after a context-menu insert.
 */
export const HANDED_OVER_KEY = 'popupLastChannel';
