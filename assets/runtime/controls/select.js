/**
 * `/tmpl/controls/select.twig` behaviour (docs/platform.md §6; assets/tmpl/README.md):
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
import { listClasses, onListKey } from './drop-list.js';
import { markClosed, markOpen, openUpwardsIfCut } from './popup.js';

/** Class names by amoCRM's scheme (`control--select--list--item` …). */
const CLS = listClasses('select');

function listOf($root) {
  return $root.children(`ul.${CLS.list}, ul.${CLS.opened}`).first();
}

function close($root) {
  listOf($root).removeClass(`${CLS.opened} control--select--list-to-top`).addClass(CLS.list);
  $root.find(`.${CLS.keySelected}`).removeClass(CLS.keySelected);
  markClosed($root[0]);
}

function open($, $root) {
  const $list = listOf($root);
  $list.removeClass(CLS.list).addClass(CLS.opened);
  // Open upwards when the list would be cut off below (by the window or a
  // scrolling container such as the modal) and fits above.
  openUpwardsIfCut($list[0], $root[0], 'control--select--list-to-top');
  markOpen($root[0], () => close($root));
}

/** Moves the button and the selected item to the input's current value. */
function follow($, $root) {
  const value = String($root.find(CLS.input).first().val());
  const $items = $root.find(CLS.item);
  const $item = $items.filter((_, el) => String(el.getAttribute('data-value')) === value).first();
  if (!$item.length) return;
  $items.removeClass(CLS.selected);
  $item.addClass(CLS.selected);
  const $button = $root.find('.control--select--button').first();
  $button.attr('data-value', value);
  $button.find('.control--select--button-inner').text($item.find('.control--select--list--item-inner').text() || $item.text());
}

function pick($, $root, $item) {
  if ($item.is('[data-disabled]')) return;
  const $input = $root.find(CLS.input).first();
  const previous = String($input.val());
  const value = String($item.attr('data-value'));
  close($root);
  if (previous === value) return;
  $input.attr('data-prev-value', previous).val(value);
  follow($, $root);
  $input.trigger('controls:change');
}

export function installSelect($) {
  $(document).on('click.amoEmuControls', `${CLS.root} .control--select--button`, function onButton(e) {
    e.preventDefault();
    const $root = $(this).closest(CLS.root);
    if (this.hasAttribute('disabled')) return;
    if (listOf($root).hasClass(CLS.opened)) close($root);
    else open($, $root);
  });
  $(document).on('click.amoEmuControls', `${CLS.root} ${CLS.item}`, function onItem(e) {
    e.preventDefault();
    pick($, $(this).closest(CLS.root), $(this));
  });
  $(document).on('keydown.amoEmuControls', `${CLS.root} .control--select--button`, function onKey(e) {
    const $root = $(this).closest(CLS.root);
    if (!listOf($root).hasClass(CLS.opened)) return;
    onListKey(e, {
      items: () => $root.find(CLS.item).not('[data-disabled]'),
      keyClass: CLS.keySelected,
      pickedClass: CLS.selected,
      pick: ($item) => pick($, $root, $item),
      enterUnmarked: () => close($root),
    });
  });
  $(document).on('controls:change controls:change:visual', `${CLS.root} ${CLS.input}`, function onChange(e) {
    if (e.target !== this) return;
    follow($, $(this).closest(CLS.root));
    if (e.type === 'controls:change') $(this).trigger('change');
  });
}
