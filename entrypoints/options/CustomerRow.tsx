/**
 * One customer in the list. Its name (a row header, so each row is named by it)
 * opens the details; its latest invitation's status is text, changed through the
 * `Status` menu (StatusMenu.tsx) with an undo. Every customer-supplied text is
 * JSX text: Preact sets it as a text node, so a name such as "<img onerror=…>" is
 * shown, never parsed.
 */
import { t } from '../../lib/i18n';
import type { ListRow } from '../../lib/list';
import type { Customer, LatestInvitation } from '../../lib/schema';
import { formatDate, formatShortDate, label, shortCloudLabel, yesNo } from './format';
import { StatusMenu } from './StatusMenu';
import { useAppState } from './state';
import { setRowStatus } from './status-actions';

/** "12 May (2×)": when the customer was last reminded (short enough for the cell), and how often. */
export function reminderText(latest: LatestInvitation | undefined): string {
  if (!latest?.lastFollowUpAt) return '';
  return t(
    'options_reminderCell',
    formatShortDate(latest.lastFollowUpAt),
    String(latest.followUpCount ?? 1),
  );
}

/**
 * `customer` and `latest` are passed although `row` holds them: a change replaces
 * them in the row in place, and a component whose props are all the same objects
 * as before may be skipped by @preact/signals.
 */
export function CustomerRow({
  row,
  customer,
  latest,
  index,
  selected,
  days,
}: {
  row: ListRow;
  customer: Customer;
  latest: LatestInvitation | undefined;
  index: number;
  selected: boolean;
  days: number | undefined;
}) {
  const state = useAppState();
  return (
    <tr aria-rowindex={index} class={selected ? 'selected' : undefined}>
      <td class="col-select">
        <input
          type="checkbox"
          aria-label={t('options_selectCustomer', customer.name)}
          checked={selected}
          onChange={(e) => {
            const next = new Set(state.selection.value);
            if (e.currentTarget.checked) next.add(row.id);
            else next.delete(row.id);
            state.selection.value = next;
          }}
        />
      </td>
      <th scope="row" class="col-name">
        <button
          type="button"
          class="link name"
          title={customer.name}
          onClick={() => {
            state.openCustomer.value = row.id;
          }}
        >
          {/* Isolated, so a right-to-left name cannot reorder what stands around it. */}
          <bdi>{customer.name}</bdi>
        </button>
      </th>
      <td class="col-contact">
        <bdi class="line">{customer.contactName}</bdi>
        <span class="line sub">{customer.contactEmail}</span>
      </td>
      <td class="col-domain">{customer.domain}</td>
      <td class="col-cloud">{shortCloudLabel(customer.cloud)}</td>
      <td class="col-admin">{latest ? yesNo(latest.adminPrivileges) : ''}</td>
      <td class="col-status">
        {latest ? (
          <StatusMenu latest={latest} onChoose={(status) => setRowStatus(state, row, status)} />
        ) : (
          <span class="status-control">
            <span class="status-text status-none">{label('options_noInvitation')}</span>
          </span>
        )}
      </td>
      <td class="col-sent">{formatDate(latest?.sentAt)}</td>
      <td class="col-waiting">{days === undefined ? '' : String(days)}</td>
      <td class="col-reminder">{reminderText(latest)}</td>
    </tr>
  );
}
