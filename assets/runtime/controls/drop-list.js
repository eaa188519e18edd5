/**
 * The drop-down list of the select and suggest controls: its class names,
 * which follow one scheme (`control--<name>--list--item-selected` …), and
 * its keyboard. Up/Down move a "key selected" mark over the items that
 * can be chosen (a select starts from its picked item), Enter picks the
 * marked item. What Enter does without a mark differs per control, so the
 * control says (a select closes; a suggest leaves Enter to the form).
 */

/** The class names (and `.`-prefixed selectors) of `control--<name>`'s list. */
export function listClasses(name) {
  const base = `control--${name}`;
  return {
    root: `.${base}`,
    input: `.${base}--input`,
    list: `${base}--list`,
    opened: `${base}--list-opened`,
    item: `.${base}--list--item`,
    selected: `${base}--list--item-selected`,
    keySelected: `${base}--list--item-key_selected`,
  };
}

/** Moves `keyClass` one step along `$items`, staying inside the list. */
function moveMark($items, keyClass, pickedClass, step) {
  if (!$items.length) return;
  let at = $items.index($items.filter(`.${keyClass}`));
  if (at < 0 && pickedClass) at = $items.index($items.filter(`.${pickedClass}`));
  const next = Math.max(0, Math.min($items.length - 1, at + step));
  $items.removeClass(keyClass).eq(next).addClass(keyClass);
}

/**
 * Handles a keydown `e` on an open list. `items()` gives the choosable
 * items; `pick($item)` chooses one; `enterUnmarked()`, when given, runs on
 * Enter with no item marked (and the key is then not passed on).
 */
export function onListKey(e, { items, keyClass, pickedClass, pick, enterUnmarked }) {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    moveMark(items(), keyClass, pickedClass, e.key === 'ArrowDown' ? 1 : -1);
  } else if (e.key === 'Enter') {
    const $marked = items().filter(`.${keyClass}`).first();
    if ($marked.length) {
      e.preventDefault();
      pick($marked);
    } else if (enterUnmarked) {
      e.preventDefault();
      enterUnmarked();
    }
  }
}
