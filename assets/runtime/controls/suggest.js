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
import { listClasses, onListKey } from './drop-list.js';
import { markClosed, markOpen } from './popup.js';

/** Class names by amoCRM's scheme (`control--suggest--list--item` …). */
const CLS = listClasses('suggest');

function close($root) {
  $root.find(`.${CLS.list}`).removeClass(CLS.opened);
  $root.find(`.${CLS.keySelected}`).removeClass(CLS.keySelected);
  markClosed($root[0]);
}

/** Shows the items matching the input's text; hides the list if none does. */
function filter($, $root) {
  const query = String($root.find(CLS.input).val() || '').trim().toLowerCase();
  let shown = 0;
  $root.find(CLS.item).each((_, el) => {
    const match = !query || el.textContent.toLowerCase().includes(query);
    el.style.display = match ? '' : 'none';
    if (match) shown += 1;
  });
  const $list = $root.find(`.${CLS.list}`);
  if (shown) {
    $list.addClass(CLS.opened);
    markOpen($root[0], () => close($root));
  } else {
    close($root);
  }
}

function pick($, $root, $item) {
  const $input = $root.find(CLS.input).first();
  $root.find(CLS.item).removeClass(CLS.selected).css('display', '');
  $item.addClass(CLS.selected);
  $input.val($item.find('.control--suggest--list--item-inner').text() || $item.text());
  $input.attr('data-value-id', $item.attr('data-value-id'));
  close($root);
  $input.trigger('controls:change').trigger('change');
}

export function installSuggest($) {
  $(document).on('input.amoEmuControls', `${CLS.root} ${CLS.input}`, function onInput() {
    const $root = $(this).closest(CLS.root);
    $(this).attr('data-value-id', '');
    filter($, $root);
  });
  $(document).on('focus.amoEmuControls', `${CLS.root} ${CLS.input}`, function onFocus() {
    if (!this.disabled && !this.readOnly) filter($, $(this).closest(CLS.root));
  });
  $(document).on('mousedown.amoEmuControls', `${CLS.root} ${CLS.item}`, (e) => e.preventDefault());
  $(document).on('click.amoEmuControls', `${CLS.root} ${CLS.item}`, function onItem(e) {
    e.preventDefault();
    pick($, $(this).closest(CLS.root), $(this));
  });
  $(document).on('keydown.amoEmuControls', `${CLS.root} ${CLS.input}`, function onKey(e) {
    const $root = $(this).closest(CLS.root);
    if (!$root.find(`.${CLS.list}`).hasClass(CLS.opened)) return;
    onListKey(e, {
      items: () => $root.find(CLS.item).filter((_, el) => el.style.display !== 'none'),
      keyClass: CLS.keySelected,
      pick: ($item) => pick($, $root, $item),
    });
  });
}
