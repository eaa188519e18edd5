/**
 * The platform's `device` module id (device.js by Matthew Hudson, published
 * on npm as `current-device`). Its webpack build hands AMD loaders the ES
 * module namespace, `{default: device}`; widgets call `device.mobile()` on
 * the module itself, as with the library's own global, so this module
 * returns the device object. Nothing else happens here.
 */
define(['amo-emu/current-device'], function (module) {
  'use strict';
  return module && module['default'] ? module['default'] : module;
});
