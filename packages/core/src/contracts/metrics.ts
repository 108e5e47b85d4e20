import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';

export const metricsQuery = z.object({ asOf: calendarDate.optional() });
export const defectOrdersQuery = z.object({
  asOf: calendarDate.optional(),
  metric: z.enum(['odr', 'lsr', 'cr', 'vtr']).default('odr'),
  format: z.enum(['json', 'csv']).default('json'),
});

/** Metrics at several dates for the charts: every `step` days over the `days` before `to`. */
export const metricsHistoryQuery = z.object({
  to: calendarDate.optional(),
  days: z.coerce.number().int().min(7).max(365).default(91),
  step: z.coerce.number().int().min(1).max(31).default(7),
});
