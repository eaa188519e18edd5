/**
 * The server's paths the runtime needs, as the boot JSON gives them
 * (src/server/boot.rs), so no module spells them: the live-reload stream
 * and the folder the widget's files are served from (`/upl/<code>/widget`),
 * with the two ways the runtime finds a widget file in a URL or a stack.
 */
import { boot } from './boot.js';

/** The live-reload stream (Server-Sent Events, src/live_reload.rs); null without a boot JSON. */
export const eventsPath = boot.events_path;

/** Where the widget's files are served, without a trailing slash; null on a page without the widget. */
export const widgetPath = boot.widget ? boot.widget.path : null;

/**
 * What follows the first mention of the widget folder in `text` (a URL, a
 * module id, a stack): `lib/x.js?v=1:3:7` for `http://…/upl/<code>/widget/lib/x.js?v=1:3:7`;
 * null when `text` names no widget file.
 */
export function afterWidgetPath(text) {
  if (!widgetPath || typeof text !== 'string') return null;
  const at = text.indexOf(`${widgetPath}/`);
  return at < 0 ? null : text.slice(at + widgetPath.length + 1);
}

/** The widget-relative file `text` names, without its query or fragment (`lib/x.js`), or null. */
export function widgetFileIn(text) {
  const rest = afterWidgetPath(text);
  return rest === null ? null : rest.split(/[?#]/)[0];
}

/** The widget-relative file a same-origin URL points at, decoded, or null. */
export function widgetFileOfUrl(href) {
  if (!widgetPath) return null;
  const url = new URL(href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(`${widgetPath}/`)) return null;
  return decodeURIComponent(url.pathname.slice(widgetPath.length).replace(/^\/+/, ''));
}
