import mjml2html from 'mjml';
import { mailLocale } from '@mitreden/shared/contracts';
import type { MailPayloads, MailTemplate } from '@mitreden/api/mail';
import { MAIL_ACTIONS } from './mail-catalog';
import type { MailActionKey, MailCatalog, TemplateTexts } from './mail-catalog';
import { MAIL_CATALOGS } from './locales';
import { MailRenderError, mailContent, requireText } from './mail-content';
import type { Interpolated, MailContent, MailValue } from './mail-content';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  /** The language actually used (de or en). */
  locale: string;
}

export interface RenderContext {
  /** Origin of the web app, for links the worker derives itself. */
  publicUrl: string;
}

export { MailRenderError } from './mail-content';

const COLORS = { brand: '#0b4f6c', text: '#1f2933', muted: '#4b5563', page: '#f3f4f6', card: '#ffffff' };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

interface Action {
  label: string;
  url: string;
}

/** Renders a template in the recipient's mail language as HTML (MJML) plus a plain-text alternative. */
export async function renderMail<T extends MailTemplate>(
  template: T,
  payload: MailPayloads[T],
  locale: string,
  context: RenderContext,
): Promise<RenderedMail> {
  const language = mailLocale(locale);
  const catalog = MAIL_CATALOGS[language];
  const texts = catalog.templates[template] as TemplateTexts<MailActionKey<T>>;
  if (!texts) throw new MailRenderError(`Unknown mail template ${String(template)}`);

  const displayName = requireText(payload as Record<string, unknown>, 'displayName');
  const actions = resolveActions(template, texts, payload as Record<string, unknown>, context);
  const content = mailContent(template, payload, catalog);

  return {
    subject: texts.subject,
    html: await renderHtml(catalog, texts, displayName, actions, content),
    text: renderText(catalog, texts, displayName, actions, content),
    locale: language,
  };
}

function resolveActions<T extends MailTemplate>(
  template: T,
  texts: TemplateTexts<MailActionKey<T>>,
  payload: Record<string, unknown>,
  context: RenderContext,
): Action[] {
  const derived: Record<string, string> = { forgotPasswordLink: `${context.publicUrl}/forgot-password` };
  return (MAIL_ACTIONS[template] as readonly MailActionKey<T>[]).map((key) => ({
    label: texts.actions[key],
    url: safeUrl(derived[key] ?? requireText(payload, key)),
  }));
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/;
/** Embeddings, overrides and isolates: a title must not reorder the sentence around it. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

type Format = 'html' | 'text';

/**
 * Fills `{name}` placeholders. In HTML the static text and every value are escaped exactly once,
 * and text people wrote is wrapped in <bdi> so an Arabic title cannot reorder a German sentence.
 */
function interpolate(sentence: Interpolated, format: Format): string {
  // split() with a capturing group alternates static text (even indexes) and placeholder names (odd).
  return sentence.template
    .split(PLACEHOLDER)
    .map((part, index) => {
      if (index % 2 === 0) return format === 'html' ? escapeHtml(part) : part;
      const value = sentence.values[part];
      if (!value) throw new MailRenderError(`Mail text uses unknown placeholder "${part}"`);
      return formatValue(value, format);
    })
    .join('');
}

function formatValue(value: MailValue, format: Format): string {
  if ('label' in value) return format === 'html' ? escapeHtml(value.label) : value.label;
  const text = value.user.replace(BIDI_CONTROLS, '');
  return format === 'html' ? `<bdi>${escapeHtml(text)}</bdi>` : text;
}

/** The template's sentences with their values, in reading order. */
interface Body {
  intro: string[];
  list: string[];
  quoteIntro: string | null;
  /** Lines of the quoted free text. */
  quote: string[];
  outro: string[];
}

function body<T extends MailTemplate>(
  texts: TemplateTexts<string>,
  content: MailContent<T>,
  format: Format,
): Body {
  const values = content.values as Readonly<Record<string, MailValue>>;
  const fill = (template: string) => interpolate({ template, values }, format);
  const quote = (content.quote ?? '').replace(BIDI_CONTROLS, '').trim();
  const escape = format === 'html' ? escapeHtml : (value: string) => value;
  return {
    intro: texts.intro.map(fill),
    list: (content.list ?? []).map((item) => interpolate(item, format)),
    quoteIntro: quote && texts.quoteIntro ? fill(texts.quoteIntro) : null,
    quote: quote ? quote.split(/\r?\n/).map(escape) : [],
    outro: texts.outro.map(fill),
  };
}

/** Only web links may become buttons: a `javascript:` or `data:` URL must never reach an inbox. */
function safeUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MailRenderError('Mail link is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new MailRenderError('Mail link must be http(s)');
  return url.toString();
}

function greeting(catalog: MailCatalog, displayName: string, escape: (value: string) => string): string {
  // Split around the placeholder so only the static text and the value are escaped, each once.
  return catalog.common.greeting
    .split('{displayName}')
    .map(escape)
    .join(escape === escapeHtml ? `<bdi>${escapeHtml(displayName)}</bdi>` : displayName);
}

function paragraph(text: string, extraStyle = ''): string {
  return `<p style="margin:0 0 16px 0;${extraStyle}">${text}</p>`;
}

async function renderHtml<T extends MailTemplate>(
  catalog: MailCatalog,
  texts: TemplateTexts<string>,
  displayName: string,
  actions: Action[],
  content: MailContent<T>,
): Promise<string> {
  const { common } = catalog;
  const parts = body(texts, content, 'html');
  // Logical CSS properties are poorly supported in mail clients, so pick the physical side.
  const start = catalog.dir === 'rtl' ? 'right' : 'left';
  const list = parts.list.length
    ? `<ul style="margin:0 0 16px 0;padding-${start}:24px;">${parts.list
        .map((item) => `<li style="margin:0 0 4px 0;">${item}</li>`)
        .join('')}</ul>`
    : '';
  const quote = parts.quote.length
    ? `${parts.quoteIntro ? paragraph(parts.quoteIntro) : ''}<div dir="auto" style="margin:0 0 16px 0;padding:8px 16px;border-${start}:4px solid ${COLORS.brand};background-color:${COLORS.page};">${parts.quote.join('<br />')}</div>`
    : '';
  const buttons = actions
    .map(
      (action) => `
        <mj-button href="${escapeHtml(action.url)}" background-color="${COLORS.brand}" color="#ffffff"
          font-size="16px" font-weight="700" border-radius="6px" inner-padding="14px 24px" padding="8px 0"
          align="left">${escapeHtml(action.label)}</mj-button>`,
    )
    .join('');
  const rawLinks = actions
    .map(
      (action) =>
        `${actions.length > 1 ? `${escapeHtml(action.label)}:<br />` : ''}<a href="${escapeHtml(action.url)}" style="color:${COLORS.brand};word-break:break-all;">${escapeHtml(action.url)}</a>`,
    )
    .join('<br /><br />');

  const source = `
<mjml lang="${escapeHtml(catalog.lang)}" dir="${catalog.dir}">
  <mj-head>
    <mj-title>${escapeHtml(texts.subject)}</mj-title>
    <mj-preview>${escapeHtml(texts.preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="${COLORS.text}" padding="0" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${COLORS.page}">
    <mj-section background-color="${COLORS.brand}" padding="16px 24px">
      <mj-column>
        <mj-text color="#ffffff" font-size="22px" font-weight="700">${escapeHtml(common.productName)}</mj-text>
        <mj-text color="#ffffff" font-size="14px">${escapeHtml(common.tagline)}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="${COLORS.card}" padding="24px">
      <mj-column>
        <mj-text><h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3;">${escapeHtml(texts.heading)}</h1></mj-text>
        <mj-text>
          ${paragraph(greeting(catalog, displayName, escapeHtml))}
          ${parts.intro.map((text) => paragraph(text)).join('\n          ')}
          ${list}
          ${quote}
        </mj-text>
        ${buttons}
        <mj-text font-size="14px" padding="16px 0 0 0">
          ${paragraph(`${escapeHtml(common.linkFallback)}<br />${rawLinks}`)}
        </mj-text>
        <mj-text>
          ${parts.outro.map((text) => paragraph(text)).join('\n          ')}
          ${paragraph(common.signOff.map(escapeHtml).join('<br />'), 'margin-bottom:0;')}
        </mj-text>
      </mj-column>
    </mj-section>
    <mj-section padding="16px 24px">
      <mj-column>
        <mj-text font-size="13px" color="${COLORS.muted}">
          ${paragraph(escapeHtml(texts.reason), 'margin-bottom:8px;')}
          ${paragraph(escapeHtml(common.automated), 'margin-bottom:0;')}
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

  // mjml 4 renders synchronously while its current typings promise a Promise; awaiting suits both.
  const result = await mjml2html(source, { validationLevel: 'strict', keepComments: false });
  return result.html;
}

function renderText<T extends MailTemplate>(
  catalog: MailCatalog,
  texts: TemplateTexts<string>,
  displayName: string,
  actions: Action[],
  content: MailContent<T>,
): string {
  const { common } = catalog;
  const identity = (value: string) => value;
  const parts = body(texts, content, 'text');
  const blocks = [
    texts.heading,
    greeting(catalog, displayName, identity),
    ...parts.intro,
    parts.list.map((item) => `- ${item}`).join('\n'),
    parts.quoteIntro ?? '',
    parts.quote.map((line) => `> ${line}`.trimEnd()).join('\n'),
    actions.map((action) => `${action.label}:\n${action.url}`).join('\n\n'),
    ...parts.outro,
    common.signOff.join('\n'),
    `-- \n${common.productName}\n${texts.reason}\n${common.automated}`,
  ];
  return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}
