/**
 * `/tmpl/controls/select.twig` behaviour (spec §6; assets/tmpl/README.md):
 * the button opens the list (`control--select--list` swapped for
 * `control--select--list-opened`); picking an item marks it
 * `control--select--list--item-selected`, copies its `data-value` to the
 * button and the hidden `input.control--select--input` (the old value kept
 * in `data-prev-value`), writes the label and fires `controls:change` on the
 * input. A widget that writes the input and fires `controls:change` or
 * `controls:change:visual` itself gets the button and list to follow;
 * `controls:change` also fires `change` (for `.on('change')` listeners and
 * the settings form). Up/Down/Enter pick with the keyboard.
 */
import { markClosed, markOpen } from './popup.js';

const ROOT = '.control--select';
const LIST = 'control--select--list';
const OPENED = 'control--select--list-opened';
const ITEM = '.control--select--list--item';
const SELECTED = 'control--select--list--item-selected';
const KEY_SELECTED = 'control--select--list--item-key_selected';
const INPUT = '.control--select--input';

function listOf($root) {
  return $root.children(`ul.${LIST}, ul.${OPENED}`).first();
}

function close($root) {
  listOf($root).removeClass(`${OPENED} control--select--list-to-top`).addClass(LIST);
  $root.find(`.${KEY_SELECTED}`).removeClass(KEY_SELECTED);
  markClosed($root[0]);
}

function open($, $root) {
  const $list = listOf($root);
  $list.removeClass(LIST).addClass(OPENED);
  // Open upwards when the list would run off the bottom of the window.
  const rect = $list[0].getBoundingClientRect();
  $list.toggleClass('control--select--list-to-top', rect.bottom > window.innerHeight && rect.height < rect.top);
  markOpen($root[0], () => close($root));
}

/** Moves the button and the selected item to the input's current value. */
function follow($, $root) {
  const value = String($root.find(INPUT).first().val());
  const $items = $root.find(ITEM);
  const $item = $items.filter((_, el) => String(el.getAttribute('data-value')) === value).first();
  if (!$item.length) return;
  $items.removeClass(SELECTED);
  $item.addClass(SELECTED);
  const $button = $root.find('.control--select--button').first();
  $button.attr('data-value', value);
  $button.find('.control--select--button-inner').text($item.find('.control--select--list--item-inner').text() || $item.text());
}

function pick($, $root, $item) {
  if ($item.is('[data-disabled]')) return;
  const $input = $root.find(INPUT).first();
  const previous = String($input.val());
  const value = String($item.attr('data-value'));
  close($root);
  if (previous === value) return;
  $input.attr('data-prev-value', previous).val(value);
  follow($, $root);
  $input.trigger('controls:change');
}

function moveKey($root, step) {
  const $items = $root.find(ITEM).not('[data-disabled]');
  if (!$items.length) return;
  let at = $items.index($items.filter(`.${KEY_SELECTED}`));
  if (at < 0) at = $items.index($items.filter(`.${SELECTED}`));
  const next = Math.max(0, Math.min($items.length - 1, at + step));
  $items.removeClass(KEY_SELECTED).eq(next).addClass(KEY_SELECTED);
}

export function installSelect($) {
  $(document).on('click.amoEmuControls', `${ROOT} .control--select--button`, function onButton(e) {
    e.preventDefault();
    const $root = $(this).closest(ROOT);
    if (this.hasAttribute('disabled')) return;
    if (listOf($root).hasClass(OPENED)) close($root);
    else open($, $root);
  });
  $(document).on('click.amoEmuControls', `${ROOT} ${ITEM}`, function onItem(e) {
    e.preventDefault();
    pick($, $(this).closest(ROOT), $(this));
  });
  $(document).on('keydown.amoEmuControls', `${ROOT} .control--select--button`, function onKey(e) {
    const $root = $(this).closest(ROOT);
    if (!listOf($root).hasClass(OPENED)) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveKey($root, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const $key = $root.find(`.${KEY_SELECTED}`).first();
      if ($key.length) pick($, $root, $key);
      else close($root);
    }
  });
  $(document).on('controls:change controls:change:visual', `${ROOT} ${INPUT}`, function onChange(e) {
    if (e.target !== this) return;
    follow($, $(this).closest(ROOT));
    if (e.type === 'controls:change') $(this).trigger('change');
  });
}
