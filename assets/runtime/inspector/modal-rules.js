/**
 * The moderation rules for the settings modal (docs/platform.md §8.4), checked after
 * every callback and whenever the modal's DOM changes: the rating and the
 * reviews stay visible, unchanged and uncovered; Save stays at the bottom of
 * the form; Disable stays reachable while the widget is installed. The
 * virtual-click rule (Install/Disable clicked by code) is checked on the
 * click itself; the click still does what the platform would do.
 */
import { subscribe } from '../core/trace.js';
import { violation } from './report.js';

const MODAL = '.modal.widget-settings__modal';
/** Wait for the DOM to settle after a burst of changes before measuring. */
const SETTLE_MS = 50;
/** Elements of the emulator itself, which may lie over anything. */
const EMULATOR_LAYERS = '[data-amo-emu-inspector], .amo-emu-toasts, .amo-emu-overlay';

const BLOCKS = [
  { id: 'rating', selector: '.widget-rating-box', name: 'the rating block (.widget-rating-box)' },
  { id: 'reviews', selector: '.widget-additional-info', name: 'the reviews block (.widget-additional-info)' },
];
/** The text each block had when the modal opened, per modal element. */
const original = new WeakMap();

let timer = null;
function checkSoon() {
  clearTimeout(timer);
  timer = setTimeout(checkModal, SETTLE_MS);
}

subscribe((event) => {
  if (event.kind === 'callback') checkSoon();
});

new MutationObserver((mutations) => {
  const modal = document.querySelector(MODAL);
  if (!modal) return;
  if (!original.has(modal)) snapshot(modal);
  if (mutations.some((m) => !m.target.closest || !m.target.closest(EMULATOR_LAYERS))) checkSoon();
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });

function snapshot(modal) {
  const texts = {};
  for (const b of BLOCKS) {
    const node = modal.querySelector(b.selector);
    if (node) texts[b.id] = node.textContent;
  }
  if (Object.keys(texts).length) original.set(modal, texts);
}

function checkModal() {
  const modal = document.querySelector(MODAL);
  if (!modal || !original.has(modal) || !modal.hasAttribute('data-amo-emu-ready')) return;
  const texts = original.get(modal);
  for (const b of BLOCKS) {
    if (texts[b.id] === undefined) continue;
    const node = modal.querySelector(b.selector);
    const problem = !node
      ? 'removed'
      : !node.textContent.trim()
        ? 'emptied'
        : node.textContent !== texts[b.id]
          ? 'changed'
          : hidden(node)
            ? 'hid'
            : covered(node)
              ? 'covered'
              : '';
    if (problem) violation(b.id, `the widget ${problem} ${b.name}; public widgets must not hide, replace or change it`, problem);
  }
  checkSave(modal);
  checkDisable(modal);
}

function checkSave(modal) {
  const save = modal.querySelector('.js-widget-save');
  if (!save || hidden(save)) return;
  const block = save.closest('.widget_settings_block') || modal.querySelector('.widget_settings_block');
  if (!block || !block.contains(save)) {
    violation('saveButton', 'the widget moved the Save button out of the settings form; it must stay at its bottom', 'moved');
    return;
  }
  const bottom = save.getBoundingClientRect().bottom;
  const below = [...block.querySelectorAll('*')].find(
    (el) => !el.contains(save) && !save.contains(el) && !hidden(el) && el.getBoundingClientRect().top >= bottom - 1,
  );
  if (below) violation('saveButton', `the widget put ${describe(below)} below the Save button; Save must stay at the bottom of the modal`, 'below');
}

function checkDisable(modal) {
  if (!modal.querySelector('.widget-state_status_installed')) return;
  const disable = modal.querySelector('.js-widget-uninstall');
  const problem = !disable ? 'removed' : disable.disabled ? 'disabled' : hidden(disable) ? 'hid' : covered(disable) ? 'covered' : '';
  if (problem) violation('disable', `the widget ${problem} the Disable button; users must always be able to disable a widget`, problem);
}

/** Not drawn: no box, display:none or visibility:hidden, or transparent. */
function hidden(node) {
  if (!node.getClientRects().length) return true;
  const rect = node.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return true;
  for (let el = node; el && el.nodeType === 1; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || Number(style.opacity) === 0) return true;
  }
  return false;
}

/** Something that is not part of the node, and not the emulator, lies over its centre. */
function covered(node) {
  const rect = node.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
  const top = document.elementsFromPoint(x, y).find((el) => !el.closest(EMULATOR_LAYERS));
  // An ancestor on top means the node is scrolled or clipped out of view, not covered.
  return !!top && top !== node && !node.contains(top) && !top.contains(node);
}

function describe(el) {
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
  return `<${el.tagName.toLowerCase()}${cls}>`;
}

// Virtual clicks: the browser marks a click made by code as not trusted; a
// jQuery .trigger('click') has no native event at all.
const INSTALL_OR_DISABLE = '.js-widget-install, .js-widget-uninstall';
function virtualClick(target) {
  const button = target.closest(INSTALL_OR_DISABLE);
  const which = button.classList.contains('js-widget-install') ? 'Install' : 'Disable';
  violation('virtualClick', `the widget clicked ${which} from code (a click event with isTrusted false); moderation forbids virtual clicks on Install and Disable`, which);
}
document.addEventListener(
  'click',
  (e) => {
    if (!e.isTrusted && e.target.closest && e.target.closest(INSTALL_OR_DISABLE)) virtualClick(e.target);
  },
  true,
);
// A jQuery .trigger('click') runs jQuery's handlers without a native event:
// watch for it once jQuery is there (it is when the first callback runs).
let jqueryWatched = false;
subscribe(() => {
  const jq = window.jQuery;
  if (jqueryWatched || !jq) return;
  jqueryWatched = true;
  jq(document).on('click.amoEmuInspector', INSTALL_OR_DISABLE, (e) => {
    if (!e.originalEvent) virtualClick(e.target);
  });
});
