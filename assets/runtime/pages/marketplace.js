/**
 * Entry of the Integrations (marketplace) page: sets the platform up, then
 * opens the widget's settings modal when its tile is clicked, or at once
 * when the address asks for it (`?open=<code>`).
 */
import { boot } from '../core/boot.js';
import { prefetchModalHtml } from '../core/api.js';
import { markReady } from '../core/ready.js';
import { acceptCodeSwaps } from '../live/hot-swap.js';
import { prefetchPendingModal, restorePlace } from '../live/place.js';
import { closeSettingsModal, openSettingsModal } from '../ui/settings-modal.js';
import { refreshSettingsMenu } from '../ui/settings-menu.js';
import { showToast } from '../ui/toast.js';
import { setupPage } from '../setup.js';

// After a live reload that left a modal open, its form and script load now.
const restoring = prefetchPendingModal(prefetchModalHtml);
const env = await setupPage(boot, {
  widgetsArea: 'widgetsSettings',
  systemArea: 'settings',
  prefetchWidget: restoring,
  // `self.openWidgetSettings()`, called once the widget runs (`env` is set by then).
  page: { openSettings: () => openSettingsModal(env, { context: {} }) },
});
const { $ } = env;

$(document).on('click keydown', '.widget-card[data-widget-code]', (e) => {
  if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  if ($('.modal.widget-settings__modal').length) return;
  openSettingsModal(env, { context: {} });
});

document.addEventListener('amo-emu:status', (e) => {
  refreshSettingsMenu();
  const installed = e.detail.status === 'installed';
  const $card = $(`.widget-card[data-widget-code="${e.detail.code}"]`);
  $card.toggleClass('widget-card_installed', installed);
  $card.find('.widget-card__state').html(
    installed ? '<span class="widget-card__badge widget-card__badge_installed">Installed</span>' : '<span class="widget-card__badge">Not installed</span>',
  );
});

const reopen = (context) => openSettingsModal(env, { context });

// After a live reload: the modal open again, with what was typed in it.
await restorePlace(reopen);

// `?open=<code>` (the WhatsApp integrations modal links here,
// docs/communications.md §3): that widget's settings modal, at once.
const wanted = new URLSearchParams(window.location.search).get('open');
if (wanted) {
  window.history.replaceState(window.history.state, '', window.location.pathname);
  const tile = $('.widget-card[data-widget-code]').filter((_, el) => el.dataset.widgetCode === wanted);
  if (!tile.length) showToast(`No widget "${wanted}" is served here (the address asked for its settings); amo-emu serves ${boot.widget ? `"${boot.widget.code}"` : 'no widget'}.`, { kind: 'error' });
  else if (!$('.modal.widget-settings__modal').length) openSettingsModal(env, { context: {} });
}

// The widget's code changed: the open modal runs the new code, as it was.
acceptCodeSwaps(async (place) => {
  await closeSettingsModal();
  env.forgetWidgetCode();
  await restorePlace(reopen, place);
});

await markReady('marketplace');
