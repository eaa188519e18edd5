/**
 * The globals amoCRM pages have: `APP` and its deprecated alias `AMOCRM`
 * (docs/platform.md §5.3), built from the emulated account. Widgets read them; as the
 * user moves between pages the runtime changes only the area (`setArea`)
 * and what a page adds for its screen (a card's data, and constants such
 * as `card_id` through `provideConstant`, so `APP.constant` itself is never
 * replaced).
 */
import { notify } from './outlets.js';

/** Constants a page adds for its area (a card's `card_id`), read when asked. */
const provided = new Map();

/**
 * Makes `APP.constant(key)` answer `read()` from now on. For the page
 * runtime, not widgets: `APP.constant` itself stays the platform's, so the
 * inspector's guard on it (a widget must not replace it) never sees the
 * emulator replace it.
 */
export function provideConstant(key, read) {
  provided.set(key, read);
}

export function installAppGlobals(boot, { widgetsArea, systemArea }) {
  const { account, locale } = boot;
  const users = account.users || [];
  const current = users.find((u) => u.id === account.current_user_id) || users[0] || {};
  const domain = `${account.subdomain}.amocrm.ru`;

  const constants = {
    account: {
      id: account.id,
      name: account.name,
      subdomain: account.subdomain,
      timezone: account.timezone,
      currency: account.currency,
      users: Object.fromEntries(users.map((u) => [u.id, u.name])),
      cf: {},
      amojo_id: `amojo-${account.id}`,
    },
    user: {
      id: current.id,
      login: current.login,
      name: current.name,
      personal_mobile: current.phone,
      is_admin: current.is_admin ? 'Y' : 'N',
    },
    user_rights: { is_admin: !!current.is_admin },
    managers: Object.fromEntries(
      users.map((u) => [
        u.id,
        { id: u.id, title: u.name, login: u.login, active: u.active, is_admin: u.is_admin ? 'Y' : 'N', group: `group_${u.group_id}`, option: u.name },
      ]),
    ),
    groups: { group_0: 'Sales department' },
    task_types: { 1: { id: 1, option: 'Follow-up' }, 2: { id: 2, option: 'Meeting' } },
  };

  const notifier = (kind) => (arg) => {
    const text = typeof arg === 'string' ? arg : [arg && arg.header, arg && arg.text].filter(Boolean).join(': ');
    notify(text || '(empty notification)', { kind });
  };

  const state = { widgetsArea, systemArea };
  const APP = {
    lang_id: locale,
    constant: (key) => (provided.has(key) ? provided.get(key)() : constants[key]),
    getWidgetsArea: () => state.widgetsArea,
    getBaseEntity: () => 'settings',
    isCard: () => false,
    data: { current_card: false, current_entity: null, is_card: false, card_page: false, current_view: null, current_list: null },
    widgets: {
      list: {},
      system: {
        get area() { return state.systemArea; },
        subdomain: account.subdomain,
        amouser: current.login,
        amouser_id: current.id,
        amohash: '0000000000000000000000000000000000000000',
        domain,
      },
      clear_cache() {},
    },
    notifications: {
      show_message: notifier('info'),
      show_notification: notifier('info'),
      show_message_error: notifier('error'),
      add_error: notifier('error'),
      add_call: notifier('info'),
    },
    addNotificationCallback() {},
    sdk: {
      showUserStatus: () => Object.fromEntries(users.map((u) => [u.id, { id: u.id, online: u.id === current.id }])),
      setCallingStatus() {},
      getCallingStatus: () => false,
    },
    cf_types: { text: 1, numeric: 2, checkbox: 3, select: 4, multiselect: 5, date: 6, url: 7, textarea: 9, radiobutton: 10, birthday: 14, date_time: 19 },
    element_types: { contacts: 1, leads: 2, companies: 3, tasks: 4, customers: 12 },
    note_types: { common: 4, call_in: 10, call_out: 11, sms_in: 102, sms_out: 103 },
    system: { timezone: account.timezone, format: { date: 'DD.MM.YYYY' }, domain },
    USER: { id: current.id },
    environment: 'emulator',
    setArea(widgetsAreaValue, systemAreaValue) {
      state.widgetsArea = widgetsAreaValue;
      state.systemArea = systemAreaValue;
    },
  };
  window.APP = APP;
  window.AMOCRM = APP;
  return APP;
}
