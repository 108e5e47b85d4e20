import type { Migration } from 'kysely';
import { initialSchema } from './0001-initial-schema.ts';
import { peopleCasesPlans } from './0002-people-cases-plans.ts';
import { evidenceBlobs } from './0003-evidence-blobs.ts';
import { itemsInOrders } from './0004-items-in-orders.ts';
import { orderCounts } from './0005-order-counts.ts';

/**
 * Every migration, in order. Names sort in the order they are applied; a new migration is a
 * new file and one new line here (no directory scanning, so bundlers and tsx agree).
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial-schema': initialSchema,
  '0002-people-cases-plans': peopleCasesPlans,
  '0003-evidence-blobs': evidenceBlobs,
  '0004-items-in-orders': itemsInOrders,
  '0005-order-counts': orderCounts,
};
