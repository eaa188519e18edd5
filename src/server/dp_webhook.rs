//! The Digital Pipeline webhook (docs/platform.md §10.1): where it goes, the payload
//! amoCRM posts to a widget's `dp.webhook_url` when its trigger fires, and
//! sending it from the server (as amoCRM does: the browser's CORS rules do
//! not apply) so the widget's backend can be tested. Every failure is reported, never
//! swallowed: refused, timed out, not 2xx.

use std::time::Duration;

use serde_json::{json, Map, Value};

use super::outgoing::{self, Report};
use crate::account::dp_triggers::DpEvent;
use crate::widget::Widget;

/// How long the emulator waits for the backend. amoCRM "expects a fast
/// reply" without documenting a number (UNCONFIRMED).
pub const TIMEOUT: Duration = Duration::from_secs(5);
/// `element_type` of a lead (2 = lead, 12 = customer).
const ELEMENT_TYPE_LEAD: u8 = 2;

/// Where the test webhook goes: `--dp-webhook-url` (`override_url`) if
/// given, else the manifest's `dp.webhook_url`, else nowhere (reported).
pub fn target_url(override_url: Option<&str>, widget: &Widget) -> String {
    override_url
        .map(str::to_owned)
        .or_else(|| widget.manifest.dp.as_ref()?.webhook_url.clone())
        .unwrap_or_default()
}

/// Everything the payload is built from.
pub struct Firing<'a> {
    pub event: DpEvent,
    pub lead_id: u64,
    pub status_id: u64,
    pub pipeline_id: u64,
    pub settings: &'a Map<String, Value>,
    pub subdomain: &'a str,
    pub account_id: u64,
    pub time: u64,
}

/// The documented payload.
pub fn payload(f: &Firing) -> Value {
    json!({
        "event": {
            "type": f.event.type_id(),
            "type_code": f.event.type_code(),
            "data": {
                "id": f.lead_id,
                "element_type": ELEMENT_TYPE_LEAD,
                "status_id": f.status_id,
                "pipeline_id": f.pipeline_id,
                "direction_of_movement": f.event.direction(),
            },
            "time": f.time,
        },
        "action": {"settings": {"widget": {"settings": f.settings}}},
        "subdomain": f.subdomain,
        "account_id": f.account_id,
    })
}

/// POSTs `payload` as JSON to `url` (content type UNCONFIRMED; JSON is what
/// the docs show) and reports what happened.
pub async fn send(url: &str, payload: Value) -> Report {
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Report::bad_url(
            url,
            payload,
            format!("{url:?} is not an http(s) URL; set dp.webhook_url in manifest.json or start with --dp-webhook-url URL"),
        );
    }
    let body = payload.to_string();
    outgoing::post(
        "DP webhook",
        url,
        "application/json",
        body,
        payload,
        TIMEOUT,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_has_the_documented_shape() {
        let mut settings = Map::new();
        settings.insert("message".into(), "hi".into());
        let p = payload(&Firing {
            event: DpEvent::LeadAppearedInStatus,
            lead_id: 7,
            status_id: 3,
            pipeline_id: 2,
            settings: &settings,
            subdomain: "example",
            account_id: 30441694,
            time: 1491300016,
        });
        assert_eq!(
            p,
            json!({
                "event": {"type": 15, "type_code": "lead_appeared_in_status",
                          "data": {"id": 7, "element_type": 2, "status_id": 3, "pipeline_id": 2,
                                   "direction_of_movement": "went_in_trigger"},
                          "time": 1491300016},
                "action": {"settings": {"widget": {"settings": {"message": "hi"}}}},
                "subdomain": "example", "account_id": 30441694
            })
        );
    }
}
