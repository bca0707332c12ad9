import mjml2html from 'mjml';
import { mailLocale } from '@mitreden/shared/contracts';
import type { MailPayloads, MailTemplate } from '@mitreden/api/mail';
import { MAIL_ACTIONS } from './mail-catalog';
import type { MailActionKey, MailCatalog, TemplateTexts } from './mail-catalog';
import { MAIL_CATALOGS } from './locales';

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

/** A payload that cannot be rendered; retrying will not help. */
export class MailRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MailRenderError';
  }
}

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

  return {
    subject: texts.subject,
    html: await renderHtml(catalog, texts, displayName, actions),
    text: renderText(catalog, texts, displayName, actions),
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

function requireText(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  if (typeof value !== 'string' || value.length === 0)
    throw new MailRenderError(`Mail payload lacks "${key}"`);
  return value;
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

async function renderHtml(
  catalog: MailCatalog,
  texts: TemplateTexts<string>,
  displayName: string,
  actions: Action[],
): Promise<string> {
  const { common } = catalog;
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
          ${texts.intro.map((text) => paragraph(escapeHtml(text))).join('\n          ')}
        </mj-text>
        ${buttons}
        <mj-text font-size="14px" padding="16px 0 0 0">
          ${paragraph(`${escapeHtml(common.linkFallback)}<br />${rawLinks}`)}
        </mj-text>
        <mj-text>
          ${texts.outro.map((text) => paragraph(escapeHtml(text))).join('\n          ')}
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

function renderText(
  catalog: MailCatalog,
  texts: TemplateTexts<string>,
  displayName: string,
  actions: Action[],
): string {
  const { common } = catalog;
  const identity = (value: string) => value;
  const blocks = [
    texts.heading,
    greeting(catalog, displayName, identity),
    ...texts.intro,
    actions.map((action) => `${action.label}:\n${action.url}`).join('\n\n'),
    ...texts.outro,
    common.signOff.join('\n'),
    `-- \n${common.productName}\n${texts.reason}\n${common.automated}`,
  ];
  return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}
