import { decodeHtmlEntities } from './html-entities.ts';
import type { MessageLink } from './parsed-message.ts';

const blockTags = new Set([
  'p', 'div', 'br', 'tr', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'blockquote', 'section', 'article', 'header', 'footer', 'hr', 'dl', 'dt', 'dd', 'pre', 'address', 'form',
  'fieldset', 'center', 'main', 'nav', 'aside', 'figure', 'caption', 'title',
]);
const droppedElements = /<(script|style|head|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

export interface HtmlText {
  text: string;
  links: MessageLink[];
}

/**
 * HTML to readable text: block elements become line breaks, list items "- " bullets (numbered in
 * ordered lists), entities decoded, scripts and styles dropped. Links are kept aside as
 * (text, href) pairs for the phishing check.
 */
export function htmlToText(html: string): HtmlText {
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<![^>]*>|<\?[^>]*>/g, '').replace(droppedElements, ' ');
  const links: MessageLink[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  let out = '';
  let openLink: { href: string; start: number } | null = null;
  let preDepth = 0;
  let last = 0;

  const appendText = (raw: string) => {
    const decoded = decodeHtmlEntities(preDepth > 0 ? raw : raw.replace(/[ \t\r\n\f]+/g, ' '));
    if (preDepth === 0 && (out.endsWith('\n') || out === '')) out += decoded.replace(/^ +/, '');
    else out += decoded;
  };
  const newline = () => {
    out = out.replace(/[ \t]+$/, '');
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };

  for (const match of source.matchAll(tagPattern)) {
    appendText(source.slice(last, match.index));
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    const attributes = match[3] ?? '';
    if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (name === 'a') {
      if (!closing) {
        const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
        if (href) openLink = { href: decodeHtmlEntities(href[1] ?? href[2] ?? href[3] ?? '').trim(), start: out.length };
      } else if (openLink) {
        links.push({ text: out.slice(openLink.start).replace(/\s+/g, ' ').trim(), href: openLink.href });
        openLink = null;
      }
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', count: 0 });
    }
    if (name === 'td' || name === 'th') {
      if (closing && !out.endsWith('\n')) out += ' ';
      continue;
    }
    if (name === 'img' && !closing) {
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
      if (alt && (alt[1] ?? alt[2] ?? '').trim() !== '') appendText(` ${alt[1] ?? alt[2]} `);
      continue;
    }
    if (!blockTags.has(name)) continue;
    newline();
    if (name === 'p' && closing) out += '\n';
    if (name === 'li' && !closing) {
      const list = lists.at(-1);
      if (list) list.count += 1;
      out += list?.ordered ? `${list.count}. ` : '- ';
    }
  }
  appendText(source.slice(last));
  const text = out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \t]+(?=\S)/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, links };
}
