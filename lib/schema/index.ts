/**
 * The single source of every type in the extension. Each schema is written with
 * `zod/mini` (tree-shakable: the popup's JavaScript budget is 30 KB gzip) and each
 * type is `z.infer` of its schema — nowhere else are these shapes declared.
 */
export * from './base';
export * from './messages';
// Types only: a value export would put the record schemas in every bundle that
// imports lib/schema, the popup's start-up too. Their values: './records'.
export type {
  BackupFile,
  Customer,
  FollowUp,
  Invitation,
  LatestInvitation,
  NoteEntry,
  StatusChange,
} from './records';
export * from './stored';
