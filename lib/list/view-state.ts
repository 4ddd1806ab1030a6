/**
 * Where the partner is in the list — search, filters, sort, scroll position, the
 * open customer — as the URL fragment of the options page. A reload keeps it,
 * and the reminder notification opens `options.html#followup=1` to show exactly
 * the customers it listed. Whatever the fragment says is checked field by field:
 * a wrong value falls back to its default, never breaks the page.
 */
import { CLOUDS, INVITATION_STATUSES } from '../schema';
import type { CloudFilter, ListFilter, StatusFilter } from './filter';
import { SORT_KEYS, type SortDirection, type SortKey } from './sort';

export interface ViewState extends ListFilter {
  sort: SortKey;
  direction: SortDirection;
  /** Index of the first row in view. */
  top: number;
  /** The customer whose details are open. */
  customer?: string;
}

export const DEFAULT_VIEW: ViewState = {
  query: '',
  status: 'all',
  cloud: 'all',
  followUp: false,
  gdap: false,
  sort: 'name',
  direction: 'asc',
  top: 0,
};

const STATUS_FILTERS: readonly string[] = ['all', 'none', ...INVITATION_STATUSES];
const CLOUD_FILTERS: readonly string[] = ['all', ...CLOUDS];
const MAX_DAYS = 3650;

function oneOf<T extends string>(value: string | null, allowed: readonly string[], fallback: T): T {
  return value !== null && allowed.includes(value) ? (value as T) : fallback;
}

function count(value: string | null, max: number): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= max ? n : undefined;
}

/** The view a fragment describes (`#q=zurich&status=sent&sort=sent&dir=desc`). */
export function parseViewHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const waitingDays = count(p.get('waiting'), MAX_DAYS);
  const customer = p.get('customer');
  return {
    query: (p.get('q') ?? '').slice(0, 200),
    status: oneOf<StatusFilter>(p.get('status'), STATUS_FILTERS, 'all'),
    cloud: oneOf<CloudFilter>(p.get('cloud'), CLOUD_FILTERS, 'all'),
    ...(waitingDays === undefined ? {} : { waitingDays }),
    followUp: p.get('followup') === '1',
    gdap: p.get('gdap') === '1',
    sort: oneOf<SortKey>(p.get('sort'), SORT_KEYS, 'name'),
    direction: oneOf<SortDirection>(p.get('dir'), ['asc', 'desc'], 'asc'),
    top: count(p.get('top'), Number.MAX_SAFE_INTEGER) ?? 0,
    ...(customer ? { customer } : {}),
  };
}

/** The fragment for a view; defaults are left out, so the plain list is `''`. */
export function viewHash(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.query !== '') p.set('q', view.query);
  if (view.status !== 'all') p.set('status', view.status);
  if (view.cloud !== 'all') p.set('cloud', view.cloud);
  if (view.waitingDays !== undefined) p.set('waiting', String(view.waitingDays));
  if (view.followUp) p.set('followup', '1');
  if (view.gdap) p.set('gdap', '1');
  if (view.sort !== 'name') p.set('sort', view.sort);
  if (view.direction !== 'asc') p.set('dir', view.direction);
  if (view.top > 0) p.set('top', String(view.top));
  if (view.customer) p.set('customer', view.customer);
  const text = p.toString();
  return text === '' ? '' : `#${text}`;
}

/** Whether the first rows can be read from the name index before the whole list is loaded. */
export function isPlainNameOrder(view: ViewState): boolean {
  return (
    view.sort === 'name' &&
    view.query.trim() === '' &&
    view.status === 'all' &&
    view.cloud === 'all' &&
    view.waitingDays === undefined &&
    !view.followUp &&
    !view.gdap &&
    view.top === 0
  );
}
