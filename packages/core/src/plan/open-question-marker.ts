/**
 * How an unanswered question shows in a draft. The review engine fails any letter that still
 * holds one, so a draft cannot be sent by mistake with a gap in it.
 */
export function openQuestionMarker(question: string): string {
  return `[TO COMPLETE: ${question}]`;
}

export const openQuestionMarkerPattern = /\[TO COMPLETE:[^\]]*\]/g;

/** The markers left in a text, in order. */
export function openQuestionMarkers(text: string): string[] {
  return Array.from(text.matchAll(openQuestionMarkerPattern), (match) => match[0]);
}
