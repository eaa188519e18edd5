/**
 * `/tmpl/controls/suggest.twig` behaviour: typing in
 * `.control--suggest--input` filters the list to the items whose text
 * contains what was typed (case-insensitive) and shows it
 * (`control--suggest--list-opened`, amo-emu's choice of class); focusing
 * the empty input shows every item. Picking an item (click, or Up/Down and
 * Enter) writes its text into the input and its `data-value-id` onto the
 * input, marks it `control--suggest--list--item-selected`, and fires
 * `controls:change` and `change` on the input.
 */
import { markClosed, markOpen } from './popup.js';

const ROOT = '.control--suggest';
const INPUT = '.control--suggest--input';
const ITEM = '.control--suggest--list--item';
const OPENED = 'control--suggest--list-opened';
const SELECTED = 'control--suggest--list--item-selected';
/** Marks the item Up/Down moved to (not the picked one). */
const KEY_SELECTED = 'control--suggest--list--item-key_selected';

function close($root) {
  $root.find('.control--suggest--list').removeClass(OPENED);
  $root.find(`.${KEY_SELECTED}`).removeClass(KEY_SELECTED);
  markClosed($root[0]);
}

/** Shows the items matching the input's text; hides the list if none does. */
function filter($, $root) {
  const query = String($root.find(INPUT).val() || '').trim().toLowerCase();
  let shown = 0;
  $root.find(ITEM).each((_, el) => {
    const match = !query || el.textContent.toLowerCase().includes(query);
    el.style.display = match ? '' : 'none';
    if (match) shown += 1;
  });
  const $list = $root.find('.control--suggest--list');
  if (shown) {
    $list.addClass(OPENED);
    markOpen($root[0], () => close($root));
  } else {
    close($root);
  }
}

function pick($, $root, $item) {
  const $input = $root.find(INPUT).first();
  $root.find(ITEM).removeClass(SELECTED).css('display', '');
  $item.addClass(SELECTED);
  $input.val($item.find('.control--suggest--list--item-inner').text() || $item.text());
  $input.attr('data-value-id', $item.attr('data-value-id'));
  close($root);
  $input.trigger('controls:change').trigger('change');
}

function moveKey($root, step) {
  const $items = $root.find(ITEM).filter((_, el) => el.style.display !== 'none');
  if (!$items.length) return;
  const at = $items.index($items.filter(`.${KEY_SELECTED}`));
  const next = Math.max(0, Math.min($items.length - 1, at + step));
  $items.removeClass(KEY_SELECTED).eq(next).addClass(KEY_SELECTED);
}

export function installSuggest($) {
  $(document).on('input.amoEmuControls', `${ROOT} ${INPUT}`, function onInput() {
    const $root = $(this).closest(ROOT);
    $(this).attr('data-value-id', '');
    filter($, $root);
  });
  $(document).on('focus.amoEmuControls', `${ROOT} ${INPUT}`, function onFocus() {
    if (!this.disabled && !this.readOnly) filter($, $(this).closest(ROOT));
  });
  $(document).on('mousedown.amoEmuControls', `${ROOT} ${ITEM}`, (e) => e.preventDefault());
  $(document).on('click.amoEmuControls', `${ROOT} ${ITEM}`, function onItem(e) {
    e.preventDefault();
    pick($, $(this).closest(ROOT), $(this));
  });
  $(document).on('keydown.amoEmuControls', `${ROOT} ${INPUT}`, function onKey(e) {
    const $root = $(this).closest(ROOT);
    if (!$root.find('.control--suggest--list').hasClass(OPENED)) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveKey($root, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      const $key = $root.find(`.${KEY_SELECTED}`).first();
      if ($key.length) {
        e.preventDefault();
        pick($, $root, $key);
      }
    }
  });
}
