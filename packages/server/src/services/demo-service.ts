import { demoAccountName, demoSeller } from '@reinstate/core/demo/demo-seller';
import type { OpenDatabase } from '@reinstate/db';
import type { Actor } from '../actor.ts';
import { accountsService } from './accounts-service.ts';
import { casesService } from './cases-service.ts';
import { importFile } from './import-service.ts';

export interface DemoAccount {
  accountId: string;
  caseId: string | null;
  /** False when the workspace had the demo account already (it is not loaded twice). */
  created: boolean;
}

/**
 * "Load demo account": a synthetic seller generated on the spot and fed through the same paths as
 * a seller's own data (report files through the importer, the notice and reply through the case).
 */
export function demoService(database: OpenDatabase, now: () => Date) {
  const accounts = accountsService(database);
  const cases = casesService(database, now);
  return {
    async load(actor: Actor): Promise<DemoAccount> {
      const [existing] = await accounts.list(actor, demoAccountName);
      if (existing) {
        const [first] = await cases.list(actor, existing.id);
        return { accountId: existing.id, caseId: first?.id ?? null, created: false };
      }
      const seller = demoSeller(now().toISOString().slice(0, 10));
      const created = await accounts.ensure(actor, { name: seller.account.name, marketplaces: [seller.account.marketplace], timeZone: seller.account.timeZone });
      const account = await accounts.update(actor, created.id, { timeZone: seller.account.timeZone, version: created.version });
      for (const file of seller.files) {
        await importFile(database, oneChunk(new TextEncoder().encode(file.text)), { accountId: account.id, fileName: file.name, marketplace: seller.account.marketplace });
      }
      let appealCase = await cases.create(actor, account.id, seller.notice.text, seller.notice.received);
      appealCase = await cases.submit(actor, appealCase.id, {
        text: seller.firstAppeal.text,
        channel: 'seller-central-form',
        submittedAt: `${seller.firstAppeal.submittedOn}T02:30:00.000Z`,
        planVersion: null,
        version: appealCase.version,
      });
      appealCase = await cases.reply(actor, appealCase.id, { text: seller.reply.text, received: seller.reply.received, version: appealCase.version });
      return { accountId: account.id, caseId: appealCase.id, created: true };
    },
  };
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
