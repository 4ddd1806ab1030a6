/**
 * The typed, validated message protocol (docs/ARCHITECTURE.md, "How an insert travels"). Content scripts
 * import `./receive` (no zod: see `./content-request`); extension pages and the
 * background import from here.
 */
export { parseContentRequest } from './content-request';
export {
  type ContentRequestHandlers,
  contentRequestListener,
  listenForContentRequests,
  type MessageListener,
} from './receive';
export {
  type ContentReply,
  listenForBackgroundRequests,
  pingTab,
  sendBackgroundRequest,
  sendInsert,
} from './send';
export { isOwnExtensionSender, type MessageSender } from './sender';
