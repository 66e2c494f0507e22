// Mantine's ColorSchemeScript: applies the saved light/dark/system choice (src/app/theme.ts, same key) before the
// app's styles paint, so a dark page never flashes white. Loaded blocking from index.html.
(() => {
  try {
    const saved = window.localStorage.getItem('jobpilot-color-scheme');
    const scheme = saved === 'light' || saved === 'dark' ? saved : 'auto';
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    const applied = scheme === 'auto' ? (dark ? 'dark' : 'light') : scheme;
    document.documentElement.setAttribute('data-mantine-color-scheme', applied);
  } catch {
    // No storage (private mode, blocked): Mantine applies the system choice once it loads.
  }
})();
