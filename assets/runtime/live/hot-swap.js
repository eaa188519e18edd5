/**
 * Swapping the widget's code in place (the server's `code` message, spec
 * §12.7) instead of reloading the page: the page controller calls `destroy`
 * on the widget objects it built and takes their UI down, the loader
 * forgets the widget's modules and templates, and the controller runs the
 * new code where the user was (the open modal with its context and unsaved
 * values). No page rebuild and no libraries to load again: that is what
 * makes a save show in tens of milliseconds. A page that has not said how
 * to swap gets a reload instead, and so does a swap that throws.
 */
import { hideOverlay } from './overlay.js';
import { currentPlace } from './place.js';
import { dismissToasts } from '../ui/toast.js';
import { emit } from '../core/trace.js';

/** The page controller's `swap(place)`, once its page is set up. */
let swapper = null;
let running = null;
/** Paths changed while a swap was running: one more swap takes them all. */
let waiting = null;
let swaps = 0;

/**
 * Called by a page controller when its page is ready: `swap(place)` takes
 * down what the widget's current code built and runs the new code, putting
 * the user back at `place` (see place.js).
 */
export function acceptCodeSwaps(swap) {
  swapper = swap;
}

/** Whether this page can swap code in place (it is set up and said how). */
export function canSwapCode() {
  return swapper !== null;
}

/**
 * Swaps the widget's code; resolves once the new code has run. One swap at
 * a time: changes that arrive during a swap are taken by one more swap
 * right after it, not one each.
 */
export function swapCode(paths) {
  if (running) {
    waiting = [...new Set([...(waiting || []), ...paths])];
    return running;
  }
  running = (async () => {
    let next = paths;
    while (next) {
      await swapOnce(next);
      next = waiting;
      waiting = null;
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

async function swapOnce(paths) {
  const started = performance.mark('amo-emu:swap').startTime;
  const place = currentPlace();
  emit({ kind: 'reload', action: 'swap', reason: paths.join(', ') });
  // What the old code got wrong is not news about the new code.
  hideOverlay();
  dismissToasts('[data-origin="widget"]');
  await swapper(place);
  swaps += 1;
  // A marker for tools and tests: how many swaps this document has seen.
  document.documentElement.dataset.amoEmuSwaps = String(swaps);
  console.info(`amo-emu: swapped the widget's code in place (${paths.join(', ')}) in ${Math.round(performance.now() - started)} ms`);
}
