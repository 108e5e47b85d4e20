import type { CauseCatalogEntry } from '../cause-catalog.ts';
import { aToZClaims } from './a-to-z-claims.ts';
import { authenticity } from './authenticity.ts';
import { codeOfConduct } from './code-of-conduct.ts';
import { condition } from './condition.ts';
import { customerService } from './customer-service.ts';
import { dropShipping } from './drop-shipping.ts';
import { intellectualProperty } from './intellectual-property.ts';
import { invoiceDefectRate } from './invoice-defect-rate.ts';
import { lateShipmentRate } from './late-shipment-rate.ts';
import { listingAccuracy } from './listing-accuracy.ts';
import { onTimeDelivery } from './on-time-delivery.ts';
import { orderDefectRate } from './order-defect-rate.ts';
import { otherCause } from './other.ts';
import { preFulfillmentCancelRate } from './pre-fulfillment-cancel-rate.ts';
import { productSafety } from './product-safety.ts';
import { relatedAccounts } from './related-accounts.ts';
import { restrictedProducts } from './restricted-products.ts';
import { reviewsManipulation } from './reviews-manipulation.ts';
import { validTrackingRate } from './valid-tracking-rate.ts';
import { verification } from './verification.ts';

/** Every cause Reinstate recognises, in the order of causeIds. */
export const causeCatalog: readonly CauseCatalogEntry[] = [
  orderDefectRate,
  lateShipmentRate,
  preFulfillmentCancelRate,
  validTrackingRate,
  onTimeDelivery,
  customerService,
  invoiceDefectRate,
  restrictedProducts,
  intellectualProperty,
  authenticity,
  condition,
  listingAccuracy,
  productSafety,
  relatedAccounts,
  codeOfConduct,
  reviewsManipulation,
  verification,
  dropShipping,
  aToZClaims,
  otherCause,
];
