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
 * the widget has started (its first callback returned, or the page is
 * ready), from the trace bus's buffer (core/trace.js), so they miss
 * nothing; on a page that runs no widget code, at once.
 */
import './guards.js';
import './modal-rules.js';
import './notices.js';
import { subscribe } from '../core/trace.js';

/**
 * The latest the second step waits: a page whose runtime never gets as far
 * as the widget (a library that does not load) still gets its panel.
 */
const FALLBACK_MS = 3000;

let started = false;
function loadRest() {
  if (started) return;
  started = true;
  stopWatching();
  Promise.all([import('./callback-rules.js'), import('./panel.js'), import('./switchers.js')]).catch((error) =>
    console.error('amo-emu: the inspector could not load', error),
  );
}
/** After the task that started the widget: its `init` and `bind_actions` first. */
const loadSoon = () => setTimeout(loadRest, 0);

const unsubscribe = subscribe((event) => {
  if (event.kind === 'callback') loadSoon();
});
const ready = new MutationObserver(() => {
  if (document.documentElement.dataset.amoEmuReady) loadSoon();
});
ready.observe(document.documentElement, { attributes: true, attributeFilter: ['data-amo-emu-ready'] });
const fallback = setTimeout(loadRest, FALLBACK_MS);

function stopWatching() {
  unsubscribe();
  ready.disconnect();
  clearTimeout(fallback);
}

// A page without a page runtime (`runtime/pages/…`) runs no widget code.
if (!document.querySelector('script[type="module"][src*="/runtime/pages/"]')) loadRest();
