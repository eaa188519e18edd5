/**
 * A page the widget draws on in a work area of its own (its Settings page,
 * its left-menu pages): build the widget, run `render` → `init` →
 * `bind_actions`, then the page's own callback, `destroy` when the user
 * leaves, and an in-place code swap that puts the widget's areas back as
 * the server sent them before the new code draws. The page entry sets the
 * platform up (`setupPage`) and says which callback, with which arguments.
 */
import { enterArea, invoke } from '../core/lifecycle.js';
import { markReady } from '../core/ready.js';
import { acceptCodeSwaps } from '../live/hot-swap.js';
import { restorePlace } from '../live/place.js';
import { destroyOnLeave } from './leave-page.js';
import { mirrorCallbackErrors } from './page-errors.js';

/** What the widget draws into: put back as sent on a code swap. */
const WIDGET_AREAS = ['#list_page_holder', '.content__top__preset'];

/**
 * Runs the page: `callback(...args())` after the lifecycle; `missing` is
 * what the page says when the widget has no such callback (none: say
 * nothing); `ready` is the page's ready marker.
 */
export async function runWorkAreaPage(env, { callback, args = () => [], missing = null, ready }) {
  const pristine = WIDGET_AREAS.map((selector) => document.querySelector(selector)?.outerHTML ?? null);
  const showError = mirrorCallbackErrors();
  const leave = destroyOnLeave();

  async function runWidget() {
    const widget = await env.buildWidget();
    if (!widget) {
      showError(`The widget's script.js could not be run, so ${callback} was not called; see the message in the corner.`);
      return;
    }
    leave.track(widget);
    // As in the settings modal, a `render` that returns false skips `init`
    // and `bind_actions` but not the page's own callback (UNCONFIRMED on
    // left-menu pages).
    await enterArea(widget);
    const called = await invoke(widget, callback, args());
    if (called && called.missing && missing) showError(missing);
  }

  await runWidget();
  // After a live reload: back to the same scroll position.
  await restorePlace(null);
  acceptCodeSwaps(async (place) => {
    await leave.destroy();
    WIDGET_AREAS.forEach((selector, i) => {
      if (pristine[i] !== null) env.$(selector).replaceWith(pristine[i]);
    });
    env.$('.amo-emu-page-errors').empty();
    env.forgetWidgetCode();
    await runWidget();
    await restorePlace(null, place);
  });
  // A marker for tools and tests: the widget's callbacks have all run.
  await markReady(ready);
}
