/**
 * One customer in the list. Its name (a row header, so each row is named by it)
 * opens the details; the `Status` select changes the latest invitation's status.
 * Every customer-supplied text is JSX text: Preact sets it as a text node, so a
 * name such as "<img onerror=…>" is shown, never parsed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ListRow } from '../../lib/list';
import type { InvitationStatus, LatestInvitation } from '../../lib/schema';
import { setStatus, statusChoices } from './actions';
import { formatDate, label, shortCloudLabel, statusLabel, yesNo } from './format';
import { useAppState } from './state';

/**
 * Arrow keys on a closed <select> fire `change` at every step (Chrome on Windows
 * and Linux), so a keyboard user passing over "Declined" on the way to "Expired"
 * must not decline the invitation: the status is written once the choice has
 * settled for this long, or at once when focus leaves the select.
 */
const SETTLE_MS = 600;

/**
 * `latest` is passed although `row` holds it: a status change replaces it in the
 * row in place, and @preact/signals skips re-rendering a component with hook state
 * whose props are all the same objects as before.
 */
function StatusSelect({ row, latest }: { row: ListRow; latest: LatestInvitation | undefined }) {
  const state = useAppState();
  const [choice, setChoice] = useState<InvitationStatus | undefined>(undefined);
  const pending = useRef<
    { status: InvitationStatus; timer: ReturnType<typeof setTimeout> } | undefined
  >(undefined);
  const current = useRef(row);
  current.current = row;
  const commit = (mounted = true) => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = undefined;
    if (mounted) setChoice(undefined);
    void setStatus(state, current.current, p.status);
  };
  // A row scrolled out of view is unmounted: its pending choice is still written.
  useEffect(() => () => commit(false), []);

  if (!latest) {
    return (
      <select aria-label={label('options_statusSelect')} disabled class="status-select">
        <option>{label('options_noInvitation')}</option>
      </select>
    );
  }
  const back = latest.previousStatus;
  return (
    <select
      // The UI contract: exactly `Status`; the row (named by the customer) tells them apart.
      aria-label={label('options_statusSelect')}
      class={`status-select status-${latest.status}`}
      value={choice ?? latest.status}
      onChange={(e) => {
        const status = e.currentTarget.value as InvitationStatus;
        if (pending.current) clearTimeout(pending.current.timer);
        pending.current = { status, timer: setTimeout(() => commit(), SETTLE_MS) };
        setChoice(status);
      }}
      onBlur={() => commit()}
    >
      {statusChoices(latest).map((status) => (
        <option key={status} value={status}>
          {status === back && status !== latest.status
            ? t('options_statusBackTo', statusLabel(status))
            : statusLabel(status)}
        </option>
      ))}
    </select>
  );
}

export function CustomerRow({
  row,
  index,
  selected,
  days,
}: {
  row: ListRow;
  index: number;
  selected: boolean;
  days: number | undefined;
}) {
  const state = useAppState();
  const { customer, latest } = row;
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
        <StatusSelect row={row} latest={row.latest} />
      </td>
      <td class="col-sent">{formatDate(latest?.sentAt)}</td>
      <td class="col-waiting">{days === undefined ? '' : String(days)}</td>
    </tr>
  );
}
