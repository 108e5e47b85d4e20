import type { PlanAnswers } from '../plan-answers.ts';

/** What the example seller answered: the two causes they found and what they changed. */
export const exampleAnswers: PlanAnswers = {
  'order-defect-rate.rootCauses': ['unanswered-messages', 'item-not-as-described'],
  'order-defect-rate.unansweredCount': 11,
  'order-defect-rate.messagesAnsweredOn': '2025-05-05',
  'order-defect-rate.csOwner': 'our customer service lead',
  'order-defect-rate.responseHours': 12,
  'order-defect-rate.messageTool': 'the Amazon Seller app, with push notifications on two phones',
  'order-defect-rate.listingProblem':
    "the size charts of our two women's running shoe listings converted EU sizes to US sizes one size too large, so the shoes ran one size small",
  'order-defect-rate.listingAsins': 'B0CX4R7T2M, B0CX4QZ9KD',
  'order-defect-rate.listingFix':
    'replaced both size charts with charts measured from our own stock, in US sizes and centimetres, and added the foot length for each size to the bullet points',
  'order-defect-rate.listingsCorrectedOn': '2025-05-06',
  'order-defect-rate.listingOwner': 'our product manager',
  'order-defect-rate.buyersContactedOn': '2025-05-07',
  'order-defect-rate.investigationHours': 12,
  'order-defect-rate.refundHours': 24,
  'order-defect-rate.metricsOwner': 'the store owner',
  'order-defect-rate.monitorFrequency': 'daily',
  'order-defect-rate.alertThreshold': 0.5,
  'order-defect-rate.evidence': ['buyer-messages', 'listing-screenshots', 'refund-records'],
  'closing.storePlan':
    'keep our range to the 14 footwear listings we have measured and photographed ourselves, and add a second person to customer service before the autumn season',
};
