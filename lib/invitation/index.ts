/** Invitation logic: links, drafts, templates and rules. Pure: no browser, no DOM. */
export * from './draft';
export * from './draft-check';
export * from './email';
export * from './escape-html';
export * from './hosts';
export * from './link-template';
export * from './links';
export * from './mailto';
export * from './normalize';
export * from './parse';
export * from './parse-gdap';
export * from './regions';
export * from './rules';
export * from './sign-off';
export * from './template-syntax';
export * from './templates';
export * from './typos';
