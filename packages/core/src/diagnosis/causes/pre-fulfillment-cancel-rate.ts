import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const preFulfillmentCancelRate: CauseCatalogEntry = {
  id: 'performance.pre-fulfillment-cancel-rate',
  signals: [
    { match: /pre-?\s?fulfil?ll?ment cancel(l?ation)? rate/, weight: 0.95 },
    { match: /\bcancel(l?ation)? rate\b/, weight: 0.85 },
    { match: /cancel(l?ed|l?ing) (orders )?before (shipment|shipping|confirming shipment)/, weight: 0.7 },
  ],
  metricNames: ['Pre-fulfillment Cancel Rate', 'Pre-fulfilment Cancel Rate', 'Pre-fulfillment Cancellation Rate', 'Cancellation Rate', 'Cancel Rate'],
  examples: [
    'Your Pre-fulfillment Cancel Rate is 4.2%; our target is less than 2.5%.',
    'Your cancellation rate does not meet our performance target.',
  ],
  notes: 'Orders the seller cancelled before confirming shipment, over 7 days; target under 2.5%. Usually stock out of sync.',
  source: 'Amazon Seller Central Help, "Pre-fulfillment Cancel Rate".',
};
