/** Words of the trade that an English dictionary does not know but a plan of action uses. */
export const tradeWords = [
  'ASIN', 'ASINs', 'FBA', 'FBM', 'MFN', 'AFN', 'SKU', 'SKUs', 'FNSKU', 'ODR', 'POA', 'A-to-z', 'Amazon', "Amazon's", 'amazon.com',
  'USPS', 'UPS', 'DHL', 'FedEx', 'Yanwen', 'YunExpress', 'Cainiao', '4PX', 'EMS', 'Seller', 'Central', 'chargeback', 'chargebacks',
  'ecommerce', 'e-commerce', 'dropshipping', 'drop-shipping', 'restock', 'restocked', 'restocking', 'relisted', 'relist', 'delist', 'delisted',
  'multichannel', 'Shopify', 'eBay', 'Walmart', 'Etsy', 'subaccount', 'pre-fulfillment', 'prefulfillment', 'handling-time', 'ship-by',
  'OK', 'centimetres', 'centimeters', 'colour', 'colours', 'authorised', 'authorise', 'organised', 'prioritise', 'apologise', 'apologised',
];
