/**
 * Keeps the URL fragment in step with the view (search, filters, sort, scroll, the
 * open customer), so a reload or a shared link lands in the same place; and takes
 * the view from the fragment when it is changed from outside (the address bar).
 */
import { effect } from '@preact/signals';
import { parseViewHash, type ViewState, viewHash } from '../../lib/list';
import { type AppState, currentView } from './state';

function apply(state: AppState, view: ViewState): void {
  state.query.value = view.query;
  state.status.value = view.status;
  state.cloud.value = view.cloud;
  state.waitingDays.value = view.waitingDays;
  state.followUp.value = view.followUp;
  state.gdap.value = view.gdap;
  state.sort.value = view.sort;
  state.direction.value = view.direction;
  state.openCustomer.value = view.customer;
}

/**
 * Writes are batched: scrolling changes the view every frame, and browsers throttle
 * a page that calls history.replaceState that often.
 */
const WRITE_DELAY_MS = 100;

export function syncViewWithUrl(state: AppState): () => void {
  let wanted = location.hash;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    if (wanted !== location.hash && !(wanted === '' && location.hash === '#')) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${wanted}`);
    }
  };
  const stop = effect(() => {
    wanted = viewHash(currentView(state));
    timer ??= setTimeout(write, WRITE_DELAY_MS);
  });
  const onHashChange = () => {
    if (location.hash !== wanted) apply(state, parseViewHash(location.hash));
  };
  addEventListener('hashchange', onHashChange);
  // A reload right after a change still finds the position.
  addEventListener('pagehide', write);
  return () => {
    stop();
    clearTimeout(timer);
    removeEventListener('hashchange', onHashChange);
    removeEventListener('pagehide', write);
  };
}
