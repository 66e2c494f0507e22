import type { ResumeDocument } from '@jobpilot/contracts';

type Basics = NonNullable<ResumeDocument['basics']>;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** Digits in groups split by spaces, dots, hyphens or a bracketed area code: "+1-555-0100", "+45 20 12 34 56". */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}/;
/** "2015 - 2019" has eight digits too. */
const YEARS = /^(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}$/;
const URL =
  /\b(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|io|dev|org|net|me|co|app|tech|ai)(?:\/[\w\-./~%#?=&]*)?/i;
const LOCATION = /^\p{Lu}[\p{L} .'-]*(?:,\s*\p{Lu}[\p{L} .'-]*){1,3}$/u;
const NETWORKS: [RegExp, string][] = [
  [/linkedin\.com/i, 'LinkedIn'],
  [/github\.com/i, 'GitHub'],
  [/gitlab\.com/i, 'GitLab'],
  [/twitter\.com|x\.com/i, 'Twitter'],
  [/stackoverflow\.com/i, 'Stack Overflow'],
];

/** What a header line held once its contact details were taken out, and what was taken. */
export interface ContactFindings {
  basics: Basics;
  confidence: Record<string, number>;
  /** Header parts that were neither contact details nor the name. */
  rest: string[];
}

/**
 * A name set large in a narrow sidebar wraps ("Ingrid" / "Søndergaard"): consecutive lines in the largest size,
 * larger than the rest, are one line again.
 */
function joinWrappedName<T extends { text: string; size: number }>(lines: T[], maxSize: number): T[] {
  if (!lines.some((l) => l.size < maxSize * 0.9)) return lines;
  const out: T[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && last.size === maxSize && line.size === maxSize) {
      // "Adebayo-" / "Okonkwo" wrapped at its hyphen.
      const text = /\p{L}-$/u.test(last.text) ? `${last.text}${line.text}` : `${last.text} ${line.text}`;
      out[out.length - 1] = { ...last, text };
    } else out.push(line);
  }
  return out;
}

const withScheme = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

/**
 * Contact details from the lines above the first section: email, phone, links (profiles by network),
 * a "City, Region" location; the name is the first short line of letters, the label the line after it.
 */
export function readContact(lines: { text: string; size: number; emphasis: boolean }[]): ContactFindings {
  const basics: Basics = {};
  const confidence: Record<string, number> = {};
  const rest: string[] = [];
  const profiles: NonNullable<Basics['profiles']> = [];
  const maxSize = Math.max(...lines.map((l) => l.size), 1);
  for (const line of joinWrappedName(lines, maxSize)) {
    for (const part of line.text.split(/\s{2,}|\s[|•·◦▪]\s|\s*[|•·]\s*/)) {
      // Icon glyphs set before contact details come out as one odd character ("#", "ð", "I").
      let text = part
        .replace(/^[^\p{L}\p{N}+(]+/u, '')
        .replace(/^\S\s+(?=\S)/u, '')
        .trim();
      if (!text) continue;
      const email = text.match(EMAIL)?.[0];
      if (email && !basics.email) {
        basics.email = email.toLowerCase();
        confidence['basics.email'] = 0.98;
        text = text.replace(email, '').trim();
      }
      for (let url = text.match(URL)?.[0]; url && !url.includes('@'); url = text.match(URL)?.[0]) {
        const network = NETWORKS.find(([re]) => re.test(url as string))?.[1];
        if (network) {
          const username = url.replace(/\/+$/, '').split('/').at(-1);
          profiles.push({ network, url: withScheme(url), ...(username ? { username } : {}) });
        } else if (!basics.url) basics.url = withScheme(url);
        else {
          // A second site is a profile on it: "soundcloud.example.com/dandymusicnl" → network "Soundcloud".
          const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
          const host = bare.split(/[./]/)[0] ?? '';
          const username = bare.split('/').slice(1).filter(Boolean).at(-1);
          profiles.push({
            network: host.charAt(0).toUpperCase() + host.slice(1),
            url: withScheme(url),
            ...(username ? { username } : {}),
          });
        }
        confidence['basics.profiles'] = 0.9;
        text = text.replace(url, '').trim();
      }
      text = text
        .replace(/\b(?:linkedin|github|gitlab|twitter|website|portfolio|email|phone|tel|mobile)\s*:\s*/gi, ' ')
        .trim();
      const phone = text.match(PHONE)?.[0];
      const digits = phone?.replace(/\D/g, '').length ?? 0;
      if (phone && !basics.phone && digits >= 7 && digits <= 15 && !YEARS.test(phone.trim())) {
        basics.phone = phone.trim();
        confidence['basics.phone'] = 0.9;
        text = text.replace(phone, '').trim();
      }
      text = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}).]+$/gu, '').trim();
      if (!text) continue;
      if (!basics.name && /^[\p{L}][\p{L}.'-]*(?: [\p{L}][\p{L}.'-]*){1,3}$/u.test(text)) {
        basics.name = text;
        confidence['basics.name'] = line.size >= maxSize ? 0.95 : 0.7;
        continue;
      }
      if (!basics.location && LOCATION.test(text)) {
        const parts = text.split(/\s*,\s*/);
        const [city, region, country] = parts.length >= 3 ? parts.slice(-3) : [parts[0], parts[1], undefined];
        const address = parts.length > 3 ? parts.slice(0, -3).join(', ') : undefined;
        basics.location = {
          ...(address ? { address } : {}),
          ...(city ? { city } : {}),
          ...(region ? { region } : {}),
          ...(country ? { countryCode: country } : {}),
        };
        confidence['basics.location'] = 0.75;
        continue;
      }
      if (
        basics.name &&
        !basics.label &&
        text.length <= 80 &&
        /^\p{Lu}/u.test(text) &&
        /\p{L}{3}/u.test(text) &&
        !/\d{3}|:/.test(text)
      ) {
        basics.label = text;
        confidence['basics.label'] = 0.6;
        continue;
      }
      rest.push(text);
    }
  }
  if (profiles.length > 0) basics.profiles = profiles;
  return { basics, confidence, rest };
}
