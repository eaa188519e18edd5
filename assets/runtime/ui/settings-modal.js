/**
 * The widget's settings modal in the integrations marketplace (docs/platform.md §8):
 * the platform modal filled with the server-rendered settings form, the
 * widget's callbacks run in it (`render` → `init` → `bind_actions` →
 * `settings($settings_body, context)`), and Install / Save / Disable
 * enforcing the `onSave` contract. Nothing is stored unless `onSave`
 * succeeded.
 *
 * `$settings_body` is "the right-hand part of the modal" (docs/platform.md §8.2): the
 * block holding `.widget_settings_block` and the fields. The header, the
 * Install/Disable buttons, rating, reviews and amo-emu's notice line sit
 * outside it, so a widget that calls `$settings_body.html(...)` can still be
 * installed.
 */
import { disableWidget, fetchModalHtml, installWidget } from '../core/api.js';
import { enterArea, invoke } from '../core/lifecycle.js';
import { runOnSave } from '../core/on-save.js';
import { emit } from '../core/trace.js';
import { modalClosed, modalOpened } from '../live/place.js';
import { ACTIVE_SWITCH, bindActiveSwitch, isSwitchedOn, setSwitch } from './active-switch.js';
import { checkRequired, collectFields } from './fields.js';
import { bindSaveButton } from './save-button.js';
import './oauth-line.js';

/** The right-hand part of the modal, passed to `settings()`. */
const SETTINGS_PART = '.widget-settings__desc-space';
/** The block with the active switch and Save, at the bottom of that part. */
const CONTROLS = '.widget_settings_block__controls';
/** Inputs the platform's controls mark as not being a change of the form. */
const NOT_A_CHANGE = '.js-form-changes-skip';

/** The controller of the modal on screen, if any (one at a time). */
let current = null;

/**
 * Closes the settings modal on screen, if any, after calling `destroy` on
 * the widget object it runs (for an in-place swap of the widget's code).
 */
export async function closeSettingsModal() {
  if (current) await current.close();
}

/** Opens the modal; resolves to its controller once `settings()` has run. */
export async function openSettingsModal(env, { context = {} } = {}) {
  // Fetch the form and the widget's script at the same time.
  env.loadWidgetModule().catch(() => {});
  const html = await fetchModalHtml(env.boot.widget.code);
  const controller = new SettingsModal(env, context);
  await controller.open(html);
  return controller;
}

class SettingsModal {
  constructor(env, context) {
    this.env = env;
    this.context = context;
    this.w = env.boot.widget;
    this.widget = null;
    this.busy = false;
  }

  async open(html) {
    const { Modal, $ } = this.env;
    await new Promise((resolve) => {
      this.modal = new Modal({
        class_name: `widget-settings__modal ${this.w.code}`,
        init: ($body) => {
          $body.html(html);
          $body.prepend('<span class="modal-body__close" role="button" aria-label="Close" title="Close">×</span>');
          $body.trigger('modal:loaded');
          resolve();
        },
        destroy: () => {
          if (current === this) current = null;
          modalClosed();
          document.dispatchEvent(new CustomEvent('amo-emu:modal-closed', { detail: { code: this.w.code } }));
          return true;
        },
      });
    });
    modalOpened(this.w.code, this.context);
    current = this;
    this.$body = this.modal.$body;
    this.$modal = this.modal.$modal.attr('data-widget-code', this.w.code);
    this.$settings = this.$body.find(SETTINGS_PART);
    if (!this.$settings.length) this.$settings = this.$body;
    this.$controls = this.$body.find(CONTROLS);
    this.save = bindSaveButton(this.$body.find('.js-widget-save'));
    this.bindEvents();
    performance.mark('amo-emu:modal-open');
    await this.runWidget();
    performance.mark('amo-emu:widget-ran');
    // A marker for tools and tests: the widget's callbacks have all run.
    this.$modal.attr('data-amo-emu-ready', 'settings');
  }

  bindEvents() {
    // Any input of the settings part counts as a change of the form (the
    // widget's own controls too), except those marked as not being one.
    this.$body.on('input change controls:change', `${SETTINGS_PART} :input`, (e) => {
      if (this.env.$(e.target).is(NOT_A_CHANGE)) return;
      this.save.setEnabled(true);
      this.env.$(e.target).closest('.widget_settings_block__item_field').removeClass('widget_settings_block__item_field_invalid');
    });
    bindActiveSwitch(this.$body);
    this.$body.on('click', '.js-widget-install', (e) => {
      e.preventDefault();
      this.submit();
    });
    this.$body.on('click', '.js-widget-save', (e) => {
      e.preventDefault();
      if (!this.save.isEnabled()) return;
      // The active switch turned off on an installed widget: Save disables it.
      if (this.installed() && !isSwitchedOn(this.$body)) this.disable();
      else this.submit();
    });
    this.$body.on('click', '.js-widget-uninstall', (e) => {
      e.preventDefault();
      this.disable();
    });
  }

  /** Builds the widget and runs its settings-area callbacks. */
  async runWidget() {
    this.widget = await this.env.buildWidget();
    if (!this.widget) {
      this.notice('error', 'The widget\'s script.js could not be run; see the error message. Install is not possible until it loads.');
      return;
    }
    if (!this.w.runs_in_settings) {
      this.notice(
        'warning',
        'manifest.json "locations" does not include "settings": amoCRM does not run script.js in this modal, so settings() is not called and custom fields stay empty.',
      );
      return;
    }
    this.env.setArea('widgetsSettings', 'settings');
    await enterArea(this.widget);
    await invoke(this.widget, 'settings', [this.$settings, this.context]);
    this.restoreControls();
  }

  /**
   * Puts the active switch and Save back at the bottom of the settings part
   * when the widget's `settings()` removed them (e.g. `.html(...)` on it),
   * so the widget can still be saved and disabled (docs/platform.md §8.4: Save stays at
   * the bottom, the user can always disable).
   */
  restoreControls() {
    if (!this.$controls.length || this.$body.find('.js-widget-save').length) return;
    this.$settings.append(this.$controls);
    this.save = bindSaveButton(this.$body.find('.js-widget-save'));
    console.warn('amo-emu: settings() removed the Save button and the active switch; they were put back at the bottom of $settings_body.');
  }

  /** Ends this modal for good: the widget's `destroy`, then the modal goes. */
  async close() {
    if (this.widget) await invoke(this.widget, 'destroy');
    this.modal.destroy();
  }

  notice(kind, text) {
    const $n = this.$body.find('.amo-emu-notice');
    if (!$n.length) return;
    $n.attr('class', `amo-emu-notice amo-emu-notice_${kind}`).text(text).prop('hidden', !text);
  }

  installed() {
    return this.w.status === 'installed';
  }

  /** Install (not installed yet) or Save (installed): the same contract. */
  async submit() {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.submitOnce();
    } finally {
      this.busy = false;
      this.save.setLoading(false);
      this.$body.find('.js-widget-install').removeClass('button-input-loading');
    }
  }

  async submitOnce() {
    const wasInstalled = this.installed();
    if (!this.widget) {
      this.notice('error', 'Cannot save: the widget\'s script.js did not load.');
      return;
    }
    const { values: fields, absent } = collectFields(this.$body, this.w.fields);
    const missing = checkRequired(this.$body, this.w.fields, fields);
    if (missing.length) {
      this.notice('error', `Fill in the required field${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`);
      return;
    }
    this.notice('info', '');
    this.save.setLoading(true);
    this.$body.find('.js-widget-install').addClass('button-input-loading');
    const evt = { active: 'Y', fields };
    const outcome = await runOnSave(this.widget, evt);
    if (!outcome.ok) {
      const verb = wasInstalled ? 'saved' : 'installed';
      this.notice('error', `Not ${verb}: ${outcome.reason}.`);
      emit({ kind: 'save', action: wasInstalled ? 'save' : 'install', fields: evt.fields, stored: null, outcome: outcome.reason });
      return;
    }
    let model;
    try {
      model = await installWidget(this.w.code, { ...this.storedValues(absent), ...this.knownFields(evt.fields) });
    } catch (error) {
      this.notice('error', `The settings were not saved: ${error.message}`);
      return;
    }
    emit({ kind: 'save', action: wasInstalled ? 'save' : 'install', fields: evt.fields, stored: model.settings, outcome: 'stored' });
    this.applyStatus('installed', model.settings);
    this.save.setEnabled(false);
    // The verdict comes last, once the header shows the new state.
    await this.refreshHeader();
    const done = wasInstalled ? 'Settings saved.' : 'The widget is installed.';
    const warnings = [outcome.warning, absentWarning(absent)].filter(Boolean);
    this.notice(warnings.length ? 'warning' : 'success', warnings.length ? `${done} Warning: ${warnings.join('; ')}.` : done);
    if (!wasInstalled) await invoke(this.widget, 'onInstall');
  }

  async disable() {
    if (this.busy) return;
    this.busy = true;
    try {
      const { values: fields } = collectFields(this.$body, this.w.fields);
      if (this.widget && this.widget.callbacks.onSave) {
        const outcome = await runOnSave(this.widget, { active: 'N', fields });
        if (!outcome.ok) {
          this.notice('error', `Not disabled: ${outcome.reason}.`);
          setSwitch(this.$body, true);
          return;
        }
      }
      try {
        await disableWidget(this.w.code);
      } catch (error) {
        this.notice('error', `The widget was not disabled: ${error.message}`);
        setSwitch(this.$body, true);
        return;
      }
      emit({ kind: 'save', action: 'disable', fields, stored: null, outcome: 'disabled' });
      if (this.widget) await invoke(this.widget, 'destroy');
      this.applyStatus('install', null);
      await this.refreshHeader();
      this.notice('success', 'The widget is disabled. Its settings are kept for a later install.');
    } finally {
      this.busy = false;
    }
  }

  /**
   * The stored values of fields whose input the widget removed: the
   * platform cannot serialise them, and nothing says they were cleared,
   * so they keep what was stored (UNCONFIRMED; README differences table).
   */
  storedValues(codes) {
    const out = {};
    for (const code of codes) {
      if (this.w.settings && Object.prototype.hasOwnProperty.call(this.w.settings, code)) out[code] = this.w.settings[code];
    }
    return out;
  }

  /** Only the manifest's fields are stored; anything else onSave added is dropped. */
  knownFields(fields) {
    const out = {};
    for (const field of this.w.fields) {
      if (Object.prototype.hasOwnProperty.call(fields, field.code)) out[field.code] = fields[field.code];
    }
    const extra = Object.keys(fields).filter((k) => !(k in out));
    if (extra.length) console.warn(`amo-emu: onSave added fields the manifest does not declare; not stored: ${extra.join(', ')}`);
    return out;
  }

  /** Moves the page's idea of the widget to `status` (and saved values). */
  applyStatus(status, settings) {
    const active = status === 'installed' ? 'Y' : 'N';
    this.w.status = status;
    this.w.active = active;
    if (settings) this.w.settings = settings;
    if (this.widget) Object.assign(this.widget.params, settings || {}, { status, active, widget_active: active });
    document.dispatchEvent(new CustomEvent('amo-emu:status', { detail: { code: this.w.code, status } }));
  }

  /** Redraws the header (status plate, Install/Disable) from the server. */
  async refreshHeader() {
    const { $ } = this.env;
    const fresh = $('<div></div>').html(await fetchModalHtml(this.w.code));
    this.$body.find('.widget-settings__command-plate').replaceWith(fresh.find('.widget-settings__command-plate'));
    setSwitch(this.$body, fresh.find(ACTIVE_SWITCH).prop('checked'));
  }
}

/** The warning for fields the widget removed from the form, or ''. */
function absentWarning(absent) {
  if (!absent.length) return '';
  return `the widget removed the input of ${absent.join(', ')} from the form, so ${absent.length > 1 ? 'they were' : 'it was'} not sent to onSave and ${absent.length > 1 ? 'keep' : 'keeps'} any stored value`;
}
