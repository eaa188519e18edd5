//! Rules on the widget as a sender of system SMS (docs/communications.md
//! §2, W019): the `sms` location needs an `sms.endpoint` to POST to, the
//! endpoint must be an absolute http(s) URL, and the block means nothing
//! without the location. Warnings only: amoCRM's upload is not documented
//! to refuse any of them.

use super::{codes, Input};
use crate::widget::diagnostic::Diagnostic;
use crate::widget::json_pos;
use crate::widget::sms::SmsSender;

pub(super) fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let path = input.manifest_path();
    let at = |json_path: &[&str]| json_pos::locate(input.source, json_path);
    let warn = |message: String, json_path: &[&str], hint: &str| {
        Diagnostic::warning(&path, message)
            .code(codes::SMS_SENDER)
            .at(at(json_path).or_else(|| at(&["locations"])))
            .json_path(json_path.join("."))
            .hint(hint)
    };
    match SmsSender::read(input.manifest) {
        SmsSender::NotDeclared => {}
        SmsSender::NoEndpoint(why) => out.push(warn(
            format!("the sms location without an endpoint to send to: {why}"),
            &["sms", "endpoint"],
            "add \"sms\": {\"endpoint\": \"https://<your backend>/sms\"}: amoCRM POSTs text, phone and token there",
        )),
        SmsSender::Endpoint { url, has_location } => {
            if !is_http_url(&url) {
                out.push(warn(
                    format!("sms.endpoint {url:?} is not an absolute http(s) URL: no system SMS can be sent"),
                    &["sms", "endpoint"],
                    "amoCRM POSTs each system SMS to this URL, e.g. \"https://example.com/amocrm/sms\"",
                ));
            }
            if !has_location {
                out.push(warn(
                    "an sms block without the sms location: amoCRM does not offer the widget as an SMS sender".to_owned(),
                    &["sms"],
                    "add \"sms\" to locations",
                ));
            }
        }
    }
}

/// `http://` or `https://` followed by a host: what a POST can go to.
fn is_http_url(url: &str) -> bool {
    ["http://", "https://"].iter().any(|scheme| {
        url.strip_prefix(scheme)
            .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
    })
}

#[cfg(test)]
mod tests {
    use super::is_http_url;

    #[test]
    fn only_absolute_http_urls_are_endpoints() {
        assert!(is_http_url("https://b.example/sms"));
        assert!(is_http_url("http://127.0.0.1:9/sms"));
        assert!(!is_http_url("/sms"));
        assert!(!is_http_url("https:///sms"));
        assert!(!is_http_url("ftp://b.example/sms"));
        assert!(!is_http_url("b.example/sms"));
    }
}
