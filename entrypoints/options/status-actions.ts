/**
 * Status changes from the list's and the details' `Status` menus, and for a
 * selection. Each write goes through lib/db; the row is patched at once (the
 * database's change announcement patches it again, from the record: live.ts), and
 * every single change is offered for undo: lib/db always allows going back one
 * step (status-transitions.ts).
 */
import {
  allowedNextStatuses,
  changeStatus,
  checkTransition,
  summarizeInvitations,
} from '../../lib/db';
import { t } from '../../lib/i18n';
import type { ListRow } from '../../lib/list';
import type { Invitation, InvitationStatus, LatestInvitation } from '../../lib/schema';
import { statusLabel } from './format';
import { refreshBadge } from './load';
import { type AppState, showToast, touchRows } from './state';

type Transition = Pick<LatestInvitation, 'status' | 'previousStatus'>;

export function rowById(state: AppState, id: string): ListRow | undefined {
  return state.rows.value.find((row) => row.id === id);
}

/**
 * A latest invitation as lib/db's transition rules read it: its status and, for
 * an undo, the one before (the row keeps no more of its history).
 */
function transitionOf(latest: Transition): Pick<Invitation, 'status' | 'history'> {
  const history = latest.previousStatus
    ? [
        { status: latest.previousStatus, at: 0 },
        { status: latest.status, at: 0 },
      ]
    : [];
  return { status: latest.status, history };
}

/** The current status first, then every status the invitation may take now. */
export function statusChoices(latest: Transition): InvitationStatus[] {
  return [latest.status, ...allowedNextStatuses(transitionOf(latest))];
}

/** The row's summary after its latest invitation changed (it stays the latest). */
function patchRow(state: AppState, customerId: string, invitation: Invitation): void {
  const row = rowById(state, customerId);
  const summary = summarizeInvitations([invitation]);
  if (row?.latest?.invitationId === invitation.id && summary) {
    row.latest = { ...row.latest, ...summary, count: row.latest.count };
  }
  touchRows(state);
}

/**
 * One invitation's status, from a `Status` menu. The toast says what changed and
 * offers Undo, which puts the status before back (and is itself a change).
 */
export async function setStatus(
  state: AppState,
  target: {
    customerId: string;
    customerName: string;
    invitationId: string;
    from: InvitationStatus;
  },
  status: InvitationStatus,
): Promise<boolean> {
  if (target.from === status) return false;
  const result = await changeStatus(target.invitationId, status);
  if (!result.ok) {
    showToast(state, { kind: 'error', text: t('options_statusFailed', result.error.message) });
    return false;
  }
  patchRow(state, target.customerId, result.value);
  refreshBadge();
  showToast(state, {
    kind: 'ok',
    text: t('options_statusChanged', target.customerName, statusLabel(status)),
    undo: async () => {
      const back = await changeStatus(target.invitationId, target.from);
      if (!back.ok) {
        showToast(state, { kind: 'error', text: t('options_statusFailed', back.error.message) });
        return;
      }
      patchRow(state, target.customerId, back.value);
      refreshBadge();
      showToast(state, {
        kind: 'ok',
        text: t('options_statusChanged', target.customerName, statusLabel(target.from)),
      });
    },
  });
  return true;
}

/** A row's `Status` menu: the customer's latest invitation. */
export function setRowStatus(state: AppState, row: ListRow, status: InvitationStatus): void {
  if (!row.latest) return;
  void setStatus(
    state,
    {
      customerId: row.id,
      customerName: row.customer.name,
      invitationId: row.latest.invitationId,
      from: row.latest.status,
    },
    status,
  );
}

/** Bulk: every selected customer whose latest invitation may take the status. */
export async function setStatusOfSelection(
  state: AppState,
  status: InvitationStatus,
): Promise<void> {
  let changed = 0;
  let skipped = 0;
  for (const id of state.selection.value) {
    const row = rowById(state, id);
    const latest = row?.latest;
    if (!row || !latest || checkTransition(transitionOf(latest), status)) {
      skipped++;
      continue;
    }
    const result = await changeStatus(latest.invitationId, status);
    if (result.ok) {
      patchRow(state, id, result.value);
      changed++;
    } else skipped++;
  }
  touchRows(state);
  showToast(state, {
    kind: skipped > 0 && changed === 0 ? 'error' : 'ok',
    text: t('options_bulkStatusDone', String(changed), statusLabel(status), String(skipped)),
  });
  refreshBadge();
}
