/**
 * A CRM list page's own behaviour: ticking rows (one, or all from the
 * header), the mass-action bar that appears with the count and the
 * widget to pick, and what `list_selected()` answers from the ticked rows:
 * `{count_selected, selected: [{id, type, name, emails, phones}]}` (spec
 * §5.1; the amoCRM docs' shape, the Kommo docs show another: UNCONFIRMED).
 * The contact and company lists' phones and e-mails take a widget's
 * `add_action` (ui/reach-menu.js). Handlers are bound on the list's own
 * elements, which a page swap replaces, so nothing outlives the page.
 */

import { bindReachAction } from './reach-menu.js';

/** `add_action` types and the list cells they make clickable. */
const ACTIONS = { phone: '.js-list-phone', email: '.js-list-email', 'e-mail': '.js-list-email' };

/** The row's record a clicked phone or e-mail belongs to. */
const rowOf = (el) => ({ element_id: Number(el.dataset.elementId), element_type: Number(el.dataset.elementType) });

export function wireList($, screen, { pick, actionLabel }) {
  const rows = new Map(screen.rows.map((row) => [String(row.id), row]));
  const $table = $('#list_table');
  const $bar = $('.list-actions');
  const ticked = () => $table.find('.js-item-checkbox:checked').toArray();

  const refresh = () => {
    const boxes = ticked();
    $table.find('.js-list-row').each((_, row) => {
      row.classList.toggle('list-row_selected', $(row).find('.js-item-checkbox').prop('checked'));
    });
    $bar.find('.js-selected-count').text(boxes.length);
    $bar.prop('hidden', boxes.length === 0);
  };

  $table.on('change', '.js-item-checkbox', refresh);
  $table.on('change', '.js-select-all', (event) => {
    $table.find('.js-item-checkbox').prop('checked', event.target.checked);
    refresh();
  });
  // Namespaced: a list redrawn in place wires the same bar again.
  $bar.off('click.amo-emu-list').on('click.amo-emu-list', '[data-widget-code]', (event) => {
    event.preventDefault();
    pick();
  });
  refresh();

  return {
    addAction: (type, fn) => bindReachAction($, ACTIONS, actionLabel, rowOf, type, fn),
    listSelected() {
      const selected = ticked()
        .map((box) => rows.get(box.value))
        .filter(Boolean)
        .map((row) => ({ ...row, emails: [...row.emails], phones: [...row.phones] }));
      return { count_selected: selected.length, selected };
    },
  };
}
