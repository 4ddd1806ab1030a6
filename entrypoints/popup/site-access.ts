/**
 * Withheld site access, from the popup's side: kept current from the start, and
 * asked for within the Insert click itself, the only moment a browser allows
 * `permissions.request` (lib/handover/site-access). Small and in the start-up
 * bundle, since the click cannot wait for a chunk; the code it drives is loaded
 * after the first paint.
 */
import type { SiteAccessAnswer } from '../../lib/handover/site-access';
import type { AppState, HandoverKind, InsertTarget } from './state';

/** Keeps `state.siteAccessMissing` current from the popup's start. */
export async function watchSiteAccess(state: AppState): Promise<void> {
  // Loaded after the first paint (the popup's start-up budget); a click before
  // that, within a few milliseconds of opening, goes ahead without asking.
  const siteAccess = await import('../../lib/handover/site-access');
  state.siteAccess.value = siteAccess;
  const check = () =>
    void siteAccess.missingSiteAccess().then(
      (missing) => {
        state.siteAccessMissing.value = missing;
      },
      () => {
        state.siteAccessMissing.value = [];
      },
    );
  check();
  siteAccess.onSiteAccessChange(check);
}

/**
 * Asks for the missing site access when this click is an Insert (not the
 * prefilled new compose offered after a refusal); must be called before any
 * `await` of the click. Undefined when nothing is asked.
 */
export function askSiteAccessInClick(
  state: AppState,
  kind: HandoverKind,
  target: InsertTarget,
): Promise<SiteAccessAnswer> | undefined {
  const siteAccess = state.siteAccess.value;
  if (kind !== 'insert' || target.newCompose || !siteAccess || state.busy.value) return undefined;
  const access = siteAccess.askSiteAccessInGesture(state.siteAccessMissing.value);
  void access?.then((answer) => {
    if (answer === 'granted') state.siteAccessMissing.value = [];
  });
  return access;
}
