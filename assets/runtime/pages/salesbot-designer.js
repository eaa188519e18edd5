/**
 * Entry of the Salesbot designer, `/salesbot/designer/` (docs/salesbot.md):
 * sets the platform up in area `salesbot_designer`, builds the widget once
 * it is installed and enters the area (`render` → `init` → `bind_actions`),
 * then wires the editor (the designer callbacks, ui/salesbot-designer.js)
 * and the bot runs (ui/salesbot-run.js); `destroy` when the user leaves.
 */
import { boot } from '../core/boot.js';
import { enterArea } from '../core/lifecycle.js';
import { markReady } from '../core/ready.js';
import { destroyOnLeave } from '../ui/leave-page.js';
import { bindDesigner } from '../ui/salesbot-designer.js';
import { bindRuns } from '../ui/salesbot-run.js';
import { setupPage } from '../setup.js';

/** `APP.getWidgetsArea()` and `system().area` here (UNCONFIRMED in amoCRM: the location's name). */
const AREA = 'salesbot_designer';

const env = await setupPage(boot, { widgetsArea: AREA, systemArea: AREA, preloadWidget: true });
const { $ } = env;
const leave = destroyOnLeave();
const installed = () => boot.widget && boot.widget.status === 'installed';

let built = null;
/** The widget object of this area, built and entered once (null if script.js cannot be built). */
function widget() {
  if (!built) {
    built = env.buildWidget().then(async (w) => {
      if (w) {
        leave.track(w);
        await enterArea(w);
      }
      return w;
    });
  }
  return built;
}

function onSaved(bot) {
  const $list = $('[data-salesbot-bots]');
  $('.salesbot__no-bots').remove();
  let $row = $list.find(`[data-salesbot-bot="${bot.id}"]`);
  if (!$row.length) {
    $row = $('<li class="salesbot__bot"></li>').attr('data-salesbot-bot', bot.id).appendTo($list);
  }
  $row.empty().append(
    $('<span class="salesbot__bot-name"></span>').text(bot.name),
    ' ',
    $('<span class="salesbot__bot-meta"></span>').text(`#${bot.id} · ${bot.handler_code} · ${bot.steps.length} step(s)`),
    ' ',
    $('<button type="button" class="button-input js-salesbot-run">Run</button>').attr('data-bot-id', bot.id),
  );
}

if (installed()) await widget();
bindDesigner(env, { widget, onSaved });
bindRuns(env);

await markReady('salesbot_designer');
