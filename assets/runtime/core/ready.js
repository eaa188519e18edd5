/**
 * The page's ready marker, `data-amo-emu-ready` on `<html>`: what tools and
 * tests wait for, set by each page controller (pages/) once the widget's
 * callbacks of the page load have run. A layer that loads after the widget
 * has started (the inspector's panel) holds it until it is in place, so
 * "ready" still means everything on the page is there.
 */

/** What must be in place before the marker is set: a function giving a Promise. */
let gate = null;

/** Sets what `markReady` waits for (the inspector, runtime/inspector/main.js). */
export function holdReady(until) {
  gate = until;
}

/** Sets the marker to `name` (`crm`, `marketplace`…) once the holder is in place. */
export async function markReady(name, extra = {}) {
  if (gate) await gate().catch(() => {});
  const data = document.documentElement.dataset;
  for (const [key, value] of Object.entries(extra)) data[key] = value;
  data.amoEmuReady = name;
}
