/**
 * The settings modal's own active switch (`#widget_active__sw`,
 * `input[name=widget_active]` in `.widget_settings_block__switch`), which
 * widgets read with `:checked` and `.val()` (docs/real-widget-usage.md §7). It is a real
 * checkbox drawn as the system switcher: checked with value `Y` while the
 * widget is installed (and so active), unchecked with `N` otherwise; the
 * value follows the box so both ways of reading it agree.
 *
 * What toggling does (UNCONFIRMED; kept here and in `settings-modal.js`):
 * it only marks the form changed; Save with the switch off on an installed
 * widget runs the Disable flow (`onSave({active: 'N'})` → `destroy`), as
 * the switch is the platform's active flag. Install always installs active.
 */

export const ACTIVE_SWITCH = '#widget_active__sw';

/** Whether the switch in `$root` is on (a missing switch counts as on). */
export function isSwitchedOn($root) {
  const $sw = $root.find(ACTIVE_SWITCH);
  return !$sw.length || $sw.prop('checked');
}

/** Puts the switch in `$root` in the state of an active (or inactive) widget. */
export function setSwitch($root, on) {
  const $sw = $root.find(ACTIVE_SWITCH);
  $sw.prop('checked', on);
  syncValue($sw.toArray());
}

/** Keeps `value` (and the drawn switch) in step with `checked`. */
function syncValue(elements) {
  elements.forEach((el) => {
    el.value = el.checked ? 'Y' : 'N';
    const label = el.parentNode && el.parentNode.querySelector('label.switcher');
    if (label) {
      label.classList.toggle('switcher__on', el.checked);
      label.classList.toggle('switcher__off', !el.checked);
    }
  });
}

/** Keeps the value in step when the user (or a widget) toggles the box. */
export function bindActiveSwitch($root) {
  $root.on('change', ACTIVE_SWITCH, (e) => syncValue([e.target]));
}
