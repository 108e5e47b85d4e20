/** `{name}` in a template; names are identifiers so that ordinary braces never match. */
export const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names a template uses, in order, without repeats. */
export function templatePlaceholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(placeholderPattern), (match) => match[1]!))];
}
