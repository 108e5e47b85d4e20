import type { Diagnosis } from '../../diagnosis/diagnosis.ts';
import { exampleNoticeReceived, exampleNoticeText } from './example-notice.ts';

/**
 * What the diagnosis engine reads out of the example notice, kept as a value so that the example
 * drafts the same letter whatever the engine's later refinements (a test checks they agree).
 */
export const exampleNoticeDiagnosis: Diagnosis = {
  kind: 'notice',
  causes: [
    {
      id: 'performance.order-defect-rate',
      evidence: 'Your account does not meet our performance target for Order Defect Rate.',
      confidence: 0.99,
    },
  ],
  action: 'account-deactivated',
  outcome: null,
  requested: [
    { id: 'req-1', text: 'The root causes of the issues that led to the high Order Defect Rate.', category: 'root-cause' },
    { id: 'req-2', text: 'The actions you have taken to resolve the orders with defects.', category: 'actions-taken' },
    { id: 'req-3', text: 'The steps you have taken to prevent these issues from happening again.', category: 'prevention' },
  ],
  facts: {
    metrics: [
      {
        metric: 'performance.order-defect-rate',
        value: 0.0278,
        target: 0.01,
        text: 'Your Order Defect Rate is 2.78%, based on orders placed between February 17, 2025 and April 17, 2025.',
      },
    ],
    asins: [],
    orderIds: [],
    policies: [],
    agreementSections: [],
    fundsHeld: [{ text: 'placed a temporary hold on the funds in your account' }],
    reserve: null,
    inventoryAtRisk: [],
    submission: [{ text: 'go to Performance Notifications, open this notification and click Appeal', channel: 'seller-central' }],
  },
  deadlines: [{ kind: 'appeal', text: '17 days', due: '2025-05-19T00:00:00.000Z', days: 17 }],
  advice: [],
  text: exampleNoticeText,
  subject: 'Your Amazon.com selling privileges have been deactivated',
  receivedDate: exampleNoticeReceived,
};
