/**
 * The top bar's locale and user switchers (`select[name="amo-emu-locale"]`,
 * `select[name="amo-emu-user"]`): the choices come from `/amo-emu/viewer`;
 * a switch is told to the server, then the page reloads where it was (an
 * open modal opens again), so the widget runs again with the new
 * `APP.lang_id`, labels, `langs`, `i18n()` — or as the other user.
 */
import { emit } from '../core/trace.js';
import { savePlace } from '../live/place.js';

const VIEWER_PATH = '/amo-emu/viewer';

async function setUp() {
  const bar = document.querySelector('.content__top');
  if (!bar) return;
  const response = await fetch(VIEWER_PATH, { credentials: 'same-origin' });
  if (!response.ok) return;
  const viewer = await response.json();
  const box = document.createElement('div');
  box.className = 'amo-emu-switchers';
  box.title = 'amo-emu: see the widget in another language or as another user';
  const locale = select('amo-emu-locale', 'Language', viewer.locales.map((l) => [l, viewer.declared.includes(l) ? l : `${l} (not in the widget)`]), viewer.locale);
  const user = select('amo-emu-user', 'User', viewer.users.map((u) => [String(u.id), `${u.name}${u.is_admin ? ' (admin)' : ''}`]), String(viewer.user_id));
  box.append(locale.label, user.label);
  bar.insertBefore(box, bar.querySelector('.content__top__account'));
  locale.select.addEventListener('change', () => switchTo({ locale: locale.select.value }, `language switched to ${locale.select.value}`));
  user.select.addEventListener('change', () => switchTo({ user_id: Number(user.select.value) }, `user switched to ${user.select.selectedOptions[0].textContent}`));
}

function select(name, caption, options, current) {
  const label = document.createElement('label');
  label.className = 'amo-emu-switchers__item';
  label.append(`${caption} `);
  const el = document.createElement('select');
  el.name = name;
  for (const [value, text] of options) el.append(new Option(text, value, false, value === current));
  label.append(el);
  return { label, select: el };
}

async function switchTo(change, reason) {
  const response = await fetch(VIEWER_PATH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(change),
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    emit({ kind: 'notice', text: `The switch failed: ${problem.detail || response.status}` });
    return;
  }
  emit({ kind: 'reload', action: 'reload', reason });
  savePlace();
  location.reload();
}

setUp().catch((error) => console.error('amo-emu: the locale and user switchers failed', error));
