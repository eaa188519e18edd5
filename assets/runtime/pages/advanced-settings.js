/**
 * Entry of a widget's own page under Settings, `/settings/widgets/<code>/`
 * (spec §9): sets the platform up with this page's areas, builds the widget,
 * runs `render` → `init` → `bind_actions`, then `advancedSettings()` with no
 * arguments, and calls `destroy` when the user leaves. The server renders
 * this page (and this entry) only when the widget is installed and declares
 * `advanced_settings`.
 */
import { boot } from '../core/boot.js';
import { enterArea, invoke } from '../core/lifecycle.js';
import { setupPlatform } from '../core/platform.js';
import { restorePlace } from '../live/place.js';
import { destroyOnLeave } from '../ui/leave-page.js';
import { mirrorCallbackErrors } from '../ui/page-errors.js';

const code = boot.widget.code;

/**
 * The areas of this page. `APP.getWidgetsArea()` and `APP.widgets.system.area`
 * are documented (spec §5.3, §9); what `self.system().area` says here is
 * UNCONFIRMED: amo-emu uses the location's name, `advanced_settings`, which is
 * what real widgets compare it with (survey §3).
 */
const AREAS = {
  widgetsArea: `advanced-settings:${code}`,
  systemArea: 'advanced-settings',
  widgetArea: 'advanced_settings',
};

const showError = mirrorCallbackErrors();
const env = await setupPlatform(boot, AREAS);
const widget = await env.buildWidget();
if (widget) {
  // As in the settings modal, a `render` that returns false skips `init` and
  // `bind_actions` but not the page's own callback.
  await enterArea(widget);
  await invoke(widget, 'advancedSettings', []);
  destroyOnLeave(widget);
} else {
  showError("The widget's script.js could not be run, so advancedSettings was not called; see the message in the corner.");
}

// After a live reload: back to the same scroll position.
await restorePlace(null);

// A marker for tools and tests: the widget's callbacks have all run.
document.documentElement.dataset.amoEmuReady = 'advanced-settings';
