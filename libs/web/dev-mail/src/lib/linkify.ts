/** A piece of a plain-text mail: either text or a web link that should be clickable. */
export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Stops at whitespace and at characters that usually close a sentence around a URL.
const URL_PATTERN = /https?:\/\/[^\s<>"'()]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/**
 * Splits plain text into text and http(s) links, so the template can render links as anchors
 * without ever handing mail content to innerHTML.
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const href = match[0].replace(TRAILING_PUNCTUATION, '');
    if (start > position) segments.push({ kind: 'text', text: text.slice(position, start) });
    segments.push({ kind: 'link', text: href, href });
    position = start + href.length;
  }
  if (position < text.length) segments.push({ kind: 'text', text: text.slice(position) });
  return segments;
}

/**
 * The HTML version goes into a sandboxed iframe. Links open in a new tab: inside the frame they
 * would load the app without scripts, which looks broken.
 */
export function mailDocument(html: string): string {
  const base = '<base target="_blank">';
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head([^>]*)>/i, `<head$1>${base}`);
  return `<!doctype html><html><head>${base}<meta charset="utf-8"></head><body>${html}</body></html>`;
}
