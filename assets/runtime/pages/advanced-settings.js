/**
 * Entry of a widget's own page under Settings, `/settings/widgets/<code>/`
 * (docs/platform.md §9): sets the platform up with this page's areas, builds the widget,
 * runs `render` → `init` → `bind_actions`, then `advancedSettings()` with no
 * arguments, and calls `destroy` when the user leaves. The server renders
 * this page (and this entry) only when the widget is installed and declares
 * `advanced_settings`.
 */
import { boot } from '../core/boot.js';
import { setupPage } from '../setup.js';
import { runWorkAreaPage } from '../ui/work-area-page.js';

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

const env = await setupPage(boot, { ...AREAS, preloadWidget: true });
await runWorkAreaPage(env, { callback: 'advancedSettings', ready: 'advanced-settings' });
