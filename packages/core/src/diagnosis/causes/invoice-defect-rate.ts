import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const invoiceDefectRate: CauseCatalogEntry = {
  id: 'performance.invoice-defect-rate',
  signals: [
    { match: 'Invoice Defect Rate', weight: 0.95 },
    { match: /business orders? (without|missing) (an? )?(VAT )?invoices?/, weight: 0.8 },
    { match: /\bupload(ed)? (a |the )?(VAT )?invoices? (within|for) (one|1|the) business day/, weight: 0.6 },
  ],
  metricNames: ['Invoice Defect Rate'],
  examples: ['Your Invoice Defect Rate is 12%, above the target of 5%.'],
  notes: 'EU business orders without an invoice uploaded in time; target under 5%.',
  source: 'Amazon Seller Central Help (EU), "Invoice Defect Rate" for Amazon Business.',
};
