import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const orderDefectRate: CauseCatalogEntry = {
  id: 'performance.order-defect-rate',
  signals: [
    { match: 'Order Defect Rate', weight: 0.95 },
    { match: /\bODR\b/, weight: 0.9 },
    { match: /\border defects?\b/, weight: 0.7 },
    { match: /negative feedback, A-to-z (Guarantee )?claims?,? (and|or) (service )?chargebacks?/, weight: 0.6 },
  ],
  metricNames: ['Order Defect Rate', 'ODR'],
  examples: [
    'Your Order Defect Rate is 2.78%; the target is 1%.',
    'Your seller account has an ODR of 3.1%, which is above our target of under 1%.',
    "We have deactivated your selling privileges because your account's order defect rate does not meet our performance target.",
  ],
  notes:
    'Orders with negative feedback, an A-to-z claim not denied, or a service chargeback, over orders in 60 days; target under 1%. ' +
    'A mention of A-to-z claims inside an ODR explanation is ODR, not a claim decision.',
  source: 'Amazon Seller Central Help, "Order Defect Rate" and "Customer service performance" (Account Health targets).',
};
