import { timeZoneOptions } from './zoned-time';

/**
 * Other names people search a zone by: abbreviations, regions and big cities that share a zone with the
 * city in its IANA name. The city part of every name is searchable already.
 */
const ALIASES: Record<string, string[]> = {
  UTC: ['GMT', 'Zulu', 'Coordinated Universal Time'],
  'America/Los_Angeles': ['Pacific', 'PST', 'PDT', 'San Francisco', 'Seattle', 'San Diego', 'Portland', 'California'],
  'America/Denver': ['Mountain', 'MST', 'MDT', 'Salt Lake City', 'Colorado'],
  'America/Phoenix': ['Arizona'],
  'America/Chicago': ['Central', 'CST', 'CDT', 'Dallas', 'Houston', 'Austin', 'Minneapolis', 'Texas'],
  'America/New_York': ['Eastern', 'EST', 'EDT', 'Boston', 'Washington', 'Atlanta', 'Miami', 'Philadelphia'],
  'America/Sao_Paulo': ['Brasilia', 'Rio de Janeiro'],
  'Europe/London': ['BST', 'England', 'United Kingdom', 'UK', 'Manchester', 'Edinburgh'],
  'Europe/Berlin': ['CET', 'CEST', 'Germany', 'Munich', 'Hamburg', 'Frankfurt'],
  'Europe/Paris': ['France'],
  'Europe/Amsterdam': ['Netherlands'],
  'Europe/Zurich': ['Switzerland', 'Geneva'],
  'Europe/Kyiv': ['Kiev', 'Ukraine'],
  'Europe/Kiev': ['Kyiv', 'Ukraine'],
  'Asia/Kolkata': ['IST', 'India', 'Mumbai', 'Bombay', 'Delhi', 'Bangalore', 'Bengaluru', 'Calcutta'],
  'Asia/Calcutta': ['IST', 'India', 'Mumbai', 'Bombay', 'Delhi', 'Bangalore', 'Bengaluru', 'Kolkata'],
  'Asia/Shanghai': ['China', 'Beijing', 'Shenzhen'],
  'Asia/Tokyo': ['Japan', 'JST', 'Osaka'],
  'Asia/Dubai': ['UAE', 'Abu Dhabi'],
  'Asia/Ho_Chi_Minh': ['Saigon', 'Vietnam'],
  'Asia/Saigon': ['Ho Chi Minh', 'Vietnam'],
  'Australia/Sydney': ['AEST', 'AEDT', 'Canberra'],
  'Pacific/Auckland': ['New Zealand', 'NZST', 'Wellington'],
  'Pacific/Honolulu': ['Hawaii', 'HST'],
};

/** Lower case, `_`, `/`, `-` and repeated spaces as one space, accents dropped: "Los_Angeles" finds "los angeles". */
export const normalizeZoneSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_/\-\s]+/g, ' ')
    .trim();

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `UTC+02:00`, `UTC−08:00` (a real minus sign), `UTC+05:30`: the zone's offset at an instant, so the
 * same zone shows −08:00 in January and −07:00 in July.
 */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace(/^GMT/, '') || '+00:00';
  return `UTC${offset.replace('-', '−')}`;
}

export interface TimeZoneOption {
  value: string;
  /** `America/Los_Angeles (UTC−08:00)` */
  label: string;
  /** What a search is matched against: the name, its city part and the aliases, normalised. */
  keywords: string;
}

/** Every zone with its offset on `day` (`YYYY-MM-DD`, noon UTC; today when empty or invalid). */
export function timeZoneChoices(day: string, zones: string[] = timeZoneOptions()): TimeZoneOption[] {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T12:00:00Z`) : new Date();
  const at = Number.isNaN(parsed.getTime()) ? new Date() : parsed;
  return zones.map((zone) => ({
    value: zone,
    label: `${zone} (${utcOffsetLabel(zone, at)})`,
    keywords: normalizeZoneSearch([zone, ...(ALIASES[zone] ?? [])].join(' | ')),
  }));
}

/**
 * The choices a search matches, best first: a zone whose city starts with the search, then one whose
 * name or aliases contain it. Every word of the search must match ("los ang", "america angeles").
 */
export function searchTimeZones(choices: TimeZoneOption[], search: string, limit = Infinity): TimeZoneOption[] {
  const words = normalizeZoneSearch(search).split(' ').filter(Boolean);
  if (words.length === 0) return choices.slice(0, limit);
  const query = words.join(' ');
  const ranked: { choice: TimeZoneOption; rank: number }[] = [];
  for (const choice of choices) {
    if (!words.every((w) => choice.keywords.includes(w))) continue;
    const city = normalizeZoneSearch(choice.value.split('/').at(-1) ?? '');
    const rank = city.startsWith(query) ? 0 : choice.keywords.includes(query) ? 1 : 2;
    ranked.push({ choice, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.choice);
}
