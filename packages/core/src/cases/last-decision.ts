import type { AmazonReply, AppealCase } from './appeal-case.ts';

/** Amazon's last decided reply (not an acknowledgement) and its round: what the next round must answer. */
export function lastDecision(appealCase: AppealCase): { reply: AmazonReply; round: number } | null {
  for (const round of [...appealCase.rounds].reverse()) {
    const reply = [...round.replies].reverse().find((r) => r.diagnosis.outcome !== 'acknowledged');
    if (reply) return { reply, round: round.number };
  }
  return null;
}
