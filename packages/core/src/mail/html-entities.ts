// The named entities that occur in mail and in text copied out of a browser; the rest are rare
// enough that leaving them as written is better than shipping the whole HTML table.
const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', bull: '•', middot: '·', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚',
  ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', prime: '′',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', percnt: '%',
  dollar: '$', num: '#', excl: '!', quest: '?', lpar: '(', rpar: ')', comma: ',', period: '.',
  colon: ':', semi: ';', sol: '/', bsol: '\\', lowbar: '_', hyphen: '‐', dash: '‐', zwnj: '\u200c',
  zwj: '\u200d', shy: '\u00ad', iexcl: '¡', iquest: '¿', rarr: '→', larr: '←', harr: '↔', uarr: '↑',
  darr: '↓', check: '✓', cross: '✗', star: '☆', starf: '★',
  aacute: 'á', agrave: 'à', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', szlig: 'ß',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ',
  Aacute: 'Á', Agrave: 'À', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Euml: 'Ë', Iacute: 'Í', Ntilde: 'Ñ', Oacute: 'Ó', Ouml: 'Ö',
  Oslash: 'Ø', Uacute: 'Ú', Uuml: 'Ü',
};

const entityPattern = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g;

/** Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2022;`); unknown names stay as written. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(entityPattern, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      // Windows-1252 numeric references (&#150; &#147;) are what old mail tools write for dashes and quotes.
      return String.fromCodePoint(windows1252Controls[code] ?? code);
    }
    const named = namedEntities[body] ?? namedEntities[body.toLowerCase()];
    if (named === undefined) return whole;
    // Without the semicolon only the short classic names count, so "&copy2024" style text survives.
    return whole.endsWith(';') || ['amp', 'lt', 'gt', 'quot', 'nbsp'].includes(body) ? named : whole;
  });
}

const windows1252Controls: Record<number, number> = {
  128: 0x20ac, 130: 0x201a, 132: 0x201e, 133: 0x2026, 134: 0x2020, 135: 0x2021, 139: 0x2039, 145: 0x2018,
  146: 0x2019, 147: 0x201c, 148: 0x201d, 149: 0x2022, 150: 0x2013, 151: 0x2014, 153: 0x2122, 155: 0x203a,
};
