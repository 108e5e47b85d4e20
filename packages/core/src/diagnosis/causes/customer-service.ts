import type { CauseCatalogEntry } from '../cause-catalog.ts';

export const customerService: CauseCatalogEntry = {
  id: 'performance.customer-service',
  signals: [
    { match: /(buyer|customer)[- ]seller messages?\b.{0,80}\b(not|un)\s?(been )?(answered|responded)/, weight: 0.9 },
    { match: /(unanswered|unresponded|late responses? to) (buyer|customer) (messages|contacts|inquiries)/, weight: 0.9 },
    { match: /respond(ed)? to (buyer|customer) (messages|inquiries|contacts) within 24 hours/, weight: 0.7 },
    { match: 'Contact Response Time', weight: 0.85 },
    { match: /customer service dissatisfaction rate/, weight: 0.9 },
    { match: /response time (to buyers|for buyer messages)/, weight: 0.8 },
  ],
  metricNames: ['Customer Service Dissatisfaction Rate', 'Contact Response Time'],
  examples: [
    'Many buyer-seller messages have not been answered within 24 hours.',
    'We found unanswered buyer messages on several orders.',
  ],
  notes: 'Buyer messages left unanswered (Amazon expects an answer within 24 hours, weekends included); it feeds claims and negative feedback.',
  source: 'Amazon Seller Central Help, "Contact Response Time" and "Buyer-Seller Messaging".',
};
