import { Hono } from 'hono';
import { checkMailRequest, diagnoseRequest, reviewRequest } from '@reinstate/core/contracts/index';
import { diagnose } from '@reinstate/core/diagnosis/index';
import { checkMail } from '@reinstate/core/mail/index';
import { createGrammarChecker } from '../language/grammar-checker.ts';
import { createSpellChecker } from '../language/spell-checker.ts';
import { reviewLetter } from '@reinstate/core/appeal-review/index';
import { reviewRound } from '@reinstate/core/cases/index';
import { caseReviewRequest } from '@reinstate/core/contracts/index';
import type { AppDeps } from '../app-deps.ts';
import { currentActor } from '../actor.ts';
import { casesService } from '../services/cases-service.ts';

/**
 * Reading Amazon's messages and reviewing letters: POST /api/diagnose, /check-mail, /review (all
 * stateless), and /cases/:id/review (a draft against what the case's notice and last reply ask).
 */
export function messageRoutes(deps: AppDeps) {
  const spellChecker = createSpellChecker();
  const grammarChecker = createGrammarChecker();
  const cases = casesService(deps.database, deps.now ?? (() => new Date()));
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
    })
    .post('/cases/:id/review', async (c) => {
      const view = await cases.get(currentActor(c), c.req.param('id'));
      const body = caseReviewRequest.parse(await c.req.json());
      return c.json(reviewRound(view.case, body.text, { lang: body.lang, spellChecker, grammar: body.grammar ? await grammarChecker.check(body.text) : undefined }));
    });
}
