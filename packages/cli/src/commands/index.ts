import type { Command } from 'commander';
import { registerBackup, registerRestore } from './backup.ts';
import { registerCase, registerDue } from './case.ts';
import { registerCheckMail } from './check-mail.ts';
import { registerDb } from './db.ts';
import { registerDiagnose } from './diagnose.ts';
import { registerDraft } from './draft.ts';
import { registerExport } from './export.ts';
import { registerImport } from './import.ts';
import { registerMetrics } from './metrics.ts';
import { registerOrders } from './orders.ts';
import { registerReview } from './review.ts';
import { registerServe } from './serve.ts';
import { registerUser } from './user.ts';

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: ((program: Command) => void)[] = [
  registerServe,
  registerImport,
  registerMetrics,
  registerOrders,
  registerDiagnose,
  registerCheckMail,
  registerReview,
  registerDraft,
  registerExport,
  registerCase,
  registerDue,
  registerUser,
  registerBackup,
  registerRestore,
  registerDb,
];
