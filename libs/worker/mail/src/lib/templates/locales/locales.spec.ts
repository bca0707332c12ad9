import { MAIL_TEMPLATES } from '@mitreden/api/mail';
import { MAIL_LOCALES } from '@mitreden/shared/contracts';
import { MAIL_ACTIONS } from '../mail-catalog';
import { MAIL_CATALOGS } from './index';

describe('mail catalogs', () => {
  it.each(MAIL_LOCALES)('%s has every text of every template filled in', (locale) => {
    const catalog = MAIL_CATALOGS[locale];
    expect(catalog.lang).toBe(locale);
    expect(catalog.common.greeting).toContain('{displayName}');
    for (const text of [catalog.common.productName, catalog.common.linkFallback, catalog.common.automated]) {
      expect(text.trim()).not.toBe('');
    }
    for (const template of MAIL_TEMPLATES) {
      const texts = catalog.templates[template];
      for (const text of [
        texts.subject,
        texts.preheader,
        texts.heading,
        texts.reason,
        ...texts.intro,
        ...texts.outro,
      ]) {
        expect(text.trim()).not.toBe('');
        // Only the greeting interpolates; a stray placeholder would reach the inbox verbatim.
        expect(text).not.toMatch(/[{}]/);
      }
      const labels = texts.actions as Record<string, string>;
      expect(Object.keys(labels).sort()).toEqual([...MAIL_ACTIONS[template]].sort());
    }
  });

  it('translates every subject', () => {
    for (const template of MAIL_TEMPLATES) {
      expect(MAIL_CATALOGS.de.templates[template].subject).not.toBe(
        MAIL_CATALOGS.en.templates[template].subject,
      );
    }
  });
});
