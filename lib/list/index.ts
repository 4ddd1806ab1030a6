/** The options page's list model: pure, no database, no DOM. */

export * from './activity';
export * from './filter';
export * from './incremental';
export * from './reminder-draft';
export * from './restore-admin';
export * from './rows';
export * from './search';
export * from './sort';
export * from './view-state';
export * from './waiting';
