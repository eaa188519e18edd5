/**
 * What every drop-down system control shares: at most one open at a time,
 * closed by a click outside it or by Escape (which then does not also close
 * the modal underneath). Each control registers its open element with the
 * function that closes it. Also opening a drop-down upwards when it would
 * be cut off below (`openUpwardsIfCut`).
 */

/** The open control's root element and how to close it, if one is open. */
let current = null;

/** Records `root` as the open control, closing the previous one. */
export function markOpen(root, close) {
  if (current && current.root !== root) current.close();
  current = { root, close };
}

/** Forgets `root` as the open control (it closed itself). */
export function markClosed(root) {
  if (current && current.root === root) current = null;
}

/** Closes whatever control is open. Returns whether one was. */
export function closeOpen() {
  if (!current) return false;
  const { close } = current;
  current = null;
  close();
  return true;
}

/**
 * Outside clicks and Escape. Bound once on `document` at boot, before any
 * modal binds its own Escape handler, so this one runs first.
 */
export function installDismissal($) {
  $(document).on('click.amoEmuControls', (e) => {
    if (current && !current.root.contains(e.target) && document.contains(e.target)) closeOpen();
  });
  $(document).on('keydown.amoEmuControls', (e) => {
    if (e.key === 'Escape' && closeOpen()) e.stopImmediatePropagation();
  });
}

/** The box a drop-down must fit in: the nearest clipping ancestor, or the window. */
function clipBottom(el) {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY !== 'visible') return Math.min(node.getBoundingClientRect().bottom, window.innerHeight);
  }
  return window.innerHeight;
}

/**
 * Adds `upClass` to an opened drop-down `el` when it would be cut off below
 * and there is more room above its control (`anchor`).
 */
export function openUpwardsIfCut(el, anchor, upClass) {
  el.classList.remove(upClass);
  const rect = el.getBoundingClientRect();
  const bottom = clipBottom(el);
  if (rect.bottom > bottom && anchor.getBoundingClientRect().top - rect.height > 0) el.classList.add(upClass);
}
