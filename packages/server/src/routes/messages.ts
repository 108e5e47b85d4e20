import { Hono } from 'hono';
import { checkMailRequest, diagnoseRequest, reviewRequest } from '@reinstate/core/contracts/index';
import { diagnose } from '@reinstate/core/diagnosis/index';
import { checkMail } from '@reinstate/core/mail/index';
import { createGrammarChecker } from '../language/grammar-checker.ts';
import { createSpellChecker } from '../language/spell-checker.ts';
import { reviewLetter } from '@reinstate/core/appeal-review/index';

/** Stateless reading of Amazon's messages and review of letters: POST /api/diagnose, /check-mail, /review. */
export function messageRoutes() {
  const spellChecker = createSpellChecker();
  const grammarChecker = createGrammarChecker();
  return new Hono()
    .post('/diagnose', async (c) => {
      const body = diagnoseRequest.parse(await c.req.json());
      return c.json(diagnose(body.text, { received: body.received }));
    })
    .post('/check-mail', async (c) => {
      const body = checkMailRequest.parse(await c.req.json());
      return c.json(checkMail(body.text));
    })
    .post('/review', async (c) => {
      const body = reviewRequest.parse(await c.req.json());
      const report = reviewLetter(body.text, {
        notice: body.notice ? diagnose(body.notice, {}) : undefined,
        reply: body.reply ? diagnose(body.reply, {}) : undefined,
        lang: body.lang,
        config: body.rules,
        spellChecker,
        grammar: body.grammar ? await grammarChecker.check(body.text) : undefined,
      });
      return c.json(report);
    });
}
