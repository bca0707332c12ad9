import { CITY_TODAY_SQL, cityToday } from './city-time';

describe('city time', () => {
  it('takes "today" from Europe/Berlin, not from UTC or the machine', () => {
    // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Berlin (CET, +1).
    expect(cityToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC in summer is 00:30 the next day in Berlin (CEST, +2).
    expect(cityToday(new Date('2026-06-15T22:30:00Z'))).toBe('2026-06-16');
    expect(cityToday(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
  });

  it('gives SQL that names the same zone', () => {
    expect(CITY_TODAY_SQL).toBe(`(now() AT TIME ZONE 'Europe/Berlin')::date`);
  });
});
