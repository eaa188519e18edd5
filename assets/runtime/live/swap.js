/**
 * In-place updates that need no reload: a changed stylesheet or image of
 * the widget is re-fetched wherever the page links it — whoever added the
 * `<link>` (usually the widget itself, from `params.path` with `?v=`).
 */
import { widgetFileOfUrl } from '../core/paths.js';

function busted(href) {
  const url = new URL(href, location.href);
  url.searchParams.set('amo_emu_swap', String(Date.now()));
  return url.pathname + url.search;
}

/** Swaps every stylesheet link to one of `paths`; the old one goes once the new one applies. */
export function swapStylesheets(paths) {
  let swapped = 0;
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    if (!paths.includes(widgetFileOfUrl(link.href))) continue;
    const fresh = link.cloneNode();
    fresh.href = busted(link.href);
    const drop = () => link.remove();
    fresh.addEventListener('load', drop, { once: true });
    fresh.addEventListener('error', drop, { once: true });
    link.after(fresh);
    swapped += 1;
  }
  return swapped;
}

/** Re-fetches every `<img>` showing one of `paths`. */
export function refreshImages(paths) {
  let refreshed = 0;
  for (const img of document.querySelectorAll('img[src]')) {
    if (!paths.includes(widgetFileOfUrl(img.src))) continue;
    img.src = busted(img.src);
    refreshed += 1;
  }
  return refreshed;
}
