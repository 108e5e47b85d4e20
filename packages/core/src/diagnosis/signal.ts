/**
 * A phrase or pattern in a catalog and how strongly it points at its entry (0..1).
 * Phrases are written as Amazon writes them and matched case-insensitively, with any run of
 * whitespace, straight or curly quotes; patterns are regular expressions for wordings that vary.
 */
export interface Signal {
  match: string | RegExp;
  weight: number;
  /** A sentence that contains this signal; the match does not count when this pattern also matches. */
  unless?: RegExp;
}

export interface CompiledSignal {
  pattern: RegExp;
  weight: number;
  unless: RegExp | null;
}

/** Compiles catalog signals once; phrases become word-bounded, whitespace-tolerant, case-insensitive patterns. */
export function compileSignals(signals: readonly Signal[]): CompiledSignal[] {
  return signals.map((signal) => ({
    pattern: typeof signal.match === 'string' ? phrasePattern(signal.match) : ensureInsensitive(signal.match),
    weight: signal.weight,
    unless: signal.unless ?? null,
  }));
}

export function phrasePattern(phrase: string): RegExp {
  const body = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/'/g, "['\u2019]");
  const start = /^\w/.test(phrase) ? '\\b' : '';
  const end = /\w$/.test(phrase) ? '\\b' : '';
  return new RegExp(`${start}${body}${end}`, 'i');
}

function ensureInsensitive(pattern: RegExp): RegExp {
  return pattern.flags.includes('i') ? pattern : new RegExp(pattern.source, `${pattern.flags}i`);
}

/** The strongest weight of the signals a sentence matches, 0 when none. */
export function strongestMatch(signals: readonly CompiledSignal[], sentence: string): number {
  let best = 0;
  for (const signal of signals) {
    if (signal.weight <= best) continue;
    if (signal.pattern.test(sentence) && !(signal.unless?.test(sentence) ?? false)) best = signal.weight;
  }
  return best;
}
