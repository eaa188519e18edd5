/**
 * script.js of a widget created by `amo-emu new`. An anonymous AMD module
 * returning a constructor: amoCRM builds the widget object (get_settings,
 * i18n, render, …) and calls this with `this` bound to it.
 *
 * Run it with `amo-emu serve <folder>`; check it with `amo-emu check`;
 * build the upload with `amo-emu pack`.
 */
define(['jquery'], function ($) {
  'use strict';

  return function () {
    var self = this;
    // Never hard-code the widget code: amoCRM generates it.
    var code = self.get_settings().widget_code;

    this.callbacks = {
      // render, init and bind_actions must return true for the next to run.
      render: function () {
        return true;
      },
      init: function () {
        return true;
      },
      bind_actions: function () {
        return true;
      },
      // The settings modal is open: $modal_body is its content.
      settings: function ($modal_body) {
        $modal_body.find('.widget_settings_block').attr('data-' + code, 'ready');
        return true;
      },
      // Install and Save call this; return true (or a Promise of true) to
      // let amoCRM store evt.fields, false to keep the modal open.
      onSave: function (evt) {
        return true;
      },
      // The widget's own page under Settings (location advanced_settings).
      advancedSettings: function () {
        $('#work-area-' + code).append(
          $('<p>').addClass(code + '-advanced').text(self.i18n('advanced').intro)
        );
        return true;
      },
      // A Digital Pipeline action form (location digital_pipeline).
      dpSettings: function () {
        return true;
      },
      // Leaving the page, or Disable: remove what the widget added.
      destroy: function () {
        $(document).off('.' + code);
      }
    };
    return this;
  };
});
