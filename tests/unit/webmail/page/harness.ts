/**
 * Loads a saved compose fixture into happy-dom's document and builds the same
 * insert environment the content script builds, with a caret memory whose
 * listeners a test can drive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InsertPayload, InsertResponse } from '../../../../lib/schema';
import { type CaretMemory, watchCaret } from '../../../../lib/webmail/page/caret';
import { type InsertEnvironment, insertInvitation } from '../../../../lib/webmail/page/insert';
import type { WebmailAdapter } from '../../../../lib/webmail/page/types';

export function loadFixture(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../../../fixtures/webmail', name), 'utf8');
  document.open();
  document.write(html);
  document.close();
  return document;
}

export const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=9b1c3f5e-2d4a-4e6b-8c7d-0a1b2c3d4e5f#/BillingAccounts/partner-invitation';
export const GDAP_LINK =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5c1e2d3f-0000-4000-8000-000000000001-a1b2c3d4';

export const PAYLOAD: InsertPayload = {
  to: 'it@contoso.com',
  subject: 'Invitation: Contoso Partner IT as your Microsoft reseller',
  text: `Hello Jan,\n\nPlease accept us as your Microsoft reseller:\n${LINK}\n\nKind regards,\nAnna`,
  link: LINK,
};

export interface Harness {
  doc: Document;
  memory: CaretMemory;
  env: InsertEnvironment;
  /** Functions handed to `later`, run by `flushLater()`. */
  pending: Array<() => void>;
  flushLater(): void;
  insert(payload?: Partial<InsertPayload>): Promise<InsertResponse>;
}

export function harness(adapter: WebmailAdapter, fixture: string): Harness {
  const doc = loadFixture(fixture);
  const memory = watchCaret(doc, adapter.bodyAround, (target, type, handler) =>
    target.addEventListener(type, handler),
  );
  const pending: Array<() => void> = [];
  const env: InsertEnvironment = {
    adapter,
    documents: () => [doc],
    memory,
    defer: (run) => {
      pending.push(run);
    },
    // happy-dom paints no frames: the next task stands in for one.
    nextFrame: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
  return {
    doc,
    memory,
    env,
    pending,
    flushLater: () => {
      for (const run of pending.splice(0)) run();
    },
    insert: (payload = {}) => insertInvitation(env, { ...PAYLOAD, ...payload }),
  };
}

/** Puts the caret in `el` at `offset` and lets the page see it, as a click would. */
export function placeCaret(el: Node, offset = 0): void {
  const doc = el.ownerDocument ?? document;
  const range = doc.createRange();
  range.setStart(el, offset);
  range.collapse(true);
  const selection = doc.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const focusable = (el.nodeType === 1 ? el : el.parentElement) as HTMLElement;
  focusable.closest<HTMLElement>('[contenteditable="true"]')?.focus();
  doc.dispatchEvent(new Event('selectionchange'));
}

/** The compose of a fixture by its `data-fixture-compose` name. */
export function fixtureCompose(doc: Document, name: string): HTMLElement {
  return doc.querySelector<HTMLElement>(`[data-fixture-compose="${name}"]`)!;
}
