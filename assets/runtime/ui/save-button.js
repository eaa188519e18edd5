/**
 * The Save button of the settings modal (`.js-widget-save`, `#save_<code>`)
 * and the jQuery events widgets trigger on platform buttons (docs/platform.md §6):
 * `button:load:start|stop`, `button:save:enable|disable|error`. It is
 * disabled (`button-input-disabled`) until a field changes.
 */
export function bindSaveButton($button) {
  const setLoading = (on) => {
    $button.toggleClass('button-input-loading', on);
    $button.attr('data-loading', on ? 'Y' : null);
  };
  const setEnabled = (on) => {
    $button.toggleClass('button-input-disabled', !on).toggleClass('button-input_blue', on);
  };
  $button.on('button:load:start', () => setLoading(true));
  $button.on('button:load:stop', () => setLoading(false));
  $button.on('button:save:enable', () => setEnabled(true));
  $button.on('button:save:disable', () => setEnabled(false));
  $button.on('button:save:error', () => {
    setLoading(false);
    $button.addClass('button-input-error');
    setTimeout(() => $button.removeClass('button-input-error'), 1500);
  });
  return {
    setLoading,
    setEnabled,
    isEnabled: () => !$button.hasClass('button-input-disabled'),
  };
}
