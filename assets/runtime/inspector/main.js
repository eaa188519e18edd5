/**
 * The inspector, on every emulated page: the docked panel, the rule
 * checks, the locale and user switchers, and the notices on the timeline.
 *
 * In two steps, so the widget does not wait for the inspector. What must
 * watch the widget as it acts loads before the page's runtime: the guards
 * (`alert`, `eval`, writes to `APP`…, which must be in place before the
 * widget's code runs), the modal rules (which see the modal as it opens)
 * and the notices (which see each toast as it appears). What only reads the
 * timeline — the panel, the callback rules — and the switchers load once
 * the widget has started (its first callback returned, or the page about
 * to mark itself ready, whichever comes first), from the trace bus's buffer
 * (core/trace.js), so they miss nothing; on a page that runs no widget
 * code, at once. The page's ready marker waits for them (core/ready.js).
 */
import './guards.js';
import './modal-rules.js';
import './notices.js';
import { holdReady } from '../core/ready.js';
import { subscribe } from '../core/trace.js';

/**
 * The latest the second step waits: a page whose runtime never gets as far
 * as the widget (a library that does not load) still gets its panel.
 */
const FALLBACK_MS = 3000;

let rest = null;
/** Loads the second step (once); resolves when it is in place. */
function loadRest() {
  if (!rest) {
    stopWatching();
    rest = Promise.all([import('./callback-rules.js'), import('./panel.js'), import('./switchers.js')]).catch((error) =>
      console.error('amo-emu: the inspector could not load', error),
    );
  }
  return rest;
}

// After the task that ran the widget's first callback: its `init` and
// `bind_actions` go first.
const unsubscribe = subscribe((event) => {
  if (event.kind === 'callback') setTimeout(loadRest, 0);
});
const fallback = setTimeout(loadRest, FALLBACK_MS);
function stopWatching() {
  unsubscribe();
  clearTimeout(fallback);
}

// The page is ready (`data-amo-emu-ready`) once the inspector is in place,
// loaded then at the latest (a page where no callback runs on load).
holdReady(loadRest);

// A page without a page runtime (`runtime/pages/…`) runs no widget code.
if (!document.querySelector('script[type="module"][src*="/runtime/pages/"]')) loadRest();
