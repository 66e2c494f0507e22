import { describe, expect, it } from 'vitest';
import { normalizeZoneSearch, searchTimeZones, timeZoneChoices, utcOffsetLabel } from './time-zone-options';

const winter = timeZoneChoices('2031-01-15');
const values = (search: string) => searchTimeZones(winter, search).map((c) => c.value);

describe('time-zone search', () => {
  it('finds Los Angeles by the city with spaces, in any case, by part of the city and by aliases', () => {
    for (const search of ['Los Angeles', 'los angeles', 'LOS_ANGELES', 'angeles', 'America/Los', 'pacific', 'PST']) {
      expect(values(search), search).toContain('America/Los_Angeles');
    }
    expect(values('Los Angeles')[0]).toBe('America/Los_Angeles');
    expect(values('san francisco')).toEqual(['America/Los_Angeles']);
  });

  it('puts a zone whose city starts with the search before others that only contain it', () => {
    const found = values('york');
    expect(found[0]).toBe('America/New_York');
    expect(values('new york')[0]).toBe('America/New_York');
    // The runtime lists India under Asia/Kolkata or its older name Asia/Calcutta.
    expect(values('Mumbai').filter((z) => z === 'Asia/Kolkata' || z === 'Asia/Calcutta')).toHaveLength(1);
    expect(values('Zürich')).toContain('Europe/Zurich');
  });

  it('matches nothing for a place that is no zone, and everything for an empty search', () => {
    expect(values('Atlantis Under The Sea')).toEqual([]);
    expect(searchTimeZones(winter, '  ').length).toBe(winter.length);
    expect(searchTimeZones(winter, '', 10)).toHaveLength(10);
  });

  it('normalises separators and accents', () => {
    expect(normalizeZoneSearch(' America/Los_Angeles ')).toBe('america los angeles');
    expect(normalizeZoneSearch('Port-au-Prince')).toBe('port au prince');
  });
});

describe('UTC offsets', () => {
  it('shows the offset in force on the interview day, with daylight saving time', () => {
    expect(utcOffsetLabel('America/Los_Angeles', new Date('2031-01-15T12:00:00Z'))).toBe('UTC−08:00');
    expect(utcOffsetLabel('America/Los_Angeles', new Date('2031-07-15T12:00:00Z'))).toBe('UTC−07:00');
    expect(utcOffsetLabel('Asia/Kolkata', new Date('2031-07-15T12:00:00Z'))).toBe('UTC+05:30');
    expect(utcOffsetLabel('UTC', new Date('2031-07-15T12:00:00Z'))).toBe('UTC+00:00');
  });

  it('labels each choice with its name and offset, the first UTC', () => {
    expect(winter[0]?.label).toBe('UTC (UTC+00:00)');
    expect(winter.find((c) => c.value === 'America/Los_Angeles')?.label).toBe('America/Los_Angeles (UTC−08:00)');
    const summer = timeZoneChoices('2031-07-15');
    expect(summer.find((c) => c.value === 'Europe/Berlin')?.label).toBe('Europe/Berlin (UTC+02:00)');
    expect(timeZoneChoices('not a day').length).toBe(winter.length);
  });
});
