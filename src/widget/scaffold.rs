//! The widget `amo-emu new` creates: manifest.json and i18n files built for
//! the chosen locations and locales, plus script.js, the logos (at their
//! documented pixel sizes) and a GitHub Actions workflow
//! (`.github/workflows/widget.yml`: check, test, pack) embedded from
//! `scaffold/`. `amo-emu check` passes
//! on the result; a test keeps it that way.

use rust_embed::RustEmbed;
use serde_json::{json, Map, Value};

use super::location::{Area, Location};

#[derive(RustEmbed)]
#[folder = "scaffold/"]
struct Files;

/// Locations `new` knows how to fill in (every other valid location is
/// listed in the manifest as is).
pub const DEFAULT_LOCATIONS: &[&str] = &["settings"];
pub const DEFAULT_LOCALES: &[&str] = &["en"];

/// The version a new widget starts at.
const START_VERSION: &str = "1.0.0";

/// One file of the new widget: relative path and content.
pub struct File {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Why a scaffold request was refused.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("unknown location {0:?}")]
    Location(String),
    #[error("invalid locale {0:?}: use a two-letter language code such as en or ru")]
    Locale(String),
}

/// Builds every file of a new widget called `title`.
pub fn build(title: &str, locations: &[String], locales: &[String]) -> Result<Vec<File>, Refusal> {
    let parsed: Vec<Location> = locations
        .iter()
        .map(|l| {
            let loc: Location = l.parse().unwrap_or_else(|never| match never {});
            match loc.area {
                Area::Unknown(_) => Err(Refusal::Location(l.clone())),
                _ => Ok(loc),
            }
        })
        .collect::<Result<_, _>>()?;
    for l in locales {
        if l.len() != 2 || !l.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(Refusal::Locale(l.clone()));
        }
    }
    let has = |area: Area| parsed.iter().any(|l| l.area == area);
    let advanced = has(Area::AdvancedSettings);
    let dp = has(Area::DigitalPipeline);

    let mut files = vec![File {
        path: "manifest.json".into(),
        bytes: pretty(&manifest(locations, locales, advanced, dp)),
    }];
    for l in locales {
        files.push(File {
            path: format!("i18n/{l}.json"),
            bytes: pretty(&texts(title, l, advanced, dp)),
        });
    }
    for path in Files::iter() {
        if path.starts_with("images/logo_dp") && !dp {
            continue;
        }
        let data = Files::get(&path)
            .map(|f| f.data.into_owned())
            .unwrap_or_default();
        files.push(File {
            path: path.into_owned(),
            bytes: data,
        });
    }
    files.push(File {
        path: ".gitignore".into(),
        bytes: b"# amo-emu's saved state (but the values `amo-emu test` installs with),\n# the packed archive and the test report\n.amo-emu/*\n!.amo-emu/test.json\nwidget.zip\namo-emu-test.xml\n"
            .to_vec(),
    });
    Ok(files)
}

fn pretty(v: &Value) -> Vec<u8> {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s.into_bytes()
}

fn manifest(locations: &[String], locales: &[String], advanced: bool, dp: bool) -> Value {
    let mut m = json!({
        "widget": {
            "name": "widget.name",
            "description": "widget.description",
            "short_description": "widget.short_description",
            "version": START_VERSION,
            "interface_version": 2,
            "init_once": false,
            "locale": locales,
            "installation": true,
            "support": {"link": "https://example.org/help", "email": "support@example.org"}
        },
        "locations": locations,
        "settings": {
            "api_key": {"name": "settings.api_key", "type": "text", "required": true}
        }
    });
    let obj = m.as_object_mut().expect("a JSON object literal");
    if advanced {
        obj.insert("advanced".into(), json!({"title": "advanced.title"}));
    }
    if dp {
        obj.insert(
            "dp".into(),
            json!({
                "title": "dp.title",
                "action_multiple": false,
                "webhook_url": "https://example.org/amo/dp",
                "settings": {"message": {"name": "dp.settings.message", "type": "text", "required": false}}
            }),
        );
    }
    m
}

/// The i18n file for `locale`: Russian for `ru`, English for every other
/// locale (translate them before uploading).
fn texts(title: &str, locale: &str, advanced: bool, dp: bool) -> Value {
    let ru = locale == "ru";
    let t = |en: &str, ru_text: &str| Value::String(if ru { ru_text } else { en }.to_owned());
    let mut root = Map::new();
    root.insert(
        "widget".into(),
        json!({
            "name": title,
            "short_description": t("A widget made with amo-emu", "Виджет, созданный amo-emu"),
            "description": t(
                "<p>Describe what the widget does. HTML is allowed.</p>",
                "<p>Опишите, что делает виджет. HTML разрешён.</p>"
            ),
        }),
    );
    root.insert(
        "settings".into(),
        json!({"api_key": t("API key", "Ключ API")}),
    );
    if advanced {
        root.insert(
            "advanced".into(),
            json!({
                "title": title,
                "intro": t("This page belongs to the widget.", "Эта страница принадлежит виджету."),
            }),
        );
    }
    if dp {
        root.insert(
            "dp".into(),
            json!({
                "title": title,
                "settings": {"message": t("Message", "Сообщение")},
            }),
        );
    }
    Value::Object(root)
}
