import {
  Anchor,
  type CSSVariablesResolver,
  createTheme,
  localStorageColorSchemeManager,
  Modal,
  Notification,
  Pagination,
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
  components: {
    // A link inside a sentence must not be told apart by colour alone (dark blue-4 is too near the text colour).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // An icon-only close button needs a name (axe button-name); the message is themed dimmed, not gray.6.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
    // The pager's arrows are icons: give each a name (axe button-name).
    Pagination: Pagination.extend({
      defaultProps: {
        getControlProps: (control) => ({ 'aria-label': PAGER_LABELS[control] }),
      },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

/**
 * Dimmed and placeholder text at ≥ 4.5:1 on the page and on grey surfaces (gray.6 on white is 3.32:1, dark.2 on dark.7 4.0:1).
 * Light-variant fills (badges, alerts, active links) on shade 0 instead of 1 in light: shade 9 text on teal.1,
 * green.1 or orange.1 falls just short of 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#5c636a',
    // Field errors: red.6 on white is 3.3:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(current.colors).flatMap((name) => [
        [`--mantine-color-${name}-light`, `var(--mantine-color-${name}-0)`],
        [`--mantine-color-${name}-light-hover`, `var(--mantine-color-${name}-1)`],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': '#a3a3a3',
    '--mantine-color-placeholder': '#a3a3a3',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
