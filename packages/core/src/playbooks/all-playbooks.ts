import type { CauseId } from '../diagnosis/diagnosis.ts';
import { authenticityPlaybook } from './authenticity.ts';
import { conditionPlaybook } from './condition.ts';
import { customerServicePlaybook } from './customer-service.ts';
import { genericPlaybook } from './generic.ts';
import { intellectualPropertyPlaybook } from './intellectual-property.ts';
import { lateShipmentPlaybook } from './late-shipment.ts';
import { listingAccuracyPlaybook } from './listing-accuracy.ts';
import { orderDefectRatePlaybook } from './order-defect-rate.ts';
import type { Playbook } from './playbook.ts';
import { preFulfillmentCancellationPlaybook } from './pre-fulfillment-cancellation.ts';
import { productSafetyPlaybook } from './product-safety.ts';
import { relatedAccountsPlaybook } from './related-accounts.ts';
import { restrictedProductsPlaybook } from './restricted-products.ts';
import { reviewsManipulationPlaybook } from './reviews-manipulation.ts';
import { validTrackingPlaybook } from './valid-tracking.ts';

/** Every playbook, the generic one last. */
export const allPlaybooks: readonly Playbook[] = [
  orderDefectRatePlaybook,
  lateShipmentPlaybook,
  preFulfillmentCancellationPlaybook,
  validTrackingPlaybook,
  customerServicePlaybook,
  listingAccuracyPlaybook,
  conditionPlaybook,
  restrictedProductsPlaybook,
  intellectualPropertyPlaybook,
  authenticityPlaybook,
  productSafetyPlaybook,
  relatedAccountsPlaybook,
  reviewsManipulationPlaybook,
  genericPlaybook,
];

/** The playbook for a diagnosed cause; the generic one when none is specific to it. */
export function playbookForCause(cause: CauseId): Playbook {
  return allPlaybooks.find((candidate) => candidate.causes.includes(cause)) ?? genericPlaybook;
}

export function playbookById(id: string): Playbook | undefined {
  return allPlaybooks.find((candidate) => candidate.id === id);
}
