/**
 * Leaving an area calls the widget's `destroy` (docs/platform.md §4.4), before the next
 * page loads. A click on a link of this tab is held back until `destroy` has
 * run (awaited if it returns a Promise), then the navigation continues. Any
 * other way out (reload, typed URL, back button) gets `destroy` from
 * `pagehide`, synchronously, as far as it runs before the page is gone.
 * Must not decide whether the widget deserved to be destroyed: the page
 * controller calls this only for a widget it built.
 */
import { invoke } from '../core/lifecycle.js';

/** A `destroy` whose Promise never settles must not trap the user on the page. */
const DESTROY_WAIT_MS = 3000;

/**
 * Calls `destroy` once on the tracked widget when the user leaves the page.
 * Returns `{track(widget), destroy()}`: `track` names the widget object to
 * destroy (a new one after an in-place code swap), `destroy` runs it now.
 */
export function destroyOnLeave() {
  let widget = null;
  let destroyed = null;
  const destroy = () => {
    if (!destroyed) destroyed = widget ? invoke(widget, 'destroy') : Promise.resolve();
    return destroyed;
  };
  const track = (next) => {
    widget = next;
    destroyed = null;
  };

  // On window, so the widget's own handlers (usually delegated on document)
  // run first and can keep a click on the page with preventDefault().
  window.addEventListener('click', (event) => {
    const target = leavingTarget(event);
    if (!target) return;
    event.preventDefault();
    const timeout = new Promise((resolve) => setTimeout(resolve, DESTROY_WAIT_MS));
    Promise.race([destroy(), timeout]).then(() => window.location.assign(target));
  });
  window.addEventListener('pagehide', () => {
    destroy();
  });
  return { track, destroy };
}

/**
 * The URL a click navigates this tab to, or null when the click stays on the
 * page: already handled by the widget, a modified click (new tab), another
 * target, a download, an in-page anchor, or `javascript:`.
 */
function leavingTarget(event) {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  const url = new URL(link.href, window.location.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const here = new URL(window.location.href);
  if (url.origin === here.origin && url.pathname === here.pathname && url.search === here.search && url.hash) return null;
  return url.href;
}
