/**
 * Names of Amazon policies and agreements that notices cite, as Seller Central spells them.
 * Source: the Program Policies index of Seller Central Help. Matched case-insensitively; the
 * generic pattern below picks up the rest ("Amazon Drop Shipping Policy").
 */
export const knownPolicyNames: readonly string[] = [
  'Seller Code of Conduct',
  'Restricted Products policy',
  'Intellectual Property Policy',
  'Anti-Counterfeiting Policy',
  'Condition Guidelines',
  'Customer Product Reviews policy',
  'Drop Shipping policy',
  'Product Detail Page Rules',
  'Prohibited Seller Activities and Actions',
  'Selling Policies',
  'Program Policies',
  'Community Guidelines',
  'Amazon Services Business Solutions Agreement',
  'Business Solutions Agreement',
  'A-to-z Guarantee',
  'Product safety and compliance policy',
];

/** "Restricted Products policy", "Amazon's Drop Shipping Policy": up to five capitalised words before policy/guidelines. */
export const genericPolicyName = /\b((?:Amazon(?:'s)? )?(?:[A-Z][A-Za-z-]+ (?:and |of |for )?){1,5}(?:[Pp]olicy|[Pp]olicies|Guidelines|Rules|Agreement))\b/g;
