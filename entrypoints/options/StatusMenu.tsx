/**
 * The `Status` control (docs/ARCHITECTURE.md, "The UI contract"): a button that
 * opens a menu whose items are the statuses the invitation may take now; the
 * status itself is shown as text beside it. A menu, not a bare select, so a
 * status changes only on a deliberate choice (arrowing through a select wrote
 * every status on the way), and each change comes with an Undo (actions.ts).
 *
 * Keyboard as the ARIA menu button pattern: Enter, Space or ↓ opens on the first
 * item, ↑ on the last; ↑ ↓ Home End move; Enter or Space chooses; Esc closes and
 * returns focus to the button; Tab closes. The menu is fixed to the viewport, so
 * the list's scrolling box does not clip it, and follows the button as it scrolls.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { InvitationStatus, LatestInvitation } from '../../lib/schema';
import { label, statusLabel } from './format';
import { statusChoices } from './status-actions';

interface Props {
  latest: Pick<LatestInvitation, 'status' | 'previousStatus'>;
  /** Called with the chosen status; the caller writes it and offers the undo. */
  onChoose: (status: InvitationStatus) => void;
  disabled?: boolean;
}

/** The menu's place: under the button, or above it when the viewport has no room below. */
function placeUnder(button: HTMLElement, menu: HTMLElement): { top: number; left: number } {
  const b = button.getBoundingClientRect();
  const height = menu.offsetHeight;
  const below = b.bottom + 2;
  const top = below + height > window.innerHeight ? Math.max(4, b.top - height - 2) : below;
  const left = Math.min(b.left, window.innerWidth - menu.offsetWidth - 4);
  return { top, left: Math.max(4, left) };
}

export function StatusMenu({ latest, onChoose, disabled }: Props) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [place, setPlace] = useState({ top: -9999, left: -9999 });
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const choices = statusChoices(latest).slice(1);
  const back = latest.previousStatus;

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open || !button.current || !menu.current) return;
    setPlace(placeUnder(button.current, menu.current));
    const items = menu.current.querySelectorAll<HTMLElement>('[role=menuitem]');
    // Not scrolled to: the menu is fixed beside its button.
    (open === 'last' ? items[items.length - 1] : items[0])?.focus({ preventScroll: true });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // A click elsewhere closes the menu.
    const away = (e: Event) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    // Scrolling moves the button: the menu follows it, and closes once it is out of view.
    const follow = () => {
      const b = button.current;
      if (!b || !menu.current) return;
      const r = b.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) close(false);
      else setPlace(placeUnder(b, menu.current));
    };
    document.addEventListener('pointerdown', away, true);
    document.addEventListener('scroll', follow, true);
    return () => {
      document.removeEventListener('pointerdown', away, true);
      document.removeEventListener('scroll', follow, true);
    };
  }, [open]);

  const onMenuKey = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) =>
      items[(i + items.length) % items.length]?.focus({ preventScroll: true });
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      close(false);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const choose = (status: InvitationStatus) => {
    close(true);
    onChoose(status);
  };

  return (
    <span class="status-control">
      <span class={`status-text status-${latest.status}`}>{statusLabel(latest.status)}</span>
      <button
        ref={button}
        type="button"
        class="status-button"
        // The UI contract: exactly `Status`; the row (named by the customer) tells them apart.
        aria-label={label('options_statusSelect')}
        title={label('options_statusChange')}
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : 'false'}
        disabled={disabled || choices.length === 0}
        // The chevron is drawn by CSS, so the cell's text is the status alone.
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(e.key === 'ArrowUp' ? 'last' : 'first');
          }
        }}
      ></button>
      {open ? (
        <div
          ref={menu}
          role="menu"
          class="menu"
          aria-label={t('options_statusMenu', statusLabel(latest.status))}
          style={{ top: `${place.top}px`, left: `${place.left}px` }}
          onKeyDown={onMenuKey}
        >
          {choices.map((status) => (
            <div
              key={status}
              role="menuitem"
              tabIndex={-1}
              class={`status-${status}`}
              onClick={() => choose(status)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose(status);
                }
              }}
            >
              {status === back
                ? t('options_statusBackTo', statusLabel(status))
                : statusLabel(status)}
            </div>
          ))}
        </div>
      ) : null}
    </span>
  );
}
