import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const onTimeDelivery: CauseCatalogEntry = {
  id: 'performance.on-time-delivery',
  signals: [
    { match: /on-?\s?time delivery rate/, weight: 0.95 },
    { match: /\bOTDR\b/, weight: 0.85 },
    { match: /(were |was )?delivered (after|later than) the (promised|estimated) delivery date/, weight: 0.7 },
  ],
  metricNames: ['On-Time Delivery Rate', 'OTDR'],
  examples: ['Your On-Time Delivery Rate is 89%; we recommend above 97%.'],
  notes: 'Tracked shipments delivered by the promised date; Amazon recommends over 97%, usually a warning, not a deactivation.',
  source: 'Amazon Seller Central Help, "On-Time Delivery Rate".',
};
