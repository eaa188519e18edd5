/**
 * Entry of a widget's own page under Settings, `/settings/widgets/<code>/`
 * (docs/platform.md §9): sets the platform up with this page's areas, builds the widget,
 * runs `render` → `init` → `bind_actions`, then `advancedSettings()` with no
 * arguments, and calls `destroy` when the user leaves. The server renders
 * this page (and this entry) only when the widget is installed and declares
 * `advanced_settings`.
 */
import { boot } from '../core/boot.js';
import { enterArea, invoke } from '../core/lifecycle.js';
import { markReady } from '../core/ready.js';
import { acceptCodeSwaps } from '../live/hot-swap.js';
import { restorePlace } from '../live/place.js';
import { destroyOnLeave } from '../ui/leave-page.js';
import { mirrorCallbackErrors } from '../ui/page-errors.js';
import { setupPage } from '../setup.js';

const code = boot.widget.code;

/**
 * The areas of this page. `APP.getWidgetsArea()` and `APP.widgets.system.area`
 * are documented (docs/platform.md §5.3, §9); what `self.system().area` says here is
 * UNCONFIRMED: amo-emu uses the location's name, `advanced_settings`, which is
 * what real widgets compare it with (docs/real-widget-usage.md §3).
 */
const AREAS = {
  widgetsArea: `advanced-settings:${code}`,
  systemArea: 'advanced-settings',
  widgetArea: 'advanced_settings',
};

/**
 * What the widget draws into, as the server sent it: an in-place code swap
 * puts these back before the new code draws, as a fresh page would have
 * them.
 */
const WIDGET_AREAS = ['#list_page_holder', '.content__top__preset'];
const pristine = WIDGET_AREAS.map((selector) => document.querySelector(selector)?.outerHTML ?? null);

const showError = mirrorCallbackErrors();
const env = await setupPage(boot, { ...AREAS, preloadWidget: true });
const leave = destroyOnLeave();

/** Builds the widget and runs this page's callbacks. */
async function runWidget() {
  const widget = await env.buildWidget();
  if (!widget) {
    showError("The widget's script.js could not be run, so advancedSettings was not called; see the message in the corner.");
    return;
  }
  leave.track(widget);
  // As in the settings modal, a `render` that returns false skips `init` and
  // `bind_actions` but not the page's own callback.
  await enterArea(widget);
  await invoke(widget, 'advancedSettings', []);
}

await runWidget();

// After a live reload: back to the same scroll position.
await restorePlace(null);

// The widget's code changed: the old one destroyed, the page's widget areas
// as the server sent them, the new code run.
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
await markReady('advanced-settings');
