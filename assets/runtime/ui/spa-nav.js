/**
 * amoCRM is a single-page app: moving between lists and cards does not load
 * a new document. This takes over clicks on links to the CRM's list and
 * card pages and the back/forward buttons, and hands the URL to
 * `navigate(url)`; when that resolves false (the page could not be
 * fetched or is no CRM page) the browser loads the URL whole instead.
 * Registered before the leave tracker (ui/leave-page.js), so a link handled
 * here is not also a full navigation; other links stay with the tracker.
 */

/** The paths moved between without a reload. */
const SPA_PATHS = [
  /^\/(leads|contacts|companies|todo)\/list\//,
  /^\/(leads|contacts|companies)\/detail\/\d+$/,
  /^\/leads\/pipeline\/(\d+\/)?$/,
];

export function isSpaPath(pathname) {
  return SPA_PATHS.some((re) => re.test(pathname));
}

export function interceptNavigation(navigate) {
  let busy = Promise.resolve();
  const go = (href, push) => {
    busy = busy.then(async () => {
      if (push) history.pushState({ amoEmu: true }, '', href);
      if (!(await navigate(href))) window.location.assign(href);
    });
    return busy;
  };
  window.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !isSpaPath(url.pathname)) return;
    event.preventDefault();
    go(url.pathname + url.search, true);
  });
  window.addEventListener('popstate', () => {
    if (isSpaPath(location.pathname)) go(location.pathname + location.search, false);
    else window.location.reload();
  });
}
