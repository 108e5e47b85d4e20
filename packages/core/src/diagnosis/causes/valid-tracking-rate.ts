import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const validTrackingRate: CauseCatalogEntry = {
  id: 'performance.valid-tracking-rate',
  signals: [
    { match: 'Valid Tracking Rate', weight: 0.95 },
    { match: /\bVTR\b/, weight: 0.85 },
    { match: /without (a )?valid tracking (numbers?|IDs?)/, weight: 0.75 },
  ],
  metricNames: ['Valid Tracking Rate', 'VTR'],
  examples: ['Your Valid Tracking Rate for the Toys category is 88%, below our target of 95%.'],
  notes: 'Shipments with a tracking number that has at least one carrier scan; target over 95%, per category in the US.',
  source: 'Amazon Seller Central Help, "Valid Tracking Rate".',
};
