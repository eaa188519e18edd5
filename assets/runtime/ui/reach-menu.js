/**
 * `add_action('phone'|'email', fn)` where phones and e-mails are shown (a
 * card's fields, the contact and company lists): the values become
 * clickable, and a click opens a menu with the value and one button,
 * labelled with the widget's `widget.call_action` text or else its name,
 * which calls `fn({value, type, element_id, element_type, contact_id})`
 * (Kommo's card SDK page: "the button that appears when you click on a phone
 * number or email address"; the menu's markup is amo-emu's own). A throw or
 * rejection is reported naming `add_action('<type>')`. Escape or a click
 * elsewhere closes the menu.
 */
import { reportCallbackError } from '../core/errors.js';
import { callAs, isThenable } from '../core/lifecycle.js';
import { showToast } from './toast.js';

/** Closes the open menu, if any. */
function closeMenu() {
  for (const menu of document.querySelectorAll('.js-reach-menu')) menu.remove();
}

function openMenu(el, label, run) {
  closeMenu();
  const menu = document.createElement('div');
  menu.className = 'card-fields__reach-menu js-reach-menu';
  menu.setAttribute('role', 'menu');
  const value = document.createElement('div');
  value.className = 'card-fields__reach-menu__value';
  value.textContent = el.dataset.value;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'card-fields__reach-menu__action js-reach-action';
  button.setAttribute('role', 'menuitem');
  button.textContent = label;
  button.addEventListener('click', () => {
    closeMenu();
    run();
  });
  menu.append(value, button);
  el.after(menu);
  button.focus();
}

let wired = false;
/** An outside click or Escape closes the menu (wired once per page). */
function wireClosing() {
  if (wired) return;
  wired = true;
  document.addEventListener('click', (event) => {
    const inside = event.target instanceof Element && event.target.closest('.js-reach-menu, .card-fields__reach_action');
    if (!inside) closeMenu();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenu();
  });
}

/**
 * Makes the elements `selectors[type]` finds (each with `data-value`,
 * `data-contact-id`) call `fn` through the menu; `where(el)` gives the
 * record it belongs to: `{element_id, element_type}`.
 */
export function bindReachAction($, selectors, label, where, type, fn) {
  const selector = selectors[type];
  if (!selector || typeof fn !== 'function') {
    showToast(`add_action('${type}'): amo-emu makes only 'phone' and 'email' values clickable`, { kind: 'error' });
    return;
  }
  wireClosing();
  $(selector)
    .addClass('card-fields__reach_action')
    .off('click.amo-emu-action')
    .on('click.amo-emu-action', (event) => {
      const el = event.currentTarget;
      openMenu(el, label, () => {
        const data = {
          value: el.dataset.value,
          type: type === 'e-mail' ? 'email' : type,
          ...where(el),
          contact_id: Number(el.dataset.contactId),
        };
        // Named like any callback when it throws or its Promise rejects.
        const name = `add_action('${type}')`;
        const { value } = callAs(name, fn, undefined, [data]);
        if (isThenable(value)) value.then(null, (error) => reportCallbackError(name, error));
      });
    });
}
