//! Installing the widget for the cases: the settings modal's fields filled
//! from the settings file (a required field left out gets [`FILLER`], a
//! users / users_lp one for its first user), and
//! the API install the cases after a refused or skipped Install use.

use chromiumoxide::Page;
use serde_json::{Map, Value};

use super::page::eval;

/// What a required field the settings file leaves out is filled with.
const FILLER: &str = "amo-emu-test";

/// Fills the modal's fields from `settings`; a required field left out
/// gets [`FILLER`]. Returns the warnings for what was filled so.
pub async fn fill(
    page: &Page,
    modal: &str,
    settings: &Map<String, Value>,
) -> Result<Vec<String>, String> {
    let values = serde_json::to_string(settings).unwrap_or_else(|_| "{}".into());
    let js = format!(
        r#"(() => {{
  const modal = document.querySelector({modal:?});
  const values = {values};
  const set = (input, value) => {{
    input.value = typeof value === 'string' ? value : JSON.stringify(value);
    input.dispatchEvent(new Event('input', {{ bubbles: true }}));
    input.dispatchEvent(new Event('change', {{ bubbles: true }}));
  }};
  for (const [key, value] of Object.entries(values)) {{
    if (value && typeof value === 'object' && !Array.isArray(value)) {{
      for (const [sub, v] of Object.entries(value)) {{
        const input = modal.querySelector(`[name="${{key}}[${{sub}}]"]`);
        if (input) set(input, v);
      }}
    }}
    const input = modal.querySelector(`[name="${{key}}"]`);
    if (input) set(input, value);
  }}
  const filled = [];
  for (const field of modal.querySelectorAll('[data-field-code][data-required=Y]')) {{
    const code = field.dataset.fieldCode;
    if (code in values) continue;
    const input = field.querySelector(`input[name="${{code}}"]`);
    // A users / users_lp field has an input per user (`code[<id>]`, or
    // `code[<id>][login]` and `[password]`): the first user's are filled.
    const first = field.querySelector(`input[name^="${{code}}["][data-user-id]`);
    const inputs = input ? [input] : first ? [...field.querySelectorAll(`input[data-user-id="${{first.dataset.userId}}"]`)] : [];
    const empty = inputs.filter((i) => !i.value);
    if (inputs.length && empty.length === inputs.length) {{
      for (const i of empty) set(i, '{FILLER}');
      filled.push(`the required field ${{code}} was filled with '{FILLER}'${{input ? '' : ` for user ${{first.dataset.userId}}`}} (give it a value in .amo-emu/test.json or --settings)`);
    }}
  }}
  return filled;
}})()"#
    );
    eval(page, &js, "the settings fields").await
}

/// Installs through the API from the page (its session), so the cases
/// after a failed Install still run the widget.
pub async fn install_directly(page: &Page, code: &str, settings: &Map<String, Value>) {
    let body = serde_json::to_string(settings).unwrap_or_else(|_| "{}".into());
    let js = format!("fetch('/api/v4/widgets/{code}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, body: {body:?}}}).then(r => r.status)");
    let _: Result<u16, String> = eval(page, &js, "the install").await;
}
