import { seededRandom } from './seeded-random.ts';

/**
 * A synthetic seller for the "Load demo account" button: report files written the way Seller
 * Central writes them, a deactivation for Order Defect Rate, a first appeal that was too vague and
 * Amazon's reply asking for greater detail. Everything is generated from `today` and a seed
 * (core has no clock and no randomness of its own), so the same inputs give the same seller.
 */
export interface DemoSeller {
  account: { name: string; marketplace: string; timeZone: string };
  /** Report files, imported through the same path as a seller's own downloads. */
  files: { name: string; text: string }[];
  notice: { text: string; received: string };
  firstAppeal: { text: string; submittedOn: string };
  reply: { text: string; received: string };
}

export const demoAccountName = 'Demo: Maple Lane Footwear';

const products = [
  { sku: 'BOOT-KIDS-10', asin: 'B0DEMO0001', name: 'Kids Rain Boots, Size 10', price: 24.99 },
  { sku: 'BOOT-KIDS-12', asin: 'B0DEMO0002', name: 'Kids Rain Boots, Size 12', price: 26.99 },
  { sku: 'SNEAK-W-7', asin: 'B0DEMO0003', name: "Women's Canvas Sneakers, Size 7", price: 32.5 },
  { sku: 'SNEAK-W-8', asin: 'B0DEMO0004', name: "Women's Canvas Sneakers, Size 8", price: 32.5 },
  { sku: 'SLIP-M-L', asin: 'B0DEMO0005', name: "Men's Wool Slippers, Large", price: 41.0 },
];

const negativeComments = [
  'Runs two sizes small, had to send them back',
  'Sizes are wrong, the chart says 10 but they fit like an 8',
  'Wrote to the seller twice and nobody answered',
  'Arrived late and no reply to my message',
  'Too small. Seller never responded about the exchange',
];
const positiveComments = ['Great boots, fast shipping', 'Exactly as described', 'Comfortable and warm', 'My daughter loves them'];

const day = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoInstant = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
const usShortDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`;
};
const longDate = (ms: number) => new Date(ms).toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const digits = (random: () => number, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

/** The demo seller as of `today` (YYYY-MM-DD): about 90 days of orders ending 10 days before it. */
export function demoSeller(today: string, seed = 20_261_122): DemoSeller {
  const random = seededRandom(seed);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const received = todayMs - 9 * day; // the deactivation came nine days ago
  const lastOrder = received - day;
  const orderCount = 1_200;

  const orders = Array.from({ length: orderCount }, (_, i) => {
    const purchased = lastOrder - Math.floor(random() * 90 * day) + Math.floor(random() * 3_600) * 1_000;
    const product = products[Math.floor(random() * products.length)]!;
    const quantity = random() < 0.85 ? 1 : 2;
    const fba = random() < 0.15;
    const cancelled = !fba && random() < 0.01;
    const lateDays = !fba && !cancelled && random() < 0.05 ? 2 + Math.floor(random() * 3) : 0;
    return {
      id: `113-${String(1_000_000 + i).padStart(7, '0')}-${digits(random, 7)}`,
      itemId: digits(random, 14),
      purchased: Math.floor(purchased / 1_000) * 1_000,
      product,
      quantity,
      fba,
      cancelled,
      lateDays,
      yanwen: random() < 0.3,
      tracking: digits(random, 22),
    };
  });
  orders.sort((a, b) => a.purchased - b.purchased);

  const allOrders = [
    ['amazon-order-id', 'merchant-order-id', 'purchase-date', 'last-updated-date', 'order-status', 'fulfillment-channel', 'sales-channel', 'ship-service-level', 'product-name', 'sku', 'asin', 'item-status', 'quantity', 'currency', 'item-price', 'item-tax', 'shipping-price', 'shipping-tax', 'gift-wrap-price', 'gift-wrap-tax', 'item-promotion-discount', 'ship-promotion-discount', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country'].join('\t'),
    ...orders.map((o) => {
      const status = o.cancelled ? 'Cancelled' : 'Shipped';
      const price = (o.product.price * o.quantity).toFixed(2);
      const tax = (o.product.price * o.quantity * 0.0825).toFixed(2);
      return [o.id, '', isoInstant(o.purchased), isoInstant(o.purchased + 2 * day), status, o.fba ? 'Amazon' : 'Merchant', 'Amazon.com', 'Standard', o.product.name, o.product.sku, o.product.asin, status, String(o.quantity), 'USD', price, tax, '0.00', '0.00', '', '', '', '', 'Columbus', 'OH', '43215', 'US'].join('\t');
    }),
  ];

  const merchant = orders.filter((o) => !o.fba);
  const latestShip = (o: (typeof orders)[number]) => o.purchased + 2 * day;
  const shipping = [
    ['order-id', 'order-item-id', 'purchase-date', 'payments-date', 'buyer-email', 'sku', 'quantity-purchased', 'ship-service-level', 'latest-ship-date', 'latest-delivery-date'].join('\t'),
    ...merchant.map((o) => [o.id, o.itemId, isoInstant(o.purchased), isoInstant(o.purchased + 60_000), '', o.product.sku, String(o.quantity), 'Standard', isoInstant(latestShip(o)), isoInstant(o.purchased + 9 * day)].join('\t')),
  ];
  const confirmations = [
    ['order-id', 'order-item-id', 'quantity', 'ship-date', 'carrier-code', 'carrier-name', 'tracking-number', 'ship-method'].join('\t'),
    ...merchant
      .filter((o) => !o.cancelled)
      .map((o) => {
        const shipped = o.purchased + (o.lateDays > 0 ? o.lateDays * day + day : day);
        // A few Yanwen parcels were confirmed without tracking: they count against Valid Tracking.
        const tracking = o.yanwen && o.tracking.endsWith('7') ? '' : o.yanwen ? `YW${o.tracking.slice(0, 9)}CN` : `94001${o.tracking.slice(0, 17)}`;
        return [o.id, o.itemId, String(o.quantity), isoInstant(shipped), o.yanwen ? '' : 'USPS', o.yanwen ? 'Yanwen' : '', tracking, o.yanwen ? 'Yanwen Economy' : 'Priority Mail'].join('\t');
      }),
  ];

  // Defects cluster in the last 60 days, on the sizes that ran small.
  const recent = merchant.filter((o) => !o.cancelled && o.purchased > lastOrder - 60 * day && o.product.sku.startsWith('BOOT'));
  const negative = recent.filter(() => random() < 0.07);
  const positive = orders.filter((o) => !o.cancelled && random() < 0.08 && !negative.includes(o));
  const feedbackRows = [
    ...negative.map((o, i) => ({ at: o.purchased + 6 * day, rating: random() < 0.6 ? 1 : 2, comment: negativeComments[i % negativeComments.length]!, order: o.id })),
    ...positive.map((o, i) => ({ at: o.purchased + 5 * day, rating: random() < 0.7 ? 5 : 4, comment: positiveComments[i % positiveComments.length]!, order: o.id })),
  ]
    .filter((f) => f.at < received)
    .sort((a, b) => b.at - a.at);
  const feedback = [
    ['Date', 'Rating', 'Comments', 'Response', 'Order ID', 'Rater Email'].join('\t'),
    ...feedbackRows.map((f, i) => [usShortDate(f.at), String(f.rating), f.comment, '', f.order, `buyer${1_000 + i}@marketplace.amazon.com`].join('\t')),
  ];

  const claimed = recent.filter((o) => !negative.includes(o) && random() < 0.04);
  const statuses = ['granted', 'open', 'granted', 'denied'] as const;
  const claims = [
    'order-id,type,date,status,reason',
    ...claimed.map((o, i) => `${o.id},a-to-z,${isoDate(o.purchased + 12 * day)},${statuses[i % statuses.length]},`),
    ...negative.slice(0, 2).map((o) => `${o.id},chargeback,${isoDate(o.purchased + 15 * day)},granted,service`),
  ];

  // Amazon's figure in the notice: defects over orders placed in its 60-day window.
  const windowStart = received - 74 * day;
  const windowEnd = received - 14 * day;
  const inWindow = (o: { purchased: number }) => o.purchased >= windowStart && o.purchased < windowEnd;
  const defects = new Set([...negative, ...claimed].filter(inWindow).map((o) => o.id)).size;
  const rate = ((100 * defects) / Math.max(1, orders.filter(inWindow).length)).toFixed(2);

  return {
    account: { name: demoAccountName, marketplace: 'US', timeZone: 'Asia/Shanghai' },
    files: [
      { name: 'All-Orders-demo.txt', text: `${allOrders.join('\r\n')}\r\n` },
      { name: 'Order-Shipping-demo.txt', text: `${shipping.join('\r\n')}\r\n` },
      { name: 'Ship-Confirm-demo.txt', text: `${confirmations.join('\n')}\n` },
      { name: 'Feedback-demo.txt', text: `${feedback.join('\r\n')}\r\n` },
      { name: 'claims-demo.csv', text: `${claims.join('\n')}\n` },
    ],
    notice: { text: demoNotice(rate, longDate(windowStart), longDate(windowEnd)), received: isoDate(received) },
    firstAppeal: { text: demoFirstAppeal, submittedOn: isoDate(received + day) },
    reply: { text: demoReply, received: isoDate(received + 4 * day) },
  };
}

function demoNotice(rate: string, from: string, to: string): string {
  return `Subject: Your Amazon.com selling privileges have been deactivated

Hello,

We have deactivated your Amazon.com selling privileges and placed a temporary hold on the funds in your account.

Why did this happen?
Your account does not meet our performance target for Order Defect Rate. Sellers must maintain an Order Defect Rate under 1% to sell on Amazon. Your Order Defect Rate is ${rate}%, based on orders placed between ${from} and ${to}.

How do I reactivate my account?
To reactivate your account, please submit a plan of action that includes:

-- The root cause(s) of the issues that led to your high Order Defect Rate.
-- The actions you have taken to resolve the orders with defects.
-- The steps you have taken to prevent these issues from happening again.

You have 17 days to submit your appeal. To submit, go to Account Health in Seller Central and click the Appeal button next to the notification.

What happens to my funds and inventory?
Funds in your account will be held while we review your appeal. If you use Fulfillment by Amazon, your inventory will be removed or disposed of after 90 days unless you create a removal order.

Sincerely,
Seller Performance Team
Amazon.com
`;
}

const demoFirstAppeal = `Dear Seller Performance team,

We are very sorry about our Order Defect Rate. We always try our best to make customers happy and we will work harder in the future. Some buyers did not like the size of our boots.

We have fixed the problem and we promise it will not happen again. Please reinstate our account.

Kind regards,
${demoAccountName}
`;

const demoReply = `Hello,

Thank you for your submission. We have reviewed your plan of action and determined that we need more information before we can reinstate your account.

Please provide the following:
-- Greater detail on the root cause of the problem.
-- Greater detail on the actions you have taken to address the problem.
-- Greater detail on the steps you have taken to prevent the issue from recurring.

We look forward to receiving your response.

Seller Performance
`;
