import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { DEFAULT_LOCALE, LOCALES } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';

/** The best supported language in an Accept-Language header (`de` when nothing matches). */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = LOCALES.find((locale) => locale === tag.split('-')[0].toLowerCase());
    if (base) return base;
  }
  return DEFAULT_LOCALE;
}

/** Translatable texts are stored as `{de: …, en: …}`; German is the source and the fallback. */
export type TranslatedText = Partial<Record<Locale, string>> & { de: string };

export function translate(text: Partial<Record<string, string>> | null | undefined, locale: string): string {
  if (!text) return '';
  return text[locale] ?? text[DEFAULT_LOCALE] ?? '';
}

/** The language `translate` actually returned, so the page can mark a German fallback with `lang="de"`. */
export function translatedLocale(text: Partial<Record<string, string>> | null | undefined, locale: string): string {
  return text?.[locale] !== undefined ? locale : DEFAULT_LOCALE;
}

/** The language the client asked for (Accept-Language), for translatable fields. */
export const RequestLocale = createParamDecorator((_data: unknown, context: ExecutionContext): Locale => {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
      : context.switchToHttp().getRequest<Request>();
  return negotiateLocale(request?.headers['accept-language']);
});
