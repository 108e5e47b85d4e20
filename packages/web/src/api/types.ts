import type { DueItem, RoundChecklist } from '@reinstate/core/cases/index';
import type { PlaybookQuestion } from '@reinstate/core/playbooks/index';
import type { PlanField, PlanOfAction, PlanAnswers } from '@reinstate/core/plan/index';

/** The shapes the API answers with, as the web app reads them (the server builds them from core's types). */
export type { CaseView } from '@reinstate/server/services/cases-service';
export type { Account as AccountSummary } from '@reinstate/server/services/accounts-service';

export type Question = PlaybookQuestion & { key: string };

export interface PlanDocument {
  version: number;
  plan: PlanOfAction | null;
  savedAt: string | null;
  questions: Question[];
}

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  place: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  note?: string;
  expected?: string[] | string;
}

export interface ReviewReport {
  findings: Finding[];
  score: number;
  verdict: 'ready' | 'revise';
}

export interface CaseReview {
  report: ReviewReport;
  checklist: RoundChecklist;
}

export interface MetricsPoint {
  asOf: string;
  orderDefectRate: number | null;
  lateShipmentRate: number | null;
  preFulfillmentCancelRate: number | null;
  validTrackingRate: number | null;
}

export type { DueItem, PlanAnswers, PlanField, PlanOfAction, RoundChecklist };
