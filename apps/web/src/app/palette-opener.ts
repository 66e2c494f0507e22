/**
 * The command palette's door before its code has loaded (ADR 031): Mantine Spotlight and its CSS download the first
 * time the palette is asked for (Ctrl/⌘-K anywhere, or the header's search button), so no first page pays for them.
 * One keydown listener, installed before React renders, answers the shortcut from first paint; what is typed
 * while the code is on its way is kept and becomes the palette's first query.
 */

type Listener = () => void;

interface PaletteState {
  /** The palette was asked for at least once: the layout renders it (loading its code) from then on. */
  requested: boolean;
}

let state: PaletteState = { requested: false };
/** Keys typed between the shortcut and the palette's search field taking focus. */
let typed = '';
let catching = false;
const listeners = new Set<Listener>();
/** Set by the loaded palette: opens or closes it. */
let toggleLoaded: ((open?: boolean) => void) | null = null;
/** Where focus was when the palette was asked for; it goes back there when the palette closes. */
let returnTo: HTMLElement | null = null;
let loading: Promise<unknown> | null = null;
/**
 * The palette is open (from the moment it is asked for until Spotlight says it closed). The shortcut toggles on
 * this, not on where focus is: focus stays in the field while the closing palette fades out, and a Ctrl-K then
 * must open it again, not close it.
 */
let open = false;

function set(next: Partial<PaletteState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

/** Starts downloading the palette's code (on hover or focus of the search button); harmless to call again. */
export function preloadPalette(): Promise<unknown> {
  loading ??= import('./command-palette');
  return loading;
}

/** Opens the palette, loading it first if need be. */
export function openPalette() {
  const active = document.activeElement;
  if (!active?.closest('[data-command-palette]')) {
    returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  catching = true;
  open = true;
  if (toggleLoaded) {
    toggleLoaded(true);
    return;
  }
  void preloadPalette();
  if (!state.requested) set({ requested: true });
}

/** For the loaded palette: how to open or close it; returns the function that detaches it again. */
export function attachPalette(toggle: (open?: boolean) => void): () => void {
  toggleLoaded = toggle;
  return () => {
    if (toggleLoaded === toggle) toggleLoaded = null;
  };
}

/** The palette's search field has focus: keys go to it from now on. Returns what was typed before (once). */
export function paletteTookFocus(): string {
  const early = typed;
  typed = '';
  catching = false;
  return early;
}

/** The palette closed: focus goes back to where it was when it was opened (if that is still on the page). */
export function paletteClosed() {
  open = false;
  const target = returnTo;
  returnTo = null;
  if (target?.isConnected) target.focus({ preventScroll: true });
}

export function subscribePalette(listener: Listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function paletteState(): PaletteState {
  return state;
}

const isShortcut = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';

/** Asked for, its field not focused yet: printable keys (and Backspace) are kept for it instead of the page. */
function catchEarlyKey(e: KeyboardEvent) {
  if (!catching || e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.key === 'Backspace') {
    typed = typed.slice(0, -1);
    return true;
  }
  if (e.key.length !== 1) return false;
  typed += e.key;
  return true;
}

/**
 * Ctrl/⌘-K from first paint, signed in or not (`enabled` says whether the palette exists for this person).
 * @example installPaletteShortcut(() => signedIn()) // in main.tsx, before rendering
 */
export function installPaletteShortcut(enabled: () => boolean) {
  window.addEventListener(
    'keydown',
    (e) => {
      if (isShortcut(e)) {
        if (!enabled()) return;
        e.preventDefault();
        if (toggleLoaded && open) toggleLoaded(false);
        else openPalette();
        return;
      }
      if (catchEarlyKey(e)) e.preventDefault();
    },
    { capture: true },
  );
}
