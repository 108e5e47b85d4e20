import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose.ts';

const requested = (text: string) => diagnose(text, {}).requested.map((item) => [item.id, item.category, item.text]);

describe('requested items', () => {
  it('splits en-dash bullets that copy-paste ran into one line', () => {
    expect(requested('Your account has been deactivated for your Late Shipment Rate. Please include: – The root cause of late shipments. – The actions you have taken. – How you will prevent late shipments.')).toEqual([
      ['req-1', 'root-cause', 'The root cause of late shipments.'],
      ['req-2', 'actions-taken', 'The actions you have taken.'],
      ['req-3', 'prevention', 'How you will prevent late shipments.'],
    ]);
  });

  it('splits a numbered list run together, and stops the last item at its sentence end', () => {
    expect(requested('Your selling privileges have been removed because of inauthentic complaints. Please provide the following: 1. Invoices from your supplier. 2) Greater detail on the root cause. Thank you.')).toEqual([
      ['req-1', 'documents', 'Invoices from your supplier.'],
      ['req-2', 'root-cause', 'Greater detail on the root cause.'],
    ]);
  });

  it('splits an inline "please provide: a, b and c" list', () => {
    expect(requested('We removed your listings for product safety reasons. Please provide: a test report, a safety data sheet and photos of the label.')).toEqual([
      ['req-1', 'documents', 'a test report'],
      ['req-2', 'documents', 'a safety data sheet'],
      ['req-3', 'documents', 'photos of the label'],
    ]);
  });

  it('does not take a list of ASINs or the ODR definition for requests', () => {
    expect(requested('Your Order Defect Rate is 3%. The Order Defect Rate includes:\n- Negative feedback\n- A-to-z Guarantee claims\n- Chargebacks\n\nAffected ASINs:\n- B0AAAABBBB\n- B0CCCCDDDD')).toEqual([]);
  });
});
