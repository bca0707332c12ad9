import { MAIL_TEMPLATES } from '@mitreden/api/mail';
import { MAIL_LOCALES } from '@mitreden/shared/contracts';
import {
  ASSESSMENT_ITEM_PLACEHOLDERS,
  CATALOGUE_ITEM_PLACEHOLDERS,
  MAIL_ACTIONS,
  MAIL_PLACEHOLDERS,
} from '../mail-catalog';
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
      // Subjects, preheaders and headings never interpolate (a title must not reach a header).
      for (const text of [texts.subject, texts.preheader, texts.heading, texts.reason]) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/[{}]/);
      }
      const allowed = new Set<string>(MAIL_PLACEHOLDERS[template]);
      for (const text of [...texts.intro, ...texts.outro, ...(texts.quoteIntro ? [texts.quoteIntro] : [])]) {
        expect(text.trim()).not.toBe('');
        // A misspelt placeholder would reach the inbox verbatim.
        const used = [...text.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
        for (const name of used)
          expect({ template, name, allowed: allowed.has(name) }).toEqual({ template, name, allowed: true });
        expect(text.replace(/\{[A-Za-z]+\}/g, '')).not.toMatch(/[{}]/);
      }
      const labels = texts.actions as Record<string, string>;
      expect(Object.keys(labels).sort()).toEqual([...MAIL_ACTIONS[template]].sort());
    }
  });

  it.each(MAIL_LOCALES)('%s translates every enum label and formats digest items', (locale) => {
    const { labels } = MAIL_CATALOGS[locale];
    for (const group of [labels.contentKind, labels.reviewOutcome, labels.answerOutcome]) {
      for (const label of Object.values(group)) expect(label.trim()).not.toBe('');
    }
    for (const item of [labels.assessmentDue, labels.assessmentOverdue]) {
      const used = [...item.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]).sort();
      expect(used).toEqual([...ASSESSMENT_ITEM_PLACEHOLDERS].sort());
    }
    for (const item of [labels.catalogueItemOneMeasure, labels.catalogueItemManyMeasures]) {
      const used = [...item.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]).sort();
      expect(used).toEqual([...CATALOGUE_ITEM_PLACEHOLDERS].sort());
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
