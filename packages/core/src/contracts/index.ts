export * from './calendar-date.ts';
export * from './accounts.ts';
export * from './imports.ts';
export * from './metrics.ts';
export * from './messages.ts';
export * from './people.ts';
export * from './drafts.ts';
export * from './cases.ts';
