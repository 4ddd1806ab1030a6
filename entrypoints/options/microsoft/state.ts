/**
 * The options page's Microsoft connection: what the card shows, in signals, and
 * the lazily loaded lib/microsoft (MSAL is not needed to show the list). Created
 * by the card and the other Microsoft controls on their own, so the page's main
 * state (../state.ts) does not change for an optional feature.
 */
import { signal } from '@preact/signals';
import type * as Microsoft from '../../../lib/microsoft';
import type { MicrosoftConfig } from '../../../lib/schema/microsoft';

export type Outcome = { ok: boolean; text: string };

export function createMicrosoftState() {
  return {
    loaded: signal(false),
    config: signal<MicrosoftConfig | undefined>(undefined),
    /** The signed-in user name, from the flag lib/storage keeps. */
    signedIn: signal<string | undefined>(undefined),
    busy: signal(false),
    outcome: signal<Outcome | undefined>(undefined),
    /** lib/microsoft once loaded: sign-in must call it in the click's own turn. */
    module: signal<typeof Microsoft | undefined>(undefined),
  };
}

export type MicrosoftState = ReturnType<typeof createMicrosoftState>;
