/**
 * The signed-in frame's chunk (AppShell, side navigation, bell, user menu), fetched once: at start-up for a page
 * behind sign-in, from the sign-in page when the person starts typing, or when a session appears.
 */
let loading: Promise<typeof import('./signed-in-layout')> | undefined;

export function loadSignedInLayout() {
  loading ??= import('./signed-in-layout');
  return loading;
}

export function preloadSignedInLayout(): void {
  void loadSignedInLayout().catch(() => {
    loading = undefined;
  });
}
