// Runs harper.js in its own thread, so that a grammar check (about 110 ms, and seconds to set up)
// never holds the server's event loop. Plain JavaScript: a worker thread loads it without a compiler.
import { parentPort } from 'node:worker_threads';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';

/** Harper's lint kinds that are about grammar; spelling is nspell's, style is left to the seller. */
const grammarKinds = new Set(['Agreement', 'BoundaryError', 'Eggcorn', 'Grammar', 'Malapropism', 'Repetition', 'Usage', 'WordChoice', 'WordOrder']);

const linter = new LocalLinter({ binary: binaryInlined });
const ready = linter.setup();

parentPort.on('message', async ({ id, text }) => {
  try {
    await ready;
    const lints = await linter.lint(text);
    const issues = lints
      .filter((lint) => grammarKinds.has(lint.lint_kind()))
      .map((lint) => {
        const span = lint.span();
        return { offset: span.start, length: span.end - span.start, message: lint.message(), kind: lint.lint_kind(), text: lint.get_problem_text() };
      });
    parentPort.postMessage({ id, issues });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
