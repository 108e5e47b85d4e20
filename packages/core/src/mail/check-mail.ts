import { amazonDomainOf, rentableAmazonHosts } from './amazon-domains.ts';
import type { ParsedMessage } from './parsed-message.ts';
import { readMessage } from './read-message.ts';

export type MailVerdict = 'genuine-looking' | 'suspicious' | 'phishing';

export interface MailReason {
  /** Stable, e.g. "sender.look-alike". */
  id: string;
  en: string;
  zh: string;
  /** The address, host or text that raised it. */
  detail: string;
}

export interface MailCheck {
  verdict: MailVerdict;
  reasons: MailReason[];
}

export interface CheckMailOptions {
  /** Extra domains to trust as Amazon's (e.g. a marketplace added after this release). */
  trustedDomains?: string[];
}

type Severity = 'phishing' | 'suspicious';

const reasonTexts: Record<string, { severity: Severity; en: string; zh: string }> = {
  'sender.look-alike': { severity: 'phishing', en: 'The sender domain imitates Amazon but is not Amazon', zh: '发件人域名冒充亚马逊，但不是亚马逊的域名' },
  'sender.display-name': { severity: 'phishing', en: 'The sender calls itself Amazon but writes from another domain', zh: '发件人自称亚马逊，却来自其他域名' },
  'sender.not-amazon': { severity: 'suspicious', en: "The sender is not on one of Amazon's domains", zh: '发件人不在亚马逊的域名上' },
  'sender.punycode': { severity: 'phishing', en: 'The sender domain uses punycode (xn--), a way to fake letters', zh: '发件人域名使用 punycode（xn--），常用于伪造字母' },
  'reply-to.not-amazon': { severity: 'suspicious', en: 'Replies would go to a domain that is not Amazon', zh: '回复地址不是亚马逊的域名' },
  'return-path.mismatch': { severity: 'suspicious', en: 'The Return-Path does not belong to Amazon', zh: 'Return-Path（退信地址）不属于亚马逊' },
  'authentication.failed': { severity: 'suspicious', en: 'The receiving server reports a failed SPF, DKIM or DMARC check', zh: '收件服务器报告 SPF、DKIM 或 DMARC 验证失败' },
  'link.text-mismatch': { severity: 'phishing', en: 'A link shows one address but goes to another', zh: '链接显示的地址与实际跳转地址不同' },
  'link.look-alike': { severity: 'phishing', en: 'A link goes to a domain that imitates Amazon', zh: '链接指向冒充亚马逊的域名' },
  'link.punycode': { severity: 'phishing', en: 'A link goes to a punycode (xn--) domain', zh: '链接指向 punycode（xn--）域名' },
  'link.not-amazon': { severity: 'suspicious', en: 'A link goes outside Amazon', zh: '链接指向亚马逊以外的网站' },
  'link.ip-address': { severity: 'phishing', en: 'A link goes to a bare IP address', zh: '链接指向裸 IP 地址' },
  'content.login-request': { severity: 'suspicious', en: 'It asks you to log in, verify or update account information through a link', zh: '要求你通过链接登录、验证或更新账户信息' },
  'content.urgency': { severity: 'suspicious', en: 'It threatens quick closure to rush you', zh: '以很快关闭账户相威胁，催促你行动' },
  'attachment.executable': { severity: 'phishing', en: 'It carries an executable or script attachment', zh: '附件是可执行文件或脚本' },
  'attachment.risky': { severity: 'suspicious', en: 'It carries an HTML or archive attachment', zh: '附件是 HTML 网页或压缩包' },
};

const lookAlikeAmazon = /amazon|amaz0n|arnazon|amazom|amazn|amzon|anazon|amason|amaozn|amazan|ama-zon|amazone/;
const loginRequest =
  /\b(log ?in|sign ?in|verify your (account|identity|information|details)|confirm your (account|identity|information|details)|update (your )?(account|billing|payment|bank) (information|details|info)|re-?activate your account (by|through|via|using) (the|this) link|click (here|the link|below) to (verify|confirm|update|restore|reactivate|log ?in|sign ?in))\b/i;
const urgency =
  /\b(within|in) (\d{1,2}|twenty-four|forty-eight|24|48|12) ?(hours?|hrs?)\b.{0,120}\b(closed|suspended|deactivated|terminated|locked|deleted|permanently)|\b(closed|suspended|deactivated|terminated|locked|deleted)\b.{0,80}\b(within|in) (\d{1,2}|24|48|12) ?(hours?|hrs?)\b|\b(immediately|urgent(ly)?|final (notice|warning))\b.{0,80}\b(closed|suspended|locked|terminated)/i;
const executable = /\.(exe|scr|bat|cmd|com|pif|js|jse|vbs|vbe|wsf|hta|jar|msi|ps1|lnk|iso|img|dll|apk)$/i;
const risky = /\.(html?|shtml|svg|zip|rar|7z|gz|docm|xlsm)$/i;

/**
 * Checks whether a mail that claims to come from Amazon is genuine: sender, reply-to and
 * Return-Path domains, link targets, look-alike and punycode domains, requests to log in through
 * a link, urgency, and risky attachments. One phishing-grade reason, or three suspicious ones,
 * make it phishing; any suspicious reason makes it suspicious.
 */
export function checkMail(input: string | Uint8Array | ParsedMessage, options: CheckMailOptions = {}): MailCheck {
  const message = typeof input === 'string' || input instanceof Uint8Array ? readMessage(input) : input;
  const trusted = (host: string) =>
    amazonDomainOf(host) !== null || (options.trustedDomains ?? []).some((d) => host === d || host.endsWith(`.${d}`));
  const reasons: MailReason[] = [];
  const add = (id: string, detail: string) => {
    const text = reasonTexts[id];
    if (text && !reasons.some((r) => r.id === id && r.detail === detail)) reasons.push({ id, en: text.en, zh: text.zh, detail });
  };

  const from = parseAddress(message.from);
  if (from) {
    const host = from.domain;
    if (host.includes('xn--')) add('sender.punycode', from.address);
    if (!trusted(host)) {
      if (isLookAlike(host)) add('sender.look-alike', from.address);
      else if (/amazon|seller (performance|central)/i.test(from.name)) add('sender.display-name', `${from.name} <${from.address}>`);
      else add('sender.not-amazon', from.address);
    }
  }
  const replyTo = parseAddress(message.replyTo);
  if (replyTo && !trusted(replyTo.domain)) add(isLookAlike(replyTo.domain) ? 'sender.look-alike' : 'reply-to.not-amazon', replyTo.address);
  const returnPath = parseAddress(message.returnPath);
  if (returnPath && !trusted(returnPath.domain)) add('return-path.mismatch', returnPath.address);
  const authentication = message.headers.filter((h) => h.name === 'authentication-results').map((h) => h.value).join(' ');
  const failed = /\b(spf|dkim|dmarc)=(fail|softfail|permerror)\b/i.exec(authentication);
  if (failed) add('authentication.failed', failed[0]);

  let offAmazonLinks = 0;
  for (const link of message.links) {
    const host = hostOf(link.href);
    if (!host) continue;
    const shown = hostOf(/^(https?:\/\/|www\.)/i.test(link.text.trim()) ? link.text.trim() : '') ?? shownHost(link.text);
    if (shown && shown !== host && !(trusted(shown) && trusted(host) && registrable(shown) === registrable(host))) {
      add('link.text-mismatch', `${link.text.trim()} → ${link.href}`);
    }
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) add('link.ip-address', link.href);
    else if (host.includes('xn--')) add('link.punycode', host);
    else if (!trusted(host)) {
      offAmazonLinks += 1;
      add(isLookAlike(host) ? 'link.look-alike' : 'link.not-amazon', host);
    }
  }
  const text = `${message.subject ?? ''}\n${message.text}`;
  const login = loginRequest.exec(text);
  if (login && (message.links.length > 0 || /https?:\/\//i.test(text))) add('content.login-request', login[0]);
  const rushed = urgency.exec(text);
  if (rushed) add('content.urgency', rushed[0].replace(/\s+/g, ' '));
  for (const attachment of message.attachments) {
    const name = attachment.filename ?? '';
    if (executable.test(name) || /application\/(x-msdownload|x-msdos-program|javascript|x-sh)/i.test(attachment.contentType)) add('attachment.executable', name || attachment.contentType);
    else if (risky.test(name)) add('attachment.risky', name);
  }

  const severities = reasons.map((r) => reasonTexts[r.id]?.severity);
  const suspiciousCount = severities.filter((s) => s === 'suspicious').length;
  // Login requests through links that leave Amazon are the classic phishing pattern.
  const loginOffAmazon = reasons.some((r) => r.id === 'content.login-request') && offAmazonLinks > 0;
  const verdict: MailVerdict =
    severities.includes('phishing') || suspiciousCount >= 3 || loginOffAmazon ? 'phishing' : suspiciousCount > 0 ? 'suspicious' : 'genuine-looking';
  return { verdict, reasons };
}

/** A look-alike: reads "amazon" once digits and doubled letters are undone, yet is not Amazon's. */
export function isLookAlike(host: string): boolean {
  // Amazon's rentable cloud hosts are not look-alikes; links there are reported as leaving Amazon.
  if (rentableAmazonHosts.some((rentable) => host === rentable || host.endsWith(`.${rentable}`))) return false;
  const folded = host
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/0/g, 'o')
    .replace(/1/g, 'l')
    .replace(/3/g, 'e')
    .replace(/4/g, 'a')
    .replace(/5/g, 's')
    .replace(/[-_]/g, '');
  return lookAlikeAmazon.test(folded) || host.includes('xn--');
}

function parseAddress(header: string | null): { name: string; address: string; domain: string } | null {
  if (!header) return null;
  const angle = /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(header);
  const bare = /([^\s<>"',;:]+@[^\s<>"',;:]+)/.exec(header);
  const address = (angle?.[1] ?? bare?.[1] ?? '').toLowerCase();
  if (!address.includes('@')) return null;
  const name = angle ? header.slice(0, angle.index).replace(/["']/g, '').trim() : '';
  return { name, address, domain: address.slice(address.lastIndexOf('@') + 1).replace(/[>.]+$/, '') };
}

function hostOf(url: string): string | null {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#\s]*@)?(\[[^\]]+\]|[^/:?#\s]+)/i.exec(url.trim()) ?? /^(www\.[^/:?#\s]+)/i.exec(url.trim());
  return match?.[1]?.toLowerCase().replace(/\.$/, '') ?? null;
}

/** A host shown as link text ("sellercentral.amazon.com" or "Go to sellercentral.amazon.com/..."). */
function shownHost(text: string): string | null {
  const match = /\b((?:[a-z0-9-]+\.)+(?:com|net|org|de|co\.uk|co\.jp|cn|fr|it|es|ca|in|jp|uk|io|info|top|xyz|shop|site|online))\b/i.exec(text);
  return match?.[1]?.toLowerCase() ?? null;
}

function registrable(host: string): string {
  return amazonDomainOf(host)?.domain ?? host;
}
