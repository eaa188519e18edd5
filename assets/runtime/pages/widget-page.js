/**
 * Entry of the widget's left-menu pages, `/widget_page/<code>/<item>[/<sub>]`
 * (docs/left-menu-card-sdk.md §1): sets the platform up with this page's
 * areas, builds the widget, runs `render` → `init` → `bind_actions`, then
 * `initMenuPage({location, item_code, subitem_code})` as the server wrote
 * it in `#amo-emu-menu-page`, and calls `destroy` when the user leaves. The
 * widget draws into `#work-area-<code>`. The server renders this page (and
 * this entry) only when the widget is installed and its `left_menu` block
 * has the page.
 */
import { boot } from '../core/boot.js';
import { enterArea, invoke } from '../core/lifecycle.js';
import { markReady } from '../core/ready.js';
import { acceptCodeSwaps } from '../live/hot-swap.js';
import { restorePlace } from '../live/place.js';
import { destroyOnLeave } from '../ui/leave-page.js';
import { mirrorCallbackErrors } from '../ui/page-errors.js';
import { setupPage } from '../setup.js';

/** What `initMenuPage` receives (src/views/widget_page.rs). */
const params = JSON.parse(document.getElementById('amo-emu-menu-page').textContent);

/**
 * The areas of this page: UNCONFIRMED, amoCRM documents none of them for
 * `widget_page`. amo-emu names them all after the location.
 */
const AREAS = { widgetsArea: 'widget_page', systemArea: 'widget_page', widgetArea: 'widget_page' };

/** What the widget draws into, as the server sent it (put back on a code swap). */
const WIDGET_AREAS = ['#list_page_holder', '.content__top__preset'];
const pristine = WIDGET_AREAS.map((selector) => document.querySelector(selector)?.outerHTML ?? null);

const showError = mirrorCallbackErrors();
const env = await setupPage(boot, { ...AREAS, preloadWidget: true });
const leave = destroyOnLeave();

/** Builds the widget and runs this page's callbacks. */
async function runWidget() {
  const widget = await env.buildWidget();
  if (!widget) {
    showError("The widget's script.js could not be run, so initMenuPage was not called; see the message in the corner.");
    return;
  }
  leave.track(widget);
  // As on the advanced-settings page: a `render` that returns false skips
  // `init` and `bind_actions` but not the page's own callback (UNCONFIRMED).
  await enterArea(widget);
  const called = await invoke(widget, 'initMenuPage', [{ ...params }]);
  if (called.missing) showError('The widget has no initMenuPage callback, which amoCRM calls on its left-menu pages; nothing was drawn.');
}

await runWidget();
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
await markReady('widget-page');
