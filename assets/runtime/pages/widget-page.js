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
import { setupPage } from '../setup.js';
import { runWorkAreaPage } from '../ui/work-area-page.js';

/** What `initMenuPage` receives (src/views/widget_page.rs). */
const params = JSON.parse(document.getElementById('amo-emu-menu-page').textContent);

/**
 * The areas of this page: UNCONFIRMED, amoCRM documents none of them for
 * `widget_page`. amo-emu names them all after the location.
 */
const AREAS = { widgetsArea: 'widget_page', systemArea: 'widget_page', widgetArea: 'widget_page' };

const env = await setupPage(boot, { ...AREAS, preloadWidget: true });
await runWorkAreaPage(env, {
  callback: 'initMenuPage',
  args: () => [{ ...params }],
  missing: 'The widget has no initMenuPage callback, which amoCRM calls on its left-menu pages; nothing was drawn.',
  ready: 'widget-page',
});
