import type { NoticeAction } from './diagnosis.ts';
import type { Signal } from './signal.ts';

export interface NoticeActionEntry {
  id: NoticeAction;
  signals: Signal[];
  notes: string;
}

// A hypothetical ("may be deactivated", "if you do not ...") is a threat, not the action taken.
const hypothetical = /\b(may|might|could|will|would) (be|result in|lead to)\b.{0,40}\b(deactivat|suspen|remov)|\bif you (do not|don't|fail)/i;

/**
 * What Amazon did, in order of precedence: the first entry with a match wins, so a deactivation
 * that also removes listings is a deactivation. Source: the notice templates in Seller Central
 * Performance Notifications (deactivation, Account Health Assurance at-risk warning, listing
 * removal, funds on hold, A-to-z claim decision, policy warning).
 */
export const noticeActionCatalog: readonly NoticeActionEntry[] = [
  {
    id: 'account-deactivated',
    signals: [
      { match: /\b(your )?(Amazon(\.[a-z.]+)? |seller |selling )*(account|privileges)( has| have| was| were| is| are)( been)? (deactivated|suspended|removed|revoked|blocked)\b/, weight: 0.95, unless: hypothetical },
      { match: /\bwe('ve| have)? (temporarily )?(deactivated|suspended|removed|revoked) your (Amazon(\.[a-z.]+)? )?(seller |selling )?(account|privileges)/, weight: 0.95, unless: hypothetical },
      { match: /\b(we are|we're) (deactivating|suspending|removing) your (Amazon(\.[a-z.]+)? )?(seller |selling )?(account|privileges)/, weight: 0.9 },
      { match: /\byou (can|may) no longer sell on Amazon\b/, weight: 0.8 },
      { match: /\b(removed|suspended|revoked) your (ability|privileges?) to sell\b/, weight: 0.9, unless: hypothetical },
      { match: /\byour (Amazon )?(seller |selling )?account\b.{0,40}\b(has|have) been (deactivated|suspended)\b/, weight: 0.9, unless: hypothetical },
      { match: /\byour account (remains|is still) deactivated\b/, weight: 0.9 },
    ],
    notes: 'Selling privileges removed; listings are down and funds are usually held.',
  },
  {
    id: 'account-at-risk',
    signals: [
      { match: /\b(at risk of (being )?(deactivat|suspen)|account (is|may be) at risk)/, weight: 0.95 },
      { match: /\bAccount Health Assurance\b/, weight: 0.8 },
      { match: /\bwithin 72 hours\b.{0,80}\b(deactivat|action)|\b(deactivat)\w*.{0,80}\bwithin 72 hours\b/, weight: 0.85 },
      { match: /\b(may|could) (be )?deactivat(e|ed)( your account)?\b/, weight: 0.7 },
    ],
    notes: 'A warning before deactivation, often with 72 hours to act (Account Health Assurance).',
  },
  {
    id: 'funds-held-review',
    signals: [
      { match: /\b(funds|disbursements?|payments?) (are|is|have been|has been|will be) (temporarily )?(held|on hold|withheld|paused|suspended)\b/, weight: 0.9 },
      { match: /\b(holding|withholding|placed a hold on) (your )?(funds|disbursements?)\b/, weight: 0.9 },
      { match: /\b(reviewing|review of) your (seller )?account\b.{0,80}\b(funds|disbursements?)/, weight: 0.85 },
    ],
    notes: 'Funds held while Amazon reviews the account, without (yet) a deactivation.',
  },
  {
    id: 'claim-decision',
    signals: [
      { match: /A-to-z (Guarantee )?claim\b.{0,120}\b(granted|decided|in (the )?(buyer's |customer's )?favou?r|debited|charged|funded by you|seller-funded)/, weight: 0.95 },
      { match: /\bwe (have )?(decided|granted|reviewed) (the |this )?(A-to-z (Guarantee )?)?claim\b/, weight: 0.9 },
    ],
    notes: 'A decision on an A-to-z Guarantee claim, which can be appealed within 30 days.',
  },
  {
    id: 'listing-removed',
    signals: [
      { match: /\bwe (have )?(removed|deactivated|suppressed|blocked|taken down|restricted) (your |the |these |this |some of your |the following )?(listings?|ASINs?|products?|offers?|items?)\b/, weight: 0.9 },
      { match: /\b(listings?|ASINs?|offers?|products?)( below| above)? (has|have|was|were) been (removed|deactivated|suppressed|blocked)\b/, weight: 0.9 },
      { match: /\b(listings?|ASINs?|offers?)( below)? (was|were|are|is) (removed|deactivated|suppressed|blocked)\b/, weight: 0.85 },
      { match: /\b(listings?|ASINs?|offers?)\b.{0,40}\b(was|were) (removed|deactivated|suppressed|blocked)\b/, weight: 0.85 },
      { match: /\b(listings?|ASINs?|offers?)\b[^.]{0,40}\b(has|have) been (removed|deactivated|suppressed|blocked)\b/, weight: 0.85 },
    ],
    notes: 'One or more listings removed; the account itself is not (yet) deactivated.',
  },
  {
    id: 'warning',
    signals: [
      { match: /\b(policy )?warning\b/, weight: 0.8 },
      { match: /\b(does|do) not meet (our|Amazon's) (performance )?(target|standard)s?\b/, weight: 0.6 },
      { match: /\bcould (lead to|result in)\b/, weight: 0.5 },
      { match: /\bwe want to (let you know|make you aware|inform you)\b/, weight: 0.5 },
    ],
    notes: 'A warning; nothing taken away yet.',
  },
];
