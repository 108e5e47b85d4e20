import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';

export const metricsQuery = z.object({ asOf: calendarDate.optional() });
export const defectOrdersQuery = z.object({
  asOf: calendarDate.optional(),
  metric: z.enum(['odr', 'lsr', 'cr', 'vtr']).default('odr'),
  format: z.enum(['json', 'csv']).default('json'),
});
