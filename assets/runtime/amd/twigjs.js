/**
 * The platform's `twigjs` module id. On amoCRM the module a widget receives
 * as `Twig` is callable: `Twig({ref: '/tmpl/controls/button.twig'})`,
 * `Twig({data: '...'})`. Twig.js itself exports an object whose `twig`
 * function does that, so this module exposes that function with the rest of
 * Twig.js's exports attached. No templating happens here.
 */
define(['twig'], function (Twig) {
  'use strict';
  var twigjs = function (params) {
    return Twig.twig(params);
  };
  Object.keys(Twig).forEach(function (key) {
    twigjs[key] = Twig[key];
  });
  return twigjs;
});
