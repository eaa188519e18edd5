/**
 * `lib/components/base/modal`: the platform's modal component (docs/platform.md §7).
 * `new Modal({class_name, init($modal_body), destroy})` opens at once; the
 * body stays in its loading state until something triggers `modal:loaded`
 * on it, and `modal:centrify` re-centres it. `destroy` returning false
 * cancels the close. Options not listed in the docs are ignored.
 */
define(['jquery'], function ($) {
  'use strict';

  var counter = 0;

  function Modal(options) {
    if (!(this instanceof Modal)) {
      return new Modal(options);
    }
    this.options = $.extend(
      {
        class_name: '',
        container: document.body,
        init: function () {},
        destroy: function () { return true; },
        disable_overlay_click: false,
        disable_escape_keydown: false,
        disable_cancel_click: false,
        default_overlay: false
      },
      options || {}
    );
    this.id = ++counter;
    this._destroyed = false;
    this._build();
  }

  Modal.prototype._build = function () {
    var self = this;
    var o = this.options;
    this.$overlay = $('<div class="modal-overlay"></div>').toggleClass('modal-overlay_dark', !!o.default_overlay);
    this.$modal = $('<div class="modal" role="dialog" aria-modal="true"></div>').addClass(o.class_name || '');
    this.$scroller = $('<div class="modal-scroller custom-scroll"></div>');
    this.$body = $('<div class="modal-body modal-body_loading"></div>');
    this.$modal.append(this.$overlay, this.$scroller.append(this.$body));
    this.$modal.data('modal', this);

    this.$body.on('modal:loaded', function () {
      self.$body.removeClass('modal-body_loading');
    });
    this.$body.on('modal:centrify', function () {
      self.centrify();
    });
    this.$body.on('modal:close', function () {
      self.destroy();
    });
    this.$modal.on('click', '.modal-body__close, .js-modal-close', function (e) {
      e.preventDefault();
      if (!o.disable_cancel_click) {
        self.destroy();
      }
    });
    this.$overlay.on('click', function () {
      if (!o.disable_overlay_click && !o.disable_cancel_click) {
        self.destroy();
      }
    });
    $(document).on('keydown.modal' + this.id, function (e) {
      if (e.key === 'Escape' && !o.disable_escape_keydown && self.isTopmost()) {
        self.destroy();
      }
    });

    $(o.container).append(this.$modal);
    $(document.body).addClass('page-modal-opened');
    o.init.call(this, this.$body);
  };

  Modal.prototype.isTopmost = function () {
    return this.$modal.is($('.modal').last());
  };

  /** Centring is done by CSS (flex); kept for widgets that call it. */
  Modal.prototype.centrify = function () {
    return this;
  };

  /** Closes the modal unless the `destroy` option returns false. */
  Modal.prototype.destroy = function () {
    if (this._destroyed) {
      return true;
    }
    if (this.options.destroy.call(this) === false) {
      return false;
    }
    this._destroyed = true;
    $(document).off('.modal' + this.id);
    this.$modal.remove();
    if (!$('.modal').length) {
      $(document.body).removeClass('page-modal-opened');
    }
    return true;
  };

  /** Shows an error message in place of the body (used by widgets, docs/platform.md §7). */
  Modal.prototype._showError = function (message) {
    this.$body
      .empty()
      .append($('<div class="modal-body__error"></div>').text(String(message)))
      .append('<span class="modal-body__close" role="button" aria-label="Close">×</span>')
      .trigger('modal:loaded');
    return this;
  };

  return Modal;
});
