export * from './records/records.ts';
export * from './errors/app-error.ts';
