import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, readMessage } from './read-message.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/fixtures/notices', name)));

describe('readMessage', () => {
  it('reads a multipart/alternative mail: encoded subject, quoted-printable UTF-8 text preferred, HTML links kept', () => {
    const message = readMessage(fixture('eml-odr-multipart-alternative.eml'));
    expect(message.format).toBe('eml');
    expect(message.subject).toBe('Your Amazon.com selling account has been deactivated');
    expect(message.from).toBe('"Amazon Seller Performance" <seller-performance@amazon.com>');
    expect(message.returnPath).toBe('<202403041015abcdef@bounces.amazon.com>');
    expect(message.text).toContain('account’s Order Defect Rate');
    expect(message.text).toContain('\n-- The actions you have taken to resolve the affected orders.\n');
    expect(message.links).toEqual([{ text: 'Account Health', href: 'https://sellercentral.amazon.com/performance/dashboard' }]);
  });

  it('reads an HTML-only base64 body into text: list items numbered, entities decoded, script dropped', () => {
    const message = readMessage(fixture('eml-reply-html-only-base64.eml'));
    expect(message.subject).toBe('RE: Your appeal – more information needed');
    expect(message.textBody).toBeNull();
    expect(message.text).toContain('Please provide the following:\n\n1. Greater detail on the root cause of the late shipments.\n2. Greater detail');
    expect(message.text).toContain('Please reply within 14\u00a0days');
    expect(message.text).not.toContain('tracking');
    expect(message.text).toContain('Regards,\nAmazon.co.uk Seller Performance');
  });

  it('decodes ISO-8859-1 quoted-printable bodies and Q-encoded headers', () => {
    const message = readMessage(fixture('eml-safety-iso-8859-1.eml'));
    expect(message.subject).toBe('Produktsicherheit: Angebot entfernt für ASIN B0CDE12345');
    expect(message.from).toBe('Amazon.de Verkäuferleistung <seller-performance@amazon.de>');
    expect(message.text).toContain('Mit freundlichen Grüßen / Kind regards,');
  });

  it('decodes GB2312 base64 bodies and B-encoded headers', () => {
    const message = readMessage(fixture('eml-related-gb2312-forwarded.eml'));
    expect(message.subject).toBe('转发: 亚马逊账户通知');
    expect(message.from).toBe('王经理 <wang@example-trade.test>');
    expect(message.text.startsWith('请看下面亚马逊的通知，今天处理。')).toBe(true);
  });

  it('walks nested multipart/mixed, decodes windows-1252 bullets and lists the attachment', () => {
    const message = readMessage(fixture('eml-authenticity-mixed-windows-1252.eml'));
    expect(message.text).toContain('\n• Invoices from your supplier');
    expect(message.attachments).toEqual([{ filename: 'complaint-details.pdf', contentType: 'application/pdf', size: 37 }]);
  });

  it('unfolds headers and joins adjacent encoded words without the space between them', () => {
    const raw = 'From: a@amazon.com\nSubject: =?UTF-8?Q?Your_account?=\n =?UTF-8?B?IGlzIGF0IHJpc2s=?=\nDate: Mon, 1 Jan 2024 00:00:00 +0000\n\nBody';
    expect(readMessage(raw).subject).toBe('Your account is at risk');
  });

  it('takes pasted text as text and a saved page as HTML', () => {
    expect(detectFormat('Hello,\n\nYour Order Defect Rate is 2%.')).toBe('text');
    expect(detectFormat('Subject: hello\n\nbody')).toBe('text');
    const page = readMessage('<!DOCTYPE html><html><head><title>Account Health</title></head><body><h1>Notice</h1><p>Your account&nbsp;is deactivated.</p></body></html>');
    expect(page.format).toBe('html');
    expect(page.subject).toBe('Account Health');
    expect(page.text).toBe('Notice\nYour account\u00a0is deactivated.');
  });

  it('reports an unknown charset and still reads the body', () => {
    const message = readMessage('From: a@amazon.com\nSubject: x\nContent-Type: text/plain; charset=x-unknown-1\nContent-Transfer-Encoding: base64\n\nSGVsbG8=');
    expect(message.text).toBe('Hello');
    expect(message.problems.map((p) => p.code)).toEqual(['unknown-charset']);
  });
});
