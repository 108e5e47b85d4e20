export * from './appeal-case.ts';
export * from './case-transitions.ts';
export * from './due-items.ts';
export * from './icalendar.ts';
export * from './follow-up-message.ts';
export * from './us-business-days.ts';
export * from './zoned-time.ts';
