import {
  type CSSVariablesResolver,
  createTheme,
  localStorageColorSchemeManager,
  type PaginationProps,
} from '@mantine/core';

/** Where the light/dark/system choice is kept; index.html reads the same key before the app loads (no flash). */
export const COLOR_SCHEME_KEY = 'jobpilot-color-scheme';
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

const PAGER_LABELS = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' };

/**
 * Shade 8 of blue carries white text at 5.0:1 (shade 6, Mantine's default, only 3.55:1), in light and dark.
 * `autoContrast` picks dark text on the light shades some components use (yellow badges, light fills).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  defaultRadius: 'md',
  // Plain objects, not `Component.extend(…)`: importing a component to theme it would put its code on every first
  // page (Pagination and Modal were on the sign-in page).
  components: {
    // A link inside a sentence must not be told apart by colour alone (dark blue-4 is too near the text colour).
    Anchor: { defaultProps: { underline: 'always' } },
    // An icon-only close button needs a name (axe button-name); the message is themed dimmed, not gray.6.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
    // The pager's arrows are icons: give each a name (axe button-name).
    Pagination: {
      defaultProps: {
        getControlProps: (control) => ({ 'aria-label': PAGER_LABELS[control] }),
      } satisfies Partial<PaginationProps>,
    },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** `hex` darkened in steps toward black until it reads at ≥ 4.6:1 on `background` (a margin over AA's 4.5). */
export function readableOn(hex: string, background: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const rgb = [n >> 16, (n >> 8) & 255, n & 255];
  for (let keep = 1; keep > 0; keep -= 0.05) {
    const hexes = rgb.map((v) => Math.round(v * keep).toString(16));
    const shade = `#${hexes.map((h) => h.padStart(2, '0')).join('')}`;
    if (contrast(shade, background) >= 4.6) return shade;
  }
  return '#000000';
}

/**
 * Dimmed and placeholder text at ≥ 4.5:1 on the page and on grey surfaces (gray.6 on white is 3.32:1, dark.2 on dark.7 4.0:1).
 * Light-variant fills (badges, alerts, active links) on shade 0 instead of 1 in light, and their text darkened
 * where shade 9 still falls short on it: yellow.9 on yellow.0 is 2.8:1, lime 3.5:1, orange 4.0:1, green 4.1:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#5c636a',
    // Field errors: red.6 on white is 3.3:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.entries(current.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-light`, `var(--mantine-color-${name}-0)`],
        [`--mantine-color-${name}-light-hover`, `var(--mantine-color-${name}-1)`],
        [`--mantine-color-${name}-light-color`, readableOn(shades[9], shades[1])],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': '#a3a3a3',
    '--mantine-color-placeholder': '#a3a3a3',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
