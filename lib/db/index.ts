/** The database's public surface: callers import from 'lib/db', not its files. */

export {
  type AppliedPlan,
  type ApplyPlanOptions,
  applyImportPlan,
  type ImportPlanInput,
  type PlannedUpdate,
} from './apply-plan';
export {
  type AllRecords,
  type AllRecordsInput,
  type Exported,
  exportAll,
  type PutAllOptions,
  putAll,
  replaceAll,
  type Written,
} from './bulk';
export { type CustomersById, readCustomersById } from './by-ids';
export { type DbChange, onDbChange } from './changes';
export {
  type CustomerInput,
  getCustomer,
  type UpsertedCustomer,
  upsertCustomer,
} from './customers';
export { type DamagedRecord, damagedRecordsJson, readDamagedRecords } from './damaged';
export { type CustomerSnapshot, deleteCustomer, restoreCustomer } from './delete';
export type { DbError, DbErrorCode, DbResult } from './errors';
export { type FollowUpInput, recordFollowUp } from './follow-up';
export { removeFollowUp } from './follow-up-undo';
export {
  type DiscardedHandover,
  discardHandover,
  type HandedOverInvitation,
  type HandoverInput,
  type MarkedSent,
  markSent,
  type RecordedInvitation,
  recordHandover,
} from './handover';
export {
  createInvitation,
  getInvitation,
  type InvitationInput,
  listInvitationsForCustomer,
} from './invitations';
export { domainKeyOf, emailKeyOf, nameKeyOf } from './keys';
export {
  isLaterInvitation,
  summarizeAll,
  summarizeInvitations,
} from './latest';
export {
  type FirstListPage,
  getCustomers,
  type ListChunk,
  type ListChunkPage,
  listLatestByStatus,
  readFirstListPage,
  readListChunk,
} from './list';
export { readListBoundaries, readListRange } from './list-ranges';
export { addNote, type NoteInput } from './notes';
export { closeDb, DB_NAME, DB_VERSION, getDb, openAppDb } from './open';
export { type OverviewCounts, type OverviewQuery, readOverviewCounts } from './overview';
export { findCustomers, type Suggestion, suggestCustomers } from './queries';
export {
  CustomerRecordSchema,
  InvitationRecordSchema,
  quickCustomerRecord,
  quickInvitationRecord,
} from './record-schema';
export {
  type RecordedSent,
  type RecordSentInput,
  recordSentInvitation,
  type SentInvitationInput,
} from './record-sent';
export type { InvalidRecord, Listed } from './records';
export type { AppDB, CustomerIndex, InvitationIndex } from './schema';
export { changeStatus, type StatusChangeOptions } from './status';
export { allowedNextStatuses, checkTransition, previousStatus } from './status-transitions';
export {
  applyTeamWork,
  countOutbox,
  forgetTeam,
  getTeamState,
  type OutboxEntry,
  readShadows,
  readShadowsByItem,
  readTeamShadows,
  readTeamWork,
  type StoredDoc,
  setTeamState,
  type TeamApplied,
  type TeamApply,
  type TeamShadow,
  type TeamWork,
  type TeamWrite,
} from './team';
