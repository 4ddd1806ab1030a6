import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopupReads } from '../lib/storage/early';

// The popup's storage reads, started by a classic script in popup.html's head: it
// runs while the page is still being parsed, well before the popup's module has
// loaded, so storage answers while that module loads and runs (docs/ARCHITECTURE.md,
// "Popup start-up"). The module takes the reads from the page's global object.
export default defineUnlistedScript(startPopupReads);
