import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.ts';

describe('htmlToText', () => {
  it('turns blocks into lines, lists into bullets, drops styles, keeps links aside', () => {
    const { text, links } = htmlToText(
      '<style>.a{}</style><div>Hello,</div><p>Please provide:</p><ul><li>The root&nbsp;cause</li><li>Invoices &amp; receipts</li></ul><table><tr><td>ASIN</td><td>B0AAAABBBB</td></tr></table><p>Go to <a href="https://evil.example/x">sellercentral.amazon.com</a></p>',
    );
    expect(text).toBe('Hello,\nPlease provide:\n\n- The root\u00a0cause\n- Invoices & receipts\nASIN B0AAAABBBB\nGo to sellercentral.amazon.com');
    expect(links).toEqual([{ text: 'sellercentral.amazon.com', href: 'https://evil.example/x' }]);
  });
});
