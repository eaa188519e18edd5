//! The live-reload wire format, the subscription's hello-then-changes order and its connection limit.

use super::*;

fn diag() -> DiagnosticView {
    DiagnosticView {
        severity: "error",
        location: "w/manifest.json:7:5".into(),
        message: "expected `,` or `}`".into(),
        json_path: None,
        hint: Some("fix the JSON syntax".into()),
        text: "w/manifest.json:7:5: error: expected `,` or `}`".into(),
    }
}

/// The browser runtime (assets/runtime/live/client.js) parses exactly
/// these shapes; a change here must change it too.
#[test]
fn wire_format_is_stable() {
    let cases = [
        (
            Message::Reload {
                paths: vec!["script.js".into()],
            },
            r#"{"type":"reload","paths":["script.js"]}"#,
        ),
        (
            Message::Code {
                paths: vec!["script.js".into(), "templates/x.twig".into()],
            },
            r#"{"type":"code","paths":["script.js","templates/x.twig"]}"#,
        ),
        (
            Message::Css {
                paths: vec!["style.css".into()],
            },
            r#"{"type":"css","paths":["style.css"]}"#,
        ),
        (
            Message::Images {
                paths: vec!["images/logo.png".into()],
            },
            r#"{"type":"images","paths":["images/logo.png"]}"#,
        ),
        (
            Message::Error {
                diagnostics: vec![diag()],
            },
            r#"{"type":"error","diagnostics":[{"location":"w/manifest.json:7:5","message":"expected `,` or `}`","json_path":null,"hint":"fix the JSON syntax","text":"w/manifest.json:7:5: error: expected `,` or `}`"}]}"#,
        ),
        (
            Message::Hello {
                instance: "i1".into(),
                status: Status::Ok,
            },
            r#"{"type":"hello","instance":"i1","status":{"state":"ok"}}"#,
        ),
        (
            Message::Hello {
                instance: "i1".into(),
                status: Status::Error {
                    diagnostics: vec![],
                },
            },
            r#"{"type":"hello","instance":"i1","status":{"state":"error","diagnostics":[]}}"#,
        ),
    ];
    for (message, json) in cases {
        assert_eq!(serde_json::to_string(&message).unwrap(), json);
        assert_eq!(message.frame(), format!("data: {json}\n\n"));
    }
}

/// A late tab gets the status once, in the hello: the next frame is
/// the next event, not the same error again.
#[tokio::test]
async fn late_subscribers_get_the_current_status_first() {
    let live = LiveReload::new();
    live.set_status(Status::Error {
        diagnostics: vec![diag()],
    });
    let mut sub = live.subscribe().unwrap();
    let hello = sub.next_frame().await.unwrap();
    assert!(
        hello.contains(r#""type":"hello""#) && hello.contains(r#""state":"error""#),
        "{hello}"
    );
    let reload = Message::Reload { paths: vec![] };
    live.publish(reload.clone());
    assert_eq!(sub.next_frame().await.unwrap(), reload.frame());
}

/// The race this design closes: a tab that reads the status and then
/// subscribes to events misses an error set in between. Here the
/// status changes after the hello, with no event published at all,
/// and the tab still hears of it (before the watch carried the status,
/// the error only travelled as a separate event and this timed out).
#[tokio::test]
async fn a_status_change_after_the_hello_reaches_the_tab() {
    let live = LiveReload::new();
    let mut sub = live.subscribe().unwrap();
    let hello = sub.next_frame().await.unwrap();
    assert!(hello.contains(r#""state":"ok""#), "{hello}");
    live.set_status(Status::Error {
        diagnostics: vec![diag()],
    });
    let frame = tokio::time::timeout(Duration::from_secs(2), sub.next_frame())
        .await
        .expect("the error reaches a tab connected before it")
        .unwrap();
    assert_eq!(
        frame,
        Message::Error {
            diagnostics: vec![diag()]
        }
        .frame()
    );
}

#[test]
fn subscriptions_are_limited_and_released() {
    let live = LiveReload::new();
    let subs: Vec<_> = (0..MAX_SUBSCRIBERS)
        .map(|_| live.subscribe().unwrap())
        .collect();
    assert!(live.subscribe().is_none());
    drop(subs);
    assert_eq!(live.subscribers(), 0);
    assert!(live.subscribe().is_some());
}
