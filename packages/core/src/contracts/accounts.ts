import { z } from 'zod';

export const marketplaceCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter marketplace code such as US, UK, DE or JP.');

export const createAccountRequest = z.object({
  name: z.string().trim().min(1, 'Give the account a name.').max(100, 'Keep the name under 100 characters.'),
  marketplaces: z.array(marketplaceCode).default([]),
  timeZone: z.string().min(1).default('America/Los_Angeles'),
});
export type CreateAccountRequest = z.infer<typeof createAccountRequest>;

export const accountListQuery = z.object({ name: z.string().optional() });

/** An IANA time zone that this runtime knows (deadlines are shown in it). */
export const timeZoneName = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Use an IANA time zone such as Asia/Shanghai or America/Los_Angeles.' },
);

export const updateAccountRequest = z.object({
  /** The version the change started from; a stale one gets 409. */
  version: z.number().int().positive(),
  timeZone: timeZoneName,
});
export type UpdateAccountRequest = z.infer<typeof updateAccountRequest>;
