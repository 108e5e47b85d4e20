import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMail, isLookAlike } from './check-mail.ts';

const mail = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/mail', name)));
const notice = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/notices', name)));
const ids = (name: string, folder = mail) => checkMail(folder(name)).reasons.map((r) => r.id).sort();

describe('checkMail', () => {
  it('flags a "noreply" sender on a look-alike domain asking to log in, with urgency', () => {
    const result = checkMail(mail('phishing-noreply-lookalike.eml'));
    expect(result.verdict).toBe('phishing');
    expect(result.reasons.map((r) => r.id).sort()).toEqual(
      ['content.login-request', 'content.urgency', 'link.look-alike', 'return-path.mismatch', 'sender.look-alike'].sort(),
    );
    expect(result.reasons.find((r) => r.id === 'sender.look-alike')?.detail).toBe('noreply@amazon-noreply00.com');
  });

  it('flags a link whose text shows sellercentral.amazon.com but goes elsewhere', () => {
    const result = checkMail(mail('phishing-link-text-mismatch.eml'));
    expect(result.verdict).toBe('phishing');
    expect(ids('phishing-link-text-mismatch.eml')).toEqual(
      ['content.login-request', 'link.look-alike', 'link.text-mismatch', 'reply-to.not-amazon', 'sender.display-name'].sort(),
    );
  });

  it('flags a punycode sender and an executable attachment', () => {
    expect(checkMail(mail('phishing-punycode-executable.eml')).verdict).toBe('phishing');
    expect(ids('phishing-punycode-executable.eml')).toEqual(['attachment.executable', 'sender.look-alike', 'sender.punycode']);
  });

  it("passes Amazon's own domains: sender, SES return path, Seller Central and image links", () => {
    expect(checkMail(mail('genuine-listing-removed.eml'))).toEqual({ verdict: 'genuine-looking', reasons: [] });
    expect(checkMail(notice('eml-odr-multipart-alternative.eml'))).toEqual({ verdict: 'genuine-looking', reasons: [] });
    expect(checkMail(notice('eml-authenticity-mixed-windows-1252.eml')).verdict).toBe('genuine-looking');
  });

  it('calls a genuine sender with a foreign reply-to and return path suspicious', () => {
    expect(checkMail(mail('suspicious-reply-to.eml')).verdict).toBe('suspicious');
    expect(ids('suspicious-reply-to.eml')).toEqual(['reply-to.not-amazon', 'return-path.mismatch']);
  });

  it('reads look-alike spellings and leaves unrelated domains alone', () => {
    for (const host of ['arnazon.com', 'amaz0n-seller.net', 'amazon-noreply00.com', 'sellercentral-amazon.top', 'xn--amzon-ssa.com']) expect(isLookAlike(host)).toBe(true);
    for (const host of ['example.com', 'gmail.com', 'shopify.com']) expect(isLookAlike(host)).toBe(false);
  });

  it('treats a bucket on amazonaws.com as not Amazon', () => {
    const raw = 'From: Amazon <seller-performance@amazon.com>\nSubject: Verify\nContent-Type: text/html\n\n<a href="https://verify-seller.s3.amazonaws.com/index.html">Seller Central</a>';
    expect(checkMail(raw).reasons.map((r) => r.id)).toEqual(['link.not-amazon']);
  });
});
