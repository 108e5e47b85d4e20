// npm run bench:review (spelling on): median and p95 time to review a 1,000-word letter after warm-up, and the
// cost of the first review including loading the rules. Prints JSON.
export {};
const t0 = performance.now();
const { reviewLetter } = await import('@reinstate/core/appeal-review/index');
const { draftPlan, examplePlanInput, renderPlanText } = await import('@reinstate/core/plan/index');
const { createSpellChecker } = await import('@reinstate/server/language/spell-checker');
const spellChecker = createSpellChecker();
const input = examplePlanInput({ answers: true });
const base = renderPlanText(draftPlan(input).plan);
let letter = base;
while (letter.split(/\s+/).length < 1000) letter += `\n\n${base.split('\n\n').slice(2, 4).join('\n\n')}`;
const words = letter.split(/\s+/).filter(Boolean).length;
reviewLetter(letter, { notice: input.notice, spellChecker });
const startupMs = performance.now() - t0;
for (let i = 0; i < 30; i++) reviewLetter(letter, { notice: input.notice, spellChecker });
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  reviewLetter(letter.replace('Dear', i % 2 ? 'Dear' : 'Hello'), { notice: input.notice, spellChecker });
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2));
console.log(JSON.stringify({ words, startupMs: Number(startupMs.toFixed(1)), medianMs: at(0.5), p95Ms: at(0.95), runs: times.length }, null, 2));
