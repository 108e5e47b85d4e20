import { z } from 'zod';
import { marketplaceCode } from './accounts.ts';

/** Query of POST /api/accounts/:id/imports when the body is the file itself. */
export const importQuery = z.object({
  fileName: z.string().min(1).max(255).default('upload'),
  marketplace: marketplaceCode.optional(),
  skipBadRows: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  progress: z.enum(['ndjson']).optional(),
});
