import { LocalLinter, type Lint } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import type { GrammarIssue } from '@reinstate/core/appeal-review/index';

/** Harper's lint kinds that are about grammar; spelling is nspell's, style is left to the seller. */
const grammarKinds = new Set(['Agreement', 'BoundaryError', 'Eggcorn', 'Grammar', 'Malapropism', 'Repetition', 'Usage', 'WordChoice', 'WordOrder']);

export interface GrammarChecker {
  check(text: string): Promise<GrammarIssue[]>;
}

/** Grammar with harper.js, offline (its WebAssembly ships inside the package). Set up once, about 2.5 s. */
export function createGrammarChecker(): GrammarChecker {
  let ready: Promise<LocalLinter> | null = null;
  const linter = () =>
    (ready ??= (async () => {
      const local = new LocalLinter({ binary: binaryInlined });
      await local.setup();
      return local;
    })());
  return {
    async check(text) {
      const lints: Lint[] = await (await linter()).lint(text);
      return lints
        .filter((lint) => grammarKinds.has(lint.lint_kind()))
        .map((lint) => {
          const span = lint.span();
          return { offset: span.start, length: span.end - span.start, message: lint.message(), kind: lint.lint_kind(), text: lint.get_problem_text() };
        });
    },
  };
}
