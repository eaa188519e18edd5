/**
 * The lead-sources column of the DP page (docs/platform.md §10.2). Clicking a source of
 * an installed widget opens the widget's settings modal with
 * `context = {source_id, external_id}`; a widget that is not installed opens
 * with `{}` and a notice that it must be installed first. "Add to this
 * pipeline" stores the attachment, then calls `onAddAsSource(pipeline_id)`.
 *
 * The column is re-fetched from the server every POLL_MS while the tab is
 * visible and when it regains focus, so sources created through the API
 * show up without a reload.
 */
import { addAsLeadSource, fetchSourcesColumn } from '../core/dp-api.js';
import { invoke } from '../core/lifecycle.js';
import { showToast } from './toast.js';

/** How often the column is refreshed while the page is visible. */
export const POLL_MS = 2000;

const NOT_INSTALLED =
  'Install the widget first: amoCRM opens a lead source\'s settings (with {source_id, external_id}) only for an installed widget.';

/** Wires the column; `dp` is what the page shares (pages/digital-pipeline.js). */
export function bindSourcesColumn(env, dp) {
  const { $, boot } = env;
  const column = document.getElementById('dp-sources-column');
  if (!column || !boot.widget) return;
  const installed = () => boot.widget.status === 'installed';
  let last = null;
  let inFlight = false;

  async function refresh() {
    if (inFlight) return;
    inFlight = true;
    try {
      const html = await fetchSourcesColumn(dp.pipelineId);
      if (html !== last) {
        last = html;
        column.innerHTML = html;
        column.dataset.refreshed = String(Date.now());
      }
    } catch (error) {
      console.warn('amo-emu: the sources column could not be refreshed:', error.message);
    } finally {
      inFlight = false;
    }
  }

  setInterval(() => {
    if (document.visibilityState === 'visible') refresh();
  }, POLL_MS);
  window.addEventListener('focus', refresh);
  document.addEventListener('amo-emu:status', refresh);

  const activate = (selector, handler) => {
    $(column).on('click keydown', selector, (e) => {
      if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopPropagation();
      handler(e.currentTarget);
    });
  };

  activate('.js-dp-source[data-source-id]', (el) => {
    if (!installed()) {
      dp.openSettingsFromDp({}, NOT_INSTALLED);
      return;
    }
    // As the API stores them: the amo id is a number, external_id a string.
    dp.openSettingsFromDp({ source_id: Number(el.dataset.sourceId), external_id: el.dataset.externalId });
  });

  activate('.js-dp-source-widget', () => {
    dp.openSettingsFromDp({}, installed() ? '' : NOT_INSTALLED);
  });

  activate('.js-dp-add-source', async (el) => {
    if (!installed()) {
      dp.openSettingsFromDp({}, 'Install the widget first: amoCRM adds only installed widgets as lead sources.');
      return;
    }
    el.disabled = true;
    const pipelineId = Number(el.dataset.pipelineId);
    try {
      await addAsLeadSource(pipelineId);
    } catch (error) {
      el.disabled = false;
      showToast(`The widget was not added as a source: ${error.message}`, { kind: 'error', sticky: true });
      return;
    }
    boot.widget.pipeline_id = pipelineId;
    const widget = await dp.dpWidget();
    if (widget) await invoke(widget, 'onAddAsSource', [pipelineId]);
    await refresh();
  });
}
