/**
 * Keeps the Settings sub-menu true to the account while the page stays open:
 * after an install or a disable, the widget's own item appears or goes, as
 * in amoCRM's single-page app. The server renders the menu; this only swaps
 * in a fresh copy of the current page's menu.
 */
const MENU = '.settings-menu';

/** Replaces the page's `.settings-menu` with the one the server renders now. */
export async function refreshSettingsMenu() {
  const current = document.querySelector(MENU);
  if (!current) return;
  try {
    const response = await fetch(window.location.pathname, { credentials: 'same-origin' });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.querySelector(MENU);
    if (fresh) current.replaceWith(document.importNode(fresh, true));
  } catch (error) {
    // The menu stays as it was; a reload shows the right one.
    console.warn('amo-emu: could not refresh the Settings menu', error);
  }
}
