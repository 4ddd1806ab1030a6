/**
 * What the content script hands the in-compose dialog (a chunk loaded on the
 * first click: entrypoints/compose-dialog.ts). Types only, so the content
 * script at rest carries none of the dialog's code.
 */
import type { ComposeRequest, InsertPayload, InsertResponse } from '../../../schema/messages';

export interface DialogHost {
  doc: Document;
  /** The compose window's button: the focus goes back to it when the dialog closes. */
  anchor: HTMLElement;
  /** A request to the background (lib/messaging/compose-request.ts). */
  ask(request: ComposeRequest): Promise<unknown>;
  /** Inserts into the compose window the button belongs to, through the popup's insert path. */
  insert(payload: InsertPayload): Promise<InsertResponse>;
  /** The insert went in: that compose window watches its Send for `invitationId` (send-watch.ts). */
  inserted(invitationId: string, link: string): void;
}

/** Opens the dialog; resolves once it is interactive (the focus is in `Customer`, or in the setup notice). */
export type OpenComposeDialog = (host: DialogHost) => Promise<void>;

/** Where the chunk puts its `OpenComposeDialog`: the isolated world's global, never the page's. */
export const DIALOG_GLOBAL = '__cspInvitationsComposeDialog';
