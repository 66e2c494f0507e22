import type { SalaryPeriod } from '@jobpilot/contracts';

export interface ParsedSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
}

/** Longest first, so `CA$` wins over `$`. */
const CURRENCY_SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['zł', 'PLN'],
];
const CURRENCY_CODES = new Set(
  'USD EUR GBP CAD AUD NZD CHF JPY CNY INR SEK NOK DKK PLN CZK HUF RON BGN HKD SGD BRL MXN ZAR ILS KRW TRY AED'.split(
    ' ',
  ),
);
const PERIODS: [RegExp, SalaryPeriod][] = [
  [/\b(?:hourly|per hour|an hour|a hour)\b|\/\s*(?:hour|hr|h)\b/i, 'hour'],
  [/\b(?:daily|per day|a day)\b|\/\s*(?:day|d)\b/i, 'day'],
  [/\b(?:weekly|per week|a week)\b|\/\s*(?:week|wk|w)\b/i, 'week'],
  [/\b(?:monthly|per month|a month)\b|\/\s*(?:month|mo|mth|m)\b/i, 'month'],
  [/\b(?:yearly|annual|annually|per year|a year|per annum|p\.?\s?a)\b|\/\s*(?:year|yr|y)\b/i, 'year'],
];
const NO_VALUE = /^(-+|n\/?a|none|null|—)$/i;
/** A number with optional thousands/decimal separators and a k (thousand) or m (million) suffix. */
const AMOUNT = /(\d[\d.,]*)\s*([km])?(?![a-z%\d])/gi;

/** `1.234,5`, `1,234.5`, `50.000`, `90,000` → 1234.5, 1234.5, 50000, 90000. */
function amountOf(token: string): number {
  const lastComma = token.lastIndexOf(',');
  const lastDot = token.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    normalized = token.replaceAll(decimal === ',' ? '.' : ',', '').replace(decimal, '.');
  } else {
    const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
    const parts = sep ? token.split(sep) : [token];
    const thousands = parts.length > 2 || (parts.length === 2 && parts[1]?.length === 3);
    normalized = thousands ? parts.join('') : token.replace(',', '.');
  }
  return Number(normalized);
}

/** `USD`, `usd`, `$`, `€` → a 3-letter code; undefined when the text names no currency. */
export function currencyOf(text: string): string | undefined {
  const t = text.trim();
  const code = [...t.matchAll(/\b([A-Za-z]{3})\b/g)]
    .map((m) => (m[1] ?? '').toUpperCase())
    .find((c) => CURRENCY_CODES.has(c));
  if (code) return code;
  return CURRENCY_SYMBOLS.find(([symbol]) => t.includes(symbol))?.[1];
}

/** `per year`, `Annual`, `hourly`, `/mo`, `month` → a salary period; undefined when none is named. */
export function periodOf(text: string): SalaryPeriod | undefined {
  const t = text.trim().toLowerCase();
  const plain = (['hour', 'day', 'week', 'month', 'year'] as const).find((p) => t === p || t === `${p}s`);
  return plain ?? PERIODS.find(([pattern]) => pattern.test(t))?.[1];
}

/**
 * A salary cell as trackers and people write it: a number, a range, with k/m suffixes, currency
 * symbols or codes, US or European separators, and an optional period. Undefined when it holds no
 * amount ("Competitive", "DOE").
 *
 * @example
 * parseSalary('$90,000 - $120,000') // { min: 90000, max: 120000, currency: 'USD', period: null }
 * parseSalary('90-120k')            // { min: 90000, max: 120000, currency: null, period: null }
 * parseSalary('€50.000 per year')   // { min: 50000, max: 50000, currency: 'EUR', period: 'year' }
 */
export function parseSalary(text: string): ParsedSalary | undefined {
  const t = text.trim().replace(/(\d)[\s\u00a0\u202f'’](?=\d{3}(?!\d))/g, '$1');
  if (t === '' || NO_VALUE.test(t)) return { min: null, max: null, currency: null, period: null };
  const found = [...t.matchAll(AMOUNT)].slice(0, 2).map((m) => ({
    value: amountOf(m[1] ?? ''),
    multiplier: m[2] ? (m[2].toLowerCase() === 'k' ? 1_000 : 1_000_000) : undefined,
  }));
  const [first, second] = found;
  if (!first || found.some((f) => !Number.isFinite(f.value))) return undefined;
  // "90-120k": the suffix of the upper bound applies to a small lower bound too.
  if (second && !first.multiplier && second.multiplier && first.value < 1_000) first.multiplier = second.multiplier;
  const [min, max] = found.map((f) => Math.round(f.value * (f.multiplier ?? 1)));
  return {
    min: min ?? null,
    max: max ?? min ?? null,
    currency: currencyOf(t) ?? null,
    period: periodOf(t) ?? null,
  };
}
