/**
 * Entry of the Digital Pipeline page (`/settings/pipeline/leads/<id>/`):
 * sets the platform up in area `digital_pipeline`, then wires the
 * lead-sources column and the widget actions under the stages. The widget
 * object for this area is built once, on first need, entered with
 * `render` → `init` → `bind_actions`, and destroyed when the user leaves.
 */
import { boot } from '../core/boot.js';
import { enterArea } from '../core/lifecycle.js';
import { prefetchModalHtml } from '../core/api.js';
import { markReady } from '../core/ready.js';
import { acceptCodeSwaps } from '../live/hot-swap.js';
import { prefetchPendingModal, restorePlace } from '../live/place.js';
import { closeSettingsModal, openSettingsModal } from '../ui/settings-modal.js';
import { bindSourcesColumn } from '../ui/dp-sources.js';
import { bindActions } from '../ui/dp-actions.js';
import { destroyOnLeave } from '../ui/leave-page.js';
import { setupPage } from '../setup.js';

/** `APP.getWidgetsArea()` and `system().area` here (UNCONFIRMED in amoCRM). */
const AREA = 'digital_pipeline';

// After a live reload that left a modal open, its form and script load now.
const restoring = prefetchPendingModal(prefetchModalHtml);
const env = await setupPage(boot, { widgetsArea: AREA, systemArea: AREA, prefetchWidget: restoring, page: { openSettings } });
const { $ } = env;
const root = document.getElementById('dp-root');
const enterDpArea = () => env.setArea(AREA, AREA);

let dpWidget = null;
// Leaving the page destroys the area's widget object, once it was built.
const leave = destroyOnLeave();

/**
 * What this page shares with its sources column (ui/dp-sources.js) and
 * its actions (ui/dp-actions.js).
 */
const dp = {
  pipelineId: Number(root.dataset.pipelineId),
  enterDpArea,
  /** The widget object of this area (null if script.js cannot be built). */
  dpWidget: async () => {
    enterDpArea();
    if (!dpWidget) {
      dpWidget = env.buildWidget().then(async (widget) => {
        if (widget) {
          leave.track(widget);
          await enterArea(widget);
        }
        return widget;
      });
    }
    return dpWidget;
  },
  /** The settings modal opened from the page, with a notice in it. */
  openSettingsFromDp: async (context, notice) => {
    const controller = await openSettings({ context });
    if (controller && notice) controller.notice('warning', notice);
    return controller;
  },
};

/** The settings modal, as in the marketplace; the page's area comes back after. */
function openSettings(options = {}) {
  if ($('.modal.widget-settings__modal').length) return null;
  return openSettingsModal(env, { context: options.context || {} });
}
document.addEventListener('amo-emu:modal-closed', () => enterDpArea());

const reflectStatus = () => {
  root.dataset.widgetStatus = boot.widget ? boot.widget.status : 'none';
};
reflectStatus();
document.addEventListener('amo-emu:status', reflectStatus);

bindSourcesColumn(env, dp);
const actions = bindActions(env, dp);

const reopen = (context) => openSettings({ context });

// After a live reload: the modal open again with the source it was opened
// for, and what was typed in it.
await restorePlace(reopen);

// The widget's code changed: both widget objects of this page (the DP
// area's and the modal's) are destroyed; the open action form runs the new
// `dpSettings`, and the modal opens again as it was.
acceptCodeSwaps(async (place) => {
  await closeSettingsModal();
  if (dpWidget) await dpWidget;
  dpWidget = null;
  await leave.destroy();
  env.forgetWidgetCode();
  if (actions) await actions.rerunOpenAction();
  await restorePlace(reopen, place);
});

await markReady('digital_pipeline');
