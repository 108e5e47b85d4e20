import type { RequestedCategory } from './diagnosis.ts';

/**
 * How Reinstate recognises what Amazon asks for. Source: the "please provide the following"
 * lists of deactivation notices and of "more information" replies ("-- The root cause(s) of
 * ...", "-- Greater detail on ..."), and the document requests of authenticity, IP, safety and
 * verification notices.
 */

/** Category of an item, tried in order: the first pattern that matches wins. */
export const requestedCategoryPatterns: readonly { category: RequestedCategory; pattern: RegExp }[] = [
  { category: 'root-cause', pattern: /\broot[- ]?causes?\b|^\W*why\b|\bexplain why\b|\bwhy (the|this|these) (issue|problem|violation)s? (happened|occurred)|\bwhat (caused|led to|went wrong)\b|\breasons? (for|behind) (the|this|these)\b/i },
  { category: 'prevention', pattern: /\bprevent(ing|ive|ion)?\b|\b(recur|recurring|recurrence|happening again|in the future|going forward)\b|\bfuture (violations|issues|problems)\b/i },
  { category: 'actions-taken', pattern: /\b(actions?|steps?|measures?|changes?|corrections?|improvements?) (that )?(you('ve)? )?(have |has )?(already )?(taken|made|implemented)\b|\b(resolve|address|fix|correct|remedy)(d)? the (issue|issues|problem|problems|violation|violations|complaint|complaints)\b|\bcorrective actions?\b|\bwhat you (have )?(changed|did|done)\b/i },
  { category: 'documents', pattern: /\binvoices?\b|\breceipts?\b|\bletters? of authori[sz]ation\b|\blicen[cs]e|\bcertificates?\b|\btest reports?\b|\bdocuments?\b|\bdocumentation\b|\butility bill\b|\bstatements?\b|\bpassport\b|\bgovernment-issued\b|\bphotos?\b|\bpictures?\b|\bimages? of\b|\bsafety data sheets?\b|\bdeclarations? of conformity\b|\b(CPC|SDS|GCC)\b|\bcontact information (for|of) (your|the) supplier/i },
  { category: 'evidence', pattern: /\bevidence\b|\bproof\b|\bdemonstrat(e|es|ing)\b|\b(shows?|showing|confirm(s|ing)?) that\b|\bcompl(y|ies|iance)\b|\bsupporting\b|\bscreenshots?\b|\bverif(y|ies|ication)\b/i },
];

/** A lead-in that introduces a list of what to send ("Please provide the following:", "Your plan of action should include:"). */
export const requestLeadIn =
  /\b(provide|submit|send|attach|upload|explain|describe|address|tell us|need|needs|require|required|requires|resubmit|answer)\b|\b(should|must) (include|contain|cover|address|have)\b|\binclude (the following|in your)\b|\bfollowing (information|documents?|items?|details)\b|\bplan of action\b.{0,40}\b(that|which|should|must|including|includes)\b|\bmissing\b|\bone of the following\b/i;

/** A sentence outside any list that asks for something. */
export const requestSentence =
  /^\W*(provide|send|submit|upload|attach|include|explain)\s+(us\s+)?(a|an|your|copies|invoices?|documents?|proof|evidence|test|photos?)\b|\b(please|kindly|you (must|need to|should)|we (need|require|request|ask) (you to )?|you are required to)\s+(provide|send|submit|attach|upload|explain|describe|include|tell us|share|resubmit|answer|forward)\b/i;

/** A sentence that asks for a document even without "please" ("Invoices ... are required"). */
export const documentRequestSentence =
  /\b(invoices?|letters? of authori[sz]ation|licen[cs]es?|certificates?|test reports?|documents?|documentation|retraction)\b.{0,120}\b(required|needed|must be (provided|submitted)|should be (provided|submitted))\b/i;

/** Requests that are only about how to write back, not about content ("Please do not reply to this e-mail"). */
export const notARequest = /^\W*(upload|send|submit) (the|this|these|your) (documents?|documentation|information)\b.{0,20}\b(in|on|through|via|using|to|from|by)\b|\bplease (do not|don't|note|see|visit|review|read|refer|go to|click|log in|sign in|contact)\b|\bthank you\b|\bfor (more|further) (information|details)\b/i;

/** A list item that is only an identifier or link: part of a list of ASINs, orders or help pages, not a request. */
export const identifierItem = /^(?:(?:ASIN|SKU|Order(?: ID)?|Order number)\s*[:#]?\s*)?(?:B0[A-Z0-9]{8}|\d{9}[\dX]|\d{3}-\d{7}-\d{7}|https?:\/\/\S+)[\s,;.]*(?:\(.*\))?$/i;
