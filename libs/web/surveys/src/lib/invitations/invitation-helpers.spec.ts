import type { InvitationRow } from './invitation-helpers';
import {
  accessCodeLink,
  accessCodesCsv,
  barWidth,
  filterInvitations,
  formatPercent,
  importErrorKey,
  isAcceptedFileName,
  mailingErrorKey,
  mailingPercent,
  notCompleteCount,
  pendingCount,
  rateStages,
  rowRuleKey,
  shareOf,
  typeCounts,
} from './invitation-helpers';

let next = 0;
function invitation(status: InvitationRow['status'], over: Partial<InvitationRow['organisation']> = {}): InvitationRow {
  next += 1;
  return {
    id: `inv-${next}`,
    status,
    invitedAt: status === 'PENDING' ? null : '2026-11-01T09:00:00.000Z',
    reminderCount: 0,
    lastRemindedAt: null,
    organisation: {
      id: `org-${next}`,
      name: `Verein ${next}`,
      email: `verein${next}@example.org`,
      type: 'MIGRANT_ORGANISATION',
      municipality: 'Garbsen',
      optedOut: false,
      ...over,
    },
  };
}

describe('invitation helpers', () => {
  it('formats the issue’s response rates per locale (713 / 154 / 110)', () => {
    expect(formatPercent(154 / 713, 'de')).toBe('21,6\u00a0%');
    expect(formatPercent(110 / 713, 'de')).toBe('15,4\u00a0%');
    expect(formatPercent(154 / 713, 'en')).toBe('21.6%');
    expect(formatPercent(Number.NaN, 'en')).toBe('0%');
    // Arabic digits and sign come from Intl, not from us; the value must still be 21.6.
    expect(formatPercent(154 / 713, 'ar')).toMatch(/٢١٫٦|21[.,٫]6/);
  });

  it('counts who the next invitation and reminder mailings reach, leaving out opted-out organisations', () => {
    const rows = [
      invitation('PENDING'),
      invitation('PENDING', { optedOut: true }),
      invitation('INVITED'),
      invitation('OPENED'),
      invitation('PARTIAL'),
      invitation('PARTIAL', { optedOut: true }),
      invitation('COMPLETE'),
    ];
    expect(pendingCount(rows)).toBe(1);
    expect(notCompleteCount(rows)).toBe(3);
  });

  it('counts organisations per type: reachable, invited already, opted out', () => {
    const invited = invitation('INVITED', { type: 'EDUCATION' });
    const counts = typeCounts(
      [
        { id: invited.organisation.id, type: 'EDUCATION', optedOut: false },
        { id: 'x1', type: 'EDUCATION', optedOut: false },
        { id: 'x2', type: 'EDUCATION', optedOut: true },
        { id: 'x3', type: 'WELFARE', optedOut: false },
      ],
      [invited],
    );
    expect(counts.find((count) => count.type === 'EDUCATION')).toEqual({
      type: 'EDUCATION',
      reachable: 2,
      optedOut: 1,
      invited: 1,
    });
    expect(counts.find((count) => count.type === 'WELFARE')?.reachable).toBe(1);
    expect(counts.find((count) => count.type === 'OTHER')?.reachable).toBe(0);
    expect(counts).toHaveLength(9);
  });

  it('filters invitations by status, type and a search over name, e-mail and municipality', () => {
    const rows = [
      invitation('COMPLETE', { name: 'Kulturverein Ronnenberg', type: 'MIGRANT_ORGANISATION' }),
      invitation('PENDING', { name: 'Volkshochschule', type: 'EDUCATION', municipality: 'Laatzen' }),
      invitation('PENDING', { name: 'Moschee-Gemeinde', type: 'RELIGIOUS_COMMUNITY' }),
    ];
    expect(filterInvitations(rows, { status: 'PENDING', type: '', search: '' })).toHaveLength(2);
    expect(filterInvitations(rows, { status: 'PENDING', type: 'EDUCATION', search: '' })).toEqual([rows[1]]);
    expect(filterInvitations(rows, { status: '', type: '', search: ' laatzen ' })).toEqual([rows[1]]);
    expect(filterInvitations(rows, { status: '', type: '', search: 'KULTUR' })).toEqual([rows[0]]);
  });

  it('writes access codes as CSV with BOM, absolute links and formula-safe cells', () => {
    const csv = accessCodesCsv(['ABCD-EFGH', 'JKLM-NPQR'], 'https://mitreden.example/', {
      code: '=Code',
      link: 'Link, bitte',
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(`'=Code,"Link, bitte"`);
    expect(lines[1]).toBe('ABCD-EFGH,https://mitreden.example/surveys/answer/ABCD-EFGH');
    expect(lines[2]).toBe('JKLM-NPQR,https://mitreden.example/surveys/answer/JKLM-NPQR');
    expect(lines[3]).toBe('');
    expect(accessCodeLink('https://x.example', 'a/b')).toBe('https://x.example/surveys/answer/a%2Fb');
  });

  it('computes mailing progress and bar widths within bounds', () => {
    expect(mailingPercent({ total: 0, processed: 0 })).toBe(0);
    expect(mailingPercent({ total: 713, processed: 300 })).toBe(42);
    expect(mailingPercent({ total: 10, processed: 12 })).toBe(100);
    expect(barWidth(0.216)).toBeCloseTo(21.6);
    expect(barWidth(1.5)).toBe(100);
    expect(barWidth(null)).toBe(0);
    expect(shareOf(3, 0)).toBe(0);
    expect(shareOf(1, 4)).toBe(0.25);
  });

  it('lists the funnel stages in order with shares of invited', () => {
    const stages = rateStages({
      invited: 713,
      opened: 300,
      started: 154,
      complete: 110,
      openedShare: 300 / 713,
      startedShare: 154 / 713,
      completeShare: 110 / 713,
    });
    expect(stages.map((stage) => [stage.key, stage.count])).toEqual([
      ['invited', 713],
      ['opened', 300],
      ['started', 154],
      ['complete', 110],
    ]);
    expect(stages[0].share).toBeNull();
  });

  it('maps error codes to messages', () => {
    expect(rowRuleKey('email:invalid')).toBe('surveys.invitations.import.rules.email_invalid');
    expect(rowRuleKey('type:unknown')).toBe('surveys.invitations.import.rules.type_unknown');
    expect(rowRuleKey('something:new')).toBe('surveys.invitations.import.rules.other');
    expect(importErrorKey({ code: 'BAD_USER_INPUT', fields: { 'input.fileBase64': ['tooManyRows'] } })).toBe(
      'surveys.invitations.import.fileRules.tooManyRows',
    );
    expect(importErrorKey({ code: 'BAD_USER_INPUT', fields: { fileName: ['matches'] } })).toBe(
      'surveys.invitations.import.fileRules.unreadableFile',
    );
    expect(importErrorKey({ code: 'BAD_USER_INPUT', fields: { fileBase64: ['missingColumn:email', 'missingColumn:type'] } })).toBe(
      'surveys.invitations.import.fileRules.missingColumn_email',
    );
    expect(rowRuleKey('name:invalidCharacters')).toBe('surveys.invitations.import.rules.name_invalidCharacters');
    expect(mailingErrorKey({ code: 'BAD_USER_INPUT', fields: { surveyId: ['notInvitedAudience'] } })).toBe(
      'surveys.invitations.mailing.errors.notInvited',
    );
    expect(importErrorKey({ code: 'FORBIDDEN', fields: {} })).toBe('errors.FORBIDDEN');
    expect(mailingErrorKey({ code: 'CONFLICT', fields: {} })).toBe('surveys.invitations.mailing.errors.conflict');
    expect(mailingErrorKey({ code: 'SURVEY_CLOSED', fields: {} })).toBe('surveys.invitations.mailing.errors.closed');
    expect(mailingErrorKey({ code: 'NETWORK', fields: {} })).toBe('errors.NETWORK');
    expect(isAcceptedFileName('Organisationen.XLSX')).toBe(true);
    expect(isAcceptedFileName('liste.xls')).toBe(false);
  });
});
