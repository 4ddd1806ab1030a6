/**
 * The invitation logic the popup needs once the form is on screen: the link, the
 * draft renderer, the field checks (typos, GDAP link, the link in an edited
 * message) and the CSP-region warning. Loaded right after the first paint, so
 * the form appears without waiting for it; actions that need it await it.
 */
export { gdapLinkOf, invitationLinkFor } from '../../lib/form/link';
export { validateCompose } from '../../lib/form/validate';
export { checkSameRegion, renderDraft, restoreLink, signerOf } from '../../lib/invitation';
