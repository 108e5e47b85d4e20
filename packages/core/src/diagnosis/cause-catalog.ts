import type { CauseId } from './diagnosis.ts';
import type { Signal } from './signal.ts';

/**
 * What Reinstate knows about recognising one cause of suspension in Amazon's wording. One file
 * per cause under causes/; the examples double as tests (each must be diagnosed as its cause).
 */
export interface CauseCatalogEntry {
  id: CauseId;
  signals: Signal[];
  /** Names of the metric as Amazon writes them, for reading "Your <name> is 2.78%". */
  metricNames?: string[];
  /** Sentences in the style of Amazon's notices that name this cause. */
  examples: string[];
  /** What the cause means and how it is told apart from its neighbours. */
  notes: string;
  /** Where the wording and the rule come from. */
  source: string;
}
