/**
 * How core shows something to the user: a message in the corner and the
 * error overlay over the page. Both are drawn by layers above core
 * (ui/toast.js, live/overlay.js), which `setupPlatform` plugs in here from
 * its `services` (setup.js provides them), so core imports nothing above
 * it. Until then a message goes to the console only.
 */

let notifier = (text) => {
  console.info(`amo-emu: ${text}`);
  return null;
};
let overlay = (title) => console.error(`amo-emu: ${title}`);

/** `fn(text, {kind, sticky, data})` shows a message in the corner (ui/toast.js's `showToast`). */
export function setNotifier(fn) {
  notifier = fn;
}

/** `fn(title, problems)` shows the error overlay (live/overlay.js's `showOverlay`). */
export function setOverlay(fn) {
  overlay = fn;
}

/** A message in the corner: `kind` `info` (the default) or `error`; `sticky` stays until closed. */
export function notify(text, options) {
  return notifier(text, options);
}

/** The error overlay, `problems` as `[{location, message, json_path?, hint?}]`. */
export function showOverlay(title, problems) {
  overlay(title, problems);
}
