import type { DefectFacts } from '../defect-facts.ts';

/**
 * The seven defect orders behind the example's rate: 7 of 252 orders is 2.78%. Five carry
 * negative feedback and three an A-to-z claim; order 113-4829105-2271840 has both.
 */
export const exampleDefects: DefectFacts = {
  metrics: [
    {
      metric: 'performance.order-defect-rate',
      rate: 7 / 252,
      target: 0.01,
      orderCount: 252,
      defectCount: 7,
      orderIds: [
        '113-4829105-2271840',
        '112-7730416-9904215',
        '114-2087351-6630974',
        '111-5562093-4418327',
        '113-9014472-0385516',
        '112-3348820-7152039',
        '114-6671938-2840163',
      ],
    },
  ],
  orders: [
    {
      orderId: '113-4829105-2271840',
      orderDate: '2025-02-21',
      asins: ['B0CX4R7T2M'],
      feedback: { rating: 1, text: 'Ordered my usual size 9 and they are far too small. Sent two messages asking for an exchange, no answer.', date: '2025-03-04' },
      claim: { kind: 'a-to-z', status: 'granted', reason: 'Item not as described', date: '2025-03-09' },
    },
    {
      orderId: '112-7730416-9904215',
      orderDate: '2025-03-02',
      asins: ['B0CX4R7T2M'],
      feedback: { rating: 2, text: 'Runs at least one size small. The size chart is wrong.', date: '2025-03-12' },
    },
    {
      orderId: '114-2087351-6630974',
      orderDate: '2025-03-08',
      asins: ['B0CX4QZ9KD'],
      feedback: { rating: 1, text: 'No reply from the seller after 3 days.', date: '2025-03-17' },
    },
    {
      orderId: '111-5562093-4418327',
      orderDate: '2025-03-15',
      asins: ['B0CX4QZ9KD'],
      claim: { kind: 'a-to-z', status: 'granted', reason: 'Item not as described', date: '2025-03-29' },
    },
    {
      orderId: '113-9014472-0385516',
      orderDate: '2025-03-22',
      asins: ['B0CX4R7T2M'],
      claim: { kind: 'a-to-z', status: 'granted', reason: 'Return not answered', date: '2025-04-06' },
    },
    {
      orderId: '112-3348820-7152039',
      orderDate: '2025-03-30',
      asins: ['B0CX4QZ9KD'],
      feedback: { rating: 2, text: 'Too small and narrow. My question before shipping was never answered.', date: '2025-04-09' },
    },
    {
      orderId: '114-6671938-2840163',
      orderDate: '2025-04-05',
      asins: ['B0CX4R7T2M'],
      feedback: { rating: 1, text: "Asked about sizing twice, no response. Shoes don't fit.", date: '2025-04-14' },
    },
  ],
};
