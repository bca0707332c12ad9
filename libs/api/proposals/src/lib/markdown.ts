import MarkdownIt from 'markdown-it';
import type { Options, Renderer, Token } from 'markdown-it';

/** Link targets a resident may point to; anything else (javascript:, data:, file:, relative) stays text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** What is written next to every rendered link: user content, no ranking credit, no window.opener. */
const LINK_REL = 'nofollow ugc noopener';

/**
 * One shared renderer. `html: false` escapes every raw tag, so `<script>` arrives as text; the
 * link check below is the only way a URL reaches an attribute.
 */
const markdown = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });

markdown.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());

type RenderRule = NonNullable<Renderer['rules'][string]>;
const renderToken: RenderRule = (tokens, index, options, _env, self) =>
  self.renderToken(tokens, index, options);

markdown.renderer.rules['link_open'] = (tokens, index, options, env, self) => {
  tokens[index].attrSet('rel', LINK_REL);
  return renderToken(tokens, index, options, env, self);
};

/**
 * Images are not embedded: a remote image would make every reader's browser call a server the
 * author chose (tracking pixels, IP addresses leaving the site, GDPR) and can wreck the layout. The
 * image becomes a plain link to it, labelled with its alt text, so nothing the author meant is lost.
 */
markdown.renderer.rules['image'] = (tokens: Token[], index: number, options: Options) => {
  const token = tokens[index];
  const src = token.attrGet('src') ?? '';
  const label = markdown.utils.escapeHtml(token.content || src);
  void options;
  // validateLink already refused unsafe sources: the parser left those as text, never as an image.
  return `<a href="${markdown.utils.escapeHtml(src)}" rel="${LINK_REL}">${label}</a>`;
};

/**
 * The proposal page owns h1/h2 (its title and sections); headings inside a body start at h3, so a
 * resident's `# Heading` cannot break the page outline screen-reader users navigate by.
 */
const HEADING_OFFSET = 2;
const shiftHeading: RenderRule = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const level = Number(token.tag.slice(1));
  token.tag = `h${Math.min(6, level + HEADING_OFFSET)}`;
  return renderToken(tokens, index, options, env, self);
};
markdown.renderer.rules['heading_open'] = shiftHeading;
markdown.renderer.rules['heading_close'] = shiftHeading;

/** Markdown as a resident wrote it → a safe HTML subset (no raw HTML, no scripts, safe links only). */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
