import type { ResumeDocument } from '@jobpilot/contracts';
import { sectionOf } from '../parser/headings.ts';
import type { TextField } from './fields.ts';
import { type AtsFileFacts, type Finding, finder, pathOf, quote } from './input.ts';
import { isKnown, proseWords, type SpellChecker, suggestion, wordToCheck } from './spelling.ts';
import { ACTION_VERBS, FILLER_PHRASES, PRESENT_ACTION_VERBS, PRONOUNS, WEAK_OPENINGS } from './words.ts';

const STANDARD_HEADING: Record<string, string> = {
  summary: 'Summary',
  work: 'Experience',
  education: 'Education',
  skills: 'Skills',
  projects: 'Projects',
  certificates: 'Certifications',
  awards: 'Awards',
  languages: 'Languages',
  volunteer: 'Volunteering',
  interests: 'Interests',
  publications: 'Publications',
  references: 'References',
};

/** Standard sections present; headings as written (from an upload) are ones an ATS knows; no lines left over. */
export function checkHeadings(doc: ResumeDocument, file: AtsFileFacts | undefined, out: Finding[]): void {
  const find = finder('headings', out);
  const required = [
    ['work', 'Experience', 'error'],
    ['education', 'Education', 'warning'],
    ['skills', 'Skills', 'warning'],
  ] as const;
  for (const [section, heading, severity] of required) {
    if ((doc[section]?.length ?? 0) > 0) continue;
    find(
      severity,
      `section-missing-${section}`,
      `No ${heading} section was found; add one under the plain heading “${heading}”, the name an ATS looks for.`,
      { section, path: section },
    );
  }
  if (!doc.basics?.summary) {
    find(
      'info',
      'section-missing-summary',
      'There is no summary; two or three lines under “Summary” naming your role and strengths help a recruiter searching the ATS.',
      { section: 'basics', path: 'basics.summary' },
    );
  }
  file?.headings?.forEach((heading) => {
    if (sectionOf(heading) !== undefined) return;
    const guess = sectionOf(heading, true);
    const standard = guess ? STANDARD_HEADING[guess] : undefined;
    find(
      'warning',
      'heading-nonstandard',
      standard
        ? `The heading ${quote(heading)} is not one an ATS knows; rename it “${standard}”.`
        : `The heading ${quote(heading)} is not one an ATS knows; use a standard name such as “Experience”, “Education” or “Skills”.`,
      { section: guess ?? 'file', path: 'file.headings', text: heading },
    );
  });
  const reported = new Set<string>();
  file?.unplaced?.forEach((line) => {
    if (reported.has(line)) return;
    reported.add(line);
    find(
      'warning',
      'line-unplaced',
      `The line ${quote(line)} sits outside any section an ATS recognises; move it under a standard heading or remove it.`,
      { section: 'file', path: 'file.unplaced', text: line },
    );
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Name, e-mail, phone, location and a profile link, each where an ATS expects it. */
export function checkContact(doc: ResumeDocument, out: Finding[]): void {
  const find = finder('contact', out);
  const basics = doc.basics ?? {};
  if (!basics.name?.trim()) {
    find('error', 'contact-name-missing', 'Your name is missing; put it on the first line of the resume.', {
      section: 'basics',
      path: 'basics.name',
    });
  }
  if (!basics.email?.trim()) {
    find('error', 'contact-email-missing', 'There is no e-mail address; add one so a recruiter can reply.', {
      section: 'basics',
      path: 'basics.email',
    });
  } else if (!EMAIL.test(basics.email.trim())) {
    find(
      'error',
      'contact-email-invalid',
      `${quote(basics.email)} does not look like an e-mail address; write it as name@example.com.`,
      { section: 'basics', path: 'basics.email', text: basics.email },
    );
  }
  if (!basics.phone?.trim()) {
    find(
      'warning',
      'contact-phone-missing',
      'There is no phone number; add one with its country code, e.g. +44 20 7946 0958.',
      {
        section: 'basics',
        path: 'basics.phone',
      },
    );
  } else if ((basics.phone.match(/\d/g)?.length ?? 0) < 7) {
    find(
      'warning',
      'contact-phone-short',
      `The phone number ${quote(basics.phone)} has too few digits; write the whole number with its country code.`,
      { section: 'basics', path: 'basics.phone', text: basics.phone },
    );
  }
  const location = basics.location;
  if (!location?.city && !location?.region && !location?.countryCode && !location?.address) {
    find(
      'warning',
      'contact-location-missing',
      'There is no location; add your city and country, since many ATS searches filter by place.',
      { section: 'basics', path: 'basics.location' },
    );
  }
  if (!basics.url && !(basics.profiles ?? []).some((p) => p.url || p.username)) {
    find(
      'warning',
      'contact-link-missing',
      'There is no profile link; add your LinkedIn, GitHub or portfolio address.',
      { section: 'basics', path: 'basics.profiles' },
    );
  }
}

/** Total words against what the years of experience call for, and pages when a file says how many. */
export function checkLength(words: number, years: number, pages: number | undefined, out: Finding[]): void {
  const find = finder('length', out);
  const where = { section: 'document', path: '' };
  if (words < 120) {
    find(
      'error',
      'length-too-short',
      `The resume has only ${words} words; describe each job in 3–6 bullets so an ATS has something to match.`,
      where,
    );
  } else if (words < 200) {
    find(
      'warning',
      'length-short',
      `The resume has ${words} words, on the short side; add results to your recent jobs (aim for 300–700 words).`,
      where,
    );
  }
  const limit = years < 5 ? 800 : years < 10 ? 1200 : 1800;
  if (words > limit) {
    find(
      'warning',
      'length-long',
      `The resume has ${words} words for about ${Math.round(years)} years of experience; cut it to under ${limit} by keeping the bullets that show results.`,
      where,
    );
  }
  if (pages !== undefined) {
    const maxPages = years < 5 ? 1 : years < 10 ? 2 : 3;
    if (pages > maxPages) {
      find(
        years < 5 ? 'info' : 'warning',
        'length-pages',
        `The file has ${pages} pages for about ${Math.round(years)} years of experience; aim for ${maxPages === 1 ? 'one page' : `${maxPages} pages at most`}.`,
        { section: 'file', path: 'file.pages' },
      );
    }
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FILLER = new RegExp(`(?<![\\p{L}-])(?:${FILLER_PHRASES.map(escapeRegExp).join('|')})(?![\\p{L}-])`, 'giu');
const QUANTIFIED =
  /\d|[%$€£¥]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|doubled?|tripled?|half|halved|dozens?|hundreds?|thousands?|millions?)\b/i;
/** Adjectives ending in -ed that open a sentence but are not actions. */
const ED_ADJECTIVES = new Set([
  'experienced',
  'skilled',
  'talented',
  'dedicated',
  'motivated',
  'detailed',
  'varied',
  'qualified',
  'interested',
  'used',
]);
const LONG_BULLET_WORDS = 35;

export function isActionVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (ACTION_VERBS.has(w) || PRESENT_ACTION_VERBS.has(w)) return true;
  // The base form ("Build", "Manage"), which some write in a current job.
  if (ACTION_VERBS.has(`${w}ed`) || ACTION_VERBS.has(`${w}d`) || PRESENT_ACTION_VERBS.has(`${w}s`)) return true;
  if (w.endsWith('ed') && w.length >= 5) return !ED_ADJECTIVES.has(w);
  if (w.endsWith('ies')) return ACTION_VERBS.has(`${w.slice(0, -3)}ied`);
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    return ACTION_VERBS.has(`${stem}ed`) || PRESENT_ACTION_VERBS.has(`${stem}s`);
  }
  if (w.endsWith('s')) {
    const stem = w.slice(0, -1);
    return ACTION_VERBS.has(`${stem}d`) || ACTION_VERBS.has(`${stem}ed`) || ACTION_VERBS.has(`${w.slice(0, -2)}ed`);
  }
  return false;
}

const stripBullet = (text: string) => text.replace(/^[\s•●▪◦·*–-]+/, '').trim();

/**
 * Each bullet: starts with an action verb, no first-person pronouns, no filler, not over 35 words; each entry
 * has at least one quantified result; endings consistent. Returns the bullet count and the bullet score.
 */
export function checkBullets(
  doc: ResumeDocument,
  fields: TextField[],
  out: Finding[],
): { bullets: number; score: number } {
  const find = finder('bullets', out);
  const bullets = fields.filter((f) => f.kind === 'bullet');
  const start = out.length;
  const quantifiedEntries = new Set<string>();
  const entriesWithBullets = new Map<string, TextField>();
  let withStop = 0;
  for (const bullet of bullets) {
    const text = stripBullet(bullet.text);
    const where = { section: bullet.section, entry: bullet.entry, path: bullet.path, text: bullet.text };
    const entryKey = pathOf(bullet.section, bullet.entry);
    if (!entriesWithBullets.has(entryKey)) entriesWithBullets.set(entryKey, bullet);
    if (QUANTIFIED.test(text)) quantifiedEntries.add(entryKey);
    if (/[.!]$/.test(text)) withStop++;
    const words = text.split(/\s+/).filter(Boolean);
    const weak = WEAK_OPENINGS.find(([pattern]) => pattern.test(text));
    // An adverb before the verb ("Successfully launched") moves the verb to the second word.
    const opening = /ly$/i.test(words[0] ?? '') && words.length > 1 ? words[1] : words[0];
    const first = opening?.replace(/[^\p{L}'-]/gu, '') ?? '';
    if (weak) {
      find('warning', 'bullet-weak-opening', `${quote(text)} describes a duty, not a result; ${weak[1]}.`, where);
    } else if (first && !PRONOUNS.has(first.toLowerCase()) && !isActionVerb(first)) {
      find(
        'warning',
        'bullet-no-action-verb',
        `${quote(text)} does not start with an action verb; open with what you did, e.g. “Built”, “Led” or “Reduced”.`,
        where,
      );
    }
    for (const word of words) {
      const bare = word
        .replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '')
        .toLowerCase()
        .replace(/’/g, "'");
      if (PRONOUNS.has(bare)) {
        find(
          'warning',
          'bullet-pronoun',
          `${quote(text)} uses “${word.replace(/[^\p{L}'’]/gu, '')}”; drop first-person pronouns (write “Led the team”, not “I led the team”).`,
          { ...where, text: word.replace(/[^\p{L}'’]/gu, '') },
        );
        break;
      }
    }
    for (const match of text.matchAll(FILLER)) {
      find(
        'warning',
        'bullet-filler',
        `“${match[0]}” is filler an ATS ignores; replace it with a concrete fact (a number, a tool, an outcome) or delete it.`,
        { ...where, text: match[0] },
      );
    }
    if (words.length > LONG_BULLET_WORDS) {
      find(
        'warning',
        'bullet-too-long',
        `${quote(text)} runs to ${words.length} words; keep a bullet under ${LONG_BULLET_WORDS} words, split it or cut the detail.`,
        where,
      );
    }
  }
  // The summary and the headline are where filler gathers most.
  for (const field of fields) {
    if (field.path !== 'basics.summary' && field.path !== 'basics.label') continue;
    for (const match of field.text.matchAll(FILLER)) {
      find(
        'warning',
        'summary-filler',
        `“${match[0]}” in your ${field.path === 'basics.summary' ? 'summary' : 'headline'} is filler an ATS ignores; name a skill, a field or a result instead.`,
        { section: 'basics', path: field.path, text: match[0] },
      );
    }
  }
  for (const [key, firstBullet] of entriesWithBullets) {
    if (quantifiedEntries.has(key)) continue;
    find(
      'warning',
      'bullet-not-quantified',
      `No bullet of this entry has a number; add a measured result to one, e.g. “cut build time by 40%” or “served 2 million users”.`,
      {
        section: firstBullet.section,
        entry: firstBullet.entry,
        path: pathOf(firstBullet.section, firstBullet.entry, 'highlights'),
        text: firstBullet.text,
      },
    );
  }
  const withoutStop = bullets.length - withStop;
  if (withStop > 0 && withoutStop > 0) {
    const odd = withStop > withoutStop ? 'without' : 'with';
    for (const bullet of bullets) {
      const stops = /[.!]$/.test(stripBullet(bullet.text));
      if ((odd === 'with') !== stops) continue;
      find(
        'info',
        'bullet-ending-inconsistent',
        odd === 'with'
          ? `${quote(bullet.text)} ends with a full stop while most bullets do not; end every bullet the same way.`
          : `${quote(bullet.text)} ends without a full stop while most bullets have one; end every bullet the same way.`,
        { section: bullet.section, entry: bullet.entry, path: bullet.path, text: bullet.text },
      );
    }
  }
  (doc.work ?? []).forEach((job, i) => {
    if ((job.highlights?.length ?? 0) > 0) return;
    find(
      'warning',
      'bullet-none',
      `The job ${quote(job.position ?? job.name ?? `#${i + 1}`)} has no bullet points; add 3–5 bullets, each an action and its result.`,
      { section: 'work', entry: i, path: pathOf('work', i, 'highlights') },
    );
  });
  const mine = out.slice(start);
  const penalty = mine.reduce((sum, f) => sum + (f.severity === 'error' ? 1 : f.severity === 'warning' ? 0.5 : 0), 0);
  const noBullets = mine.filter((f) => f.code === 'bullet-none').length;
  const score =
    bullets.length === 0
      ? noBullets > 0 || (doc.work?.length ?? 0) === 0
        ? 30
        : 100
      : Math.round(100 * Math.max(0, 1 - penalty / (bullets.length + entriesWithBullets.size)));
  return { bullets: bullets.length, score };
}

/** Suggestions are sought for the first few misspellings only, which keeps the worst case to a few ms. */
const SUGGESTION_LIMIT = 5;

/** Each distinct misspelt word once, at its first place, with a suggestion for the first few. */
export function checkSpelling(fields: TextField[], checker: SpellChecker, out: Finding[]): number {
  const find = finder('spelling', out);
  // Looked up once per spelling as written; reported once per word whatever its case.
  const known = new Map<string, boolean>();
  const reported = new Set<string>();
  let wrong = 0;
  for (const field of fields) {
    if (field.kind === 'name') continue;
    for (const token of proseWords(field.text)) {
      const lower = wordToCheck(token);
      if (lower === undefined || reported.has(lower)) continue;
      let ok = known.get(token.word);
      if (ok === undefined) {
        ok = isKnown(checker, lower, token.word);
        known.set(token.word, ok);
      }
      if (ok) continue;
      reported.add(lower);
      const suggested = wrong < SUGGESTION_LIMIT ? suggestion(checker, lower) : undefined;
      wrong++;
      find(
        'warning',
        'spelling',
        suggested
          ? `${quote(token.word)} looks misspelt; did you mean “${suggested}”?`
          : `${quote(token.word)} is not in the dictionary; check its spelling.`,
        { section: field.section, entry: field.entry, path: field.path, text: token.word },
      );
    }
  }
  return wrong;
}
