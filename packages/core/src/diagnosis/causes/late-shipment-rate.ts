import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const lateShipmentRate: CauseCatalogEntry = {
  id: 'performance.late-shipment-rate',
  signals: [
    { match: 'Late Shipment Rate', weight: 0.95 },
    { match: /\bLSR\b/, weight: 0.85 },
    { match: /shipment (was |were )?confirmed after the expected ship date/, weight: 0.8 },
    { match: /\b(orders?|items?) (were |was )?shipped late\b/, weight: 0.7 },
  ],
  metricNames: ['Late Shipment Rate', 'LSR'],
  examples: [
    'Your Late Shipment Rate is 7.5%, above our target of 4%.',
    'Orders were shipped late: shipment was confirmed after the expected ship date.',
  ],
  notes: 'Seller-fulfilled orders confirmed after the expected ship date, over 10 and 30 days; target under 4%.',
  source: 'Amazon Seller Central Help, "Late Shipment Rate".',
};
