/**
 * `/tmpl/controls/checkboxes_dropdown.twig` behaviour (assets/tmpl/README.md):
 * a click on `.checkboxes_dropdown__title_wrapper` (unless
 * `.js-checkboxes_dropdown_disabled`) toggles `expanded` and shows the list;
 * ticking items keeps `is-checked` on their labels, the master checkbox
 * (`.js-master-checkbox`) ticks or clears them all, and the title is rebuilt
 * from the ticked items: their names, `data-title-empty` when none, "All
 * <numeral>" when all. The values are the named `.js-item-checkbox` inputs
 * themselves. Each change fires `change` on the item and `controls:change`
 * on the control's root.
 */
import { markClosed, markOpen } from './popup.js';

const ROOT = '.checkboxes_dropdown';
const ITEM_BOX = '.js-item-checkbox';
const MASTER_BOX = '.js-master-checkbox';

function close($root) {
  $root.removeClass('expanded');
  markClosed($root[0]);
}

/** The title for the ticked items (the same text the template starts with). */
function titleText($, $root, $checked, total) {
  const $title = $root.find('.checkboxes_dropdown__title').first();
  const numeral = String($title.attr('data-numeral') || '');
  const empty = String($title.attr('data-title-empty') || '');
  const allWord = numeral ? `All ${numeral.split(',').pop().trim()}` : 'All';
  if (!$checked.length) return [empty || allWord];
  if ($checked.length === total && total > 1 && numeral) return [allWord];
  return $checked.toArray().map((el) => $(el).closest('label').find('.control-checkbox__text').text());
}

/** Master state, label classes and title from the items' `checked`. */
function refresh($, $root) {
  const $items = $root.find(ITEM_BOX);
  const $checked = $items.filter((_, el) => el.checked);
  $items.each((_, el) => $(el).closest('label').toggleClass('is-checked', el.checked));
  const some = $checked.length > 0;
  const partial = some && $checked.length < $items.length;
  $root.find(MASTER_BOX).each((_, el) => {
    el.checked = some;
    $(el).closest('label').toggleClass('is-checked', some);
    $(el).siblings('.control-checkbox__helper').toggleClass('control-checkbox__helper_minus', partial);
  });
  $root.find('.js-select-all-text').text(some ? 'Select none' : 'Select all');
  const $title = $root.find('.checkboxes_dropdown__title').first();
  const before = $title.find('[data-title-before]').first().attr('data-title-before');
  $title.empty();
  titleText($, $root, $checked, $items.length).forEach((text, i) => {
    const $t = $('<div class="checkboxes_dropdown__title-item"></div>').text(text);
    if (i === 0 && before) $t.attr('data-title-before', before);
    $title.append($t);
  });
}

export function installCheckboxesDropdown($) {
  $(document).on('click.amoEmuControls', `${ROOT} .checkboxes_dropdown__title_wrapper`, function onTitle(e) {
    if ($(e.target).closest('.js-master-checkbox-wrapper').length) return;
    if ($(this).hasClass('js-checkboxes_dropdown_disabled')) return;
    const $root = $(this).closest(ROOT);
    if ($root.hasClass('expanded')) {
      close($root);
    } else {
      $root.addClass('expanded');
      markOpen($root[0], () => close($root));
    }
  });
  $(document).on('change.amoEmuControls', `${ROOT} ${ITEM_BOX}`, function onItem(e) {
    const $root = $(this).closest(ROOT);
    refresh($, $root);
    if (!e.amoEmuFromMaster) $root.trigger('controls:change');
  });
  $(document).on('change.amoEmuControls', `${ROOT} ${MASTER_BOX}`, function onMaster() {
    const $root = $(this).closest(ROOT);
    const on = this.checked;
    $root.find(ITEM_BOX).not(':disabled').each((_, el) => {
      if (el.checked === on) return;
      el.checked = on;
      $(el).trigger($.Event('change', { amoEmuFromMaster: true }));
    });
    refresh($, $root);
    $root.trigger('controls:change');
  });
}
