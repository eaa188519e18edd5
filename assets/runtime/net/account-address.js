/**
 * The account's absolute address, answered here. Real widgets call their
 * own account as `https://<subdomain>.amocrm.ru/api/v4/...` (built from
 * `system().subdomain`, `location.hostname`, or hard-coded;
 * docs/real-widget-usage.md §12). A request through `fetch` or
 * `XMLHttpRequest` (jQuery's `$.ajax` included) to any subdomain of
 * amocrm.ru, amocrm.com or kommo.com under `/api/`, `/private/`, `/ajax/`
 * or `/oauth2/` goes to the same path on amo-emu instead, as if it were
 * same-origin; a subdomain that is not the emulated account's is noticed
 * once (on amoCRM that call would reach another account). Other hosts are
 * untouched. Loaded right after the request observer (net/observe.js)
 * and around it, so the observer sees the local request.
 */
import { boot } from '../core/boot.js';
import { alreadyShown, noticeOnce, tellTerminal } from './notices.js';

/** The hosts of amoCRM's accounts. */
const ACCOUNT_HOST = /^([a-z0-9-]+)\.(amocrm\.ru|amocrm\.com|kommo\.com)$/i;
/** The paths that are the account's backend. */
const ACCOUNT_PATH = /^\/(api|private|ajax|oauth2)(\/|$)/;

const emulated = (boot.account && boot.account.subdomain) || '';

/**
 * The same-origin URL for `url` when it is the account's absolute address,
 * else null.
 */
export function localAccountUrl(url) {
  let target;
  try {
    target = new URL(String(url), location.href);
  } catch (_) {
    return null;
  }
  if (target.origin === location.origin || !/^https?:$/.test(target.protocol)) return null;
  const host = ACCOUNT_HOST.exec(target.hostname);
  if (!host || !ACCOUNT_PATH.test(target.pathname)) return null;
  const subdomain = host[1].toLowerCase();
  if (subdomain !== emulated) {
    const key = `account-address ${target.origin}`;
    if (!alreadyShown(key)) {
      const text = `the widget called ${target.origin}; amo-emu answered it as the emulated account "${emulated}" (on amoCRM this would reach another account)`;
      noticeOnce(key, text, { notice: 'account-address', origin: target.origin });
      tellTerminal({ kind: 'account-address', text, key: target.origin });
    }
  }
  return `${target.pathname}${target.search}${target.hash}`;
}

function wrapFetch() {
  const inner = window.fetch;
  window.fetch = function fetch(input, init) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input && input.url;
    const local = url ? localAccountUrl(url) : null;
    if (!local) return inner.call(this, input, init);
    if (input instanceof Request) {
      // A Request cannot change its URL: rebuild it with the same options
      // (its body stream moves to the new one).
      return inner.call(this, new Request(local, input), init);
    }
    // A cross-origin caller may have asked to omit credentials; same-origin
    // now, the account's own cookie rules apply.
    return inner.call(this, local, init);
  };
}

function wrapXhr() {
  const proto = XMLHttpRequest.prototype;
  const open = proto.open;
  proto.open = function (method, url, ...rest) {
    const local = localAccountUrl(url);
    return open.call(this, method, local || url, ...rest);
  };
}

if (!window.__amoEmuAccountAddress) {
  window.__amoEmuAccountAddress = true;
  wrapFetch();
  wrapXhr();
}
