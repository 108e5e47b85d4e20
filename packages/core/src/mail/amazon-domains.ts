/**
 * Domains Amazon really sends seller mail from and links to. A host counts when it is one of these
 * or a subdomain of one (sellercentral.amazon.com, sellercentral-europe.amazon.com,
 * marketplace.amazon.co.uk ...).
 *
 * Source: the marketplace list of Seller Central ("Amazon marketplaces" / Global Selling pages),
 * Amazon's help page "Identify whether an e-mail is from Amazon" (mail comes from amazon.com and
 * the marketplace's own domain), and the bounce domains of Amazon Simple Email Service.
 */
export interface AmazonDomain {
  domain: string;
  /** sending: From/Reply-To addresses; links: link targets; bounces: Return-Path only. */
  roles: ('sending' | 'links' | 'bounces')[];
  note: string;
}

const marketplace = (domain: string, country: string): AmazonDomain => ({
  domain,
  roles: ['sending', 'links'],
  note: `Amazon marketplace, ${country}; Seller Central and Performance Notifications live under sellercentral.${domain} or sellercentral-europe.amazon.com`,
});

export const amazonDomains: readonly AmazonDomain[] = [
  marketplace('amazon.com', 'United States (also the main sending domain for seller-performance@ and seller-notification@)'),
  marketplace('amazon.ca', 'Canada'),
  marketplace('amazon.com.mx', 'Mexico'),
  marketplace('amazon.com.br', 'Brazil'),
  marketplace('amazon.co.uk', 'United Kingdom'),
  marketplace('amazon.de', 'Germany'),
  marketplace('amazon.fr', 'France'),
  marketplace('amazon.it', 'Italy'),
  marketplace('amazon.es', 'Spain'),
  marketplace('amazon.nl', 'Netherlands'),
  marketplace('amazon.se', 'Sweden'),
  marketplace('amazon.pl', 'Poland'),
  marketplace('amazon.com.be', 'Belgium'),
  marketplace('amazon.ie', 'Ireland'),
  marketplace('amazon.com.tr', 'Turkey'),
  marketplace('amazon.ae', 'United Arab Emirates'),
  marketplace('amazon.sa', 'Saudi Arabia'),
  marketplace('amazon.eg', 'Egypt'),
  marketplace('amazon.in', 'India'),
  marketplace('amazon.co.jp', 'Japan'),
  marketplace('amazon.sg', 'Singapore'),
  marketplace('amazon.com.au', 'Australia'),
  marketplace('amazon.cn', 'China (Amazon Global Selling China uses it for seller mail)'),
  { domain: 'amazonses.com', roles: ['bounces'], note: 'Amazon Simple Email Service: Return-Path of mail Amazon sends through SES; never a From address of a seller notice' },
  { domain: 'media-amazon.com', roles: ['links'], note: 'Amazon image and static-content host (m.media-amazon.com) used in mail templates' },
  { domain: 'ssl-images-amazon.com', roles: ['links'], note: 'Older Amazon image host used in mail templates' },
  { domain: 'amazonservices.com', roles: ['links'], note: 'Amazon Services, the legal entity of the Business Solutions Agreement; used in older seller links' },
  { domain: 'a.co', roles: ['links'], note: "Amazon's own link shortener" },
  { domain: 'amzn.to', roles: ['links'], note: "Amazon's own link shortener" },
];

/**
 * Hosts that belong to Amazon's cloud but that anyone can rent: a link there is not a link to
 * Amazon (phishing pages are often hosted on them).
 */
export const rentableAmazonHosts: readonly string[] = ['amazonaws.com', 'cloudfront.net', 'awsapps.com', 'amplifyapp.com'];

/** The Amazon domain entry a host belongs to, if any. */
export function amazonDomainOf(host: string): AmazonDomain | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (rentableAmazonHosts.some((rentable) => name === rentable || name.endsWith(`.${rentable}`))) return null;
  return amazonDomains.find((entry) => name === entry.domain || name.endsWith(`.${entry.domain}`)) ?? null;
}
