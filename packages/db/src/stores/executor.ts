import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

/** What a store runs its queries on: the database, or the transaction of an import. */
export type Executor = Kysely<Database> | Transaction<Database>;
