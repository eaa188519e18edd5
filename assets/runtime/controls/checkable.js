/**
 * The state classes of the platform's checkable controls, which widgets
 * test instead of `:checked` (docs/real-widget-usage.md §7): `is-checked` on
 * `label.control-checkbox` (checkbox.twig), `icon-radio-checked` on
 * `.control-radio` (radio.twig, one per name group), and `switcher__on` /
 * `switcher__off` on the switcher's label (switcher.twig; its CSS follows
 * the class). Kept in step after every `change` of the input, whoever
 * made it.
 */

export function installCheckable($) {
  $(document).on('change.amoEmuControls', 'label.control-checkbox input[type=checkbox]', function onCheckbox() {
    $(this).closest('label.control-checkbox').toggleClass('is-checked', this.checked);
  });
  $(document).on('change.amoEmuControls', '.control-radio input[type=radio]', function onRadio() {
    const name = this.name;
    const group = name ? $(`input[type=radio]`).filter((_, el) => el.name === name) : $(this);
    group.each((_, el) => $(el).closest('.control-radio').toggleClass('icon-radio-checked', el.checked));
  });
  $(document).on('change.amoEmuControls', '.switcher_wrapper .switcher__checkbox', function onSwitch() {
    $(this)
      .siblings('label.switcher')
      .toggleClass('switcher__on', this.checked)
      .toggleClass('switcher__off', !this.checked);
  });
}
