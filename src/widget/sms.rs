//! The widget as amoCRM's sender of system SMS (docs/communications.md §2):
//! the `sms` location and the `sms` block, whose `endpoint` receives a
//! form POST of `text`, `phone` and `token` for each SMS the system sends.
//! Read leniently: what does not read is reported, never fatal. No I/O.

use serde_json::Value;

use super::manifest::{Area, Manifest};

/// What the manifest says about sending system SMS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmsSender {
    /// Neither the `sms` location nor an `sms` block.
    NotDeclared,
    /// `sms.endpoint` is a string (not yet checked to be a URL), with or
    /// without the location (the checker warns when it is missing).
    Endpoint { url: String, has_location: bool },
    /// Declared, but there is no string `sms.endpoint` to POST to: why.
    NoEndpoint(&'static str),
}

impl SmsSender {
    pub fn read(manifest: &Manifest) -> SmsSender {
        let has_location = manifest.has_location(Area::Sms);
        let endpoint = manifest.sms.as_ref().map(|b| b.get("endpoint"));
        match (has_location, endpoint) {
            (false, None) => SmsSender::NotDeclared,
            (_, Some(Some(Value::String(url)))) if !url.trim().is_empty() => SmsSender::Endpoint {
                url: url.trim().to_owned(),
                has_location,
            },
            (_, Some(Some(Value::String(_)))) => SmsSender::NoEndpoint("sms.endpoint is empty"),
            (_, Some(Some(_))) => SmsSender::NoEndpoint("sms.endpoint is not a string"),
            (_, Some(None)) if manifest.sms.as_ref().is_some_and(Value::is_object) => {
                SmsSender::NoEndpoint("the sms block has no endpoint")
            }
            (_, Some(None)) => SmsSender::NoEndpoint("the sms block is not an object"),
            (true, None) => SmsSender::NoEndpoint("the manifest has no sms block"),
        }
    }

    /// The URL amo-emu POSTs a system SMS to, when there is one.
    pub fn endpoint(&self) -> Option<&str> {
        match self {
            SmsSender::Endpoint { url, .. } => Some(url),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(extra: &str) -> Manifest {
        let src = format!(r#"{{"widget": {{"name": "n"}}, {extra}}}"#);
        serde_json::from_str(&src).unwrap()
    }

    #[test]
    fn reads_the_endpoint_and_says_what_is_missing() {
        let m = manifest(r#""locations": ["sms"], "sms": {"endpoint": " https://b.example/sms "}"#);
        assert_eq!(
            SmsSender::read(&m),
            SmsSender::Endpoint {
                url: "https://b.example/sms".into(),
                has_location: true
            }
        );
        let m = manifest(r#""locations": ["sms"]"#);
        assert_eq!(
            SmsSender::read(&m),
            SmsSender::NoEndpoint("the manifest has no sms block")
        );
        let m = manifest(r#""locations": ["sms"], "sms": {"endpoint": 5}"#);
        assert_eq!(
            SmsSender::read(&m),
            SmsSender::NoEndpoint("sms.endpoint is not a string")
        );
        let m = manifest(r#""locations": ["sms"], "sms": []"#);
        assert_eq!(
            SmsSender::read(&m),
            SmsSender::NoEndpoint("the sms block is not an object")
        );
        let m = manifest(r#""sms": {"endpoint": "https://b.example/sms"}"#);
        assert!(matches!(
            SmsSender::read(&m),
            SmsSender::Endpoint {
                has_location: false,
                ..
            }
        ));
        assert_eq!(
            SmsSender::read(&manifest(r#""locations": ["lcard-1"]"#)),
            SmsSender::NotDeclared
        );
    }
}
