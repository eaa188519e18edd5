//! The run interpreter's behaviour: waiting, continuing, loops, timeouts.

use super::super::steps::parse;
use super::*;
use serde_json::json;

#[test]
fn waits_at_widget_request_then_runs_the_handlers_and_goes_on() {
    let steps = parse(
        &json!([
            {"question": [
                {"handler": "widget_request", "params": {"url": "http://b/x", "data": {"a": 1}}},
                {"handler": "goto", "params": {"type": "question", "step": 1}}
            ]},
            {"question": [
                {"handler": "action", "params": {"name": "set_tag"}},
                {"handler": "show", "params": {"type": "text", "value": "status: {{json.status}}"}}
            ]}
        ])
        .to_string(),
    )
    .unwrap();
    let mut run = Run::new(1, 2, 3, steps);
    let next = run.advance(|| 77);
    assert_eq!(
        next,
        Next::Request {
            url: "http://b/x".into(),
            data: json!({"a": 1}),
            continue_id: 77
        }
    );
    assert!(!run.resume(78, Map::new(), vec![]));
    let shown = Call {
        handler: "show".into(),
        params: json!({"type": "buttons", "value": "Pick", "buttons": ["A", "B"]}),
    };
    let data = json!({"status": "success"}).as_object().unwrap().clone();
    assert!(run.resume(77, data, vec![shown]));
    assert_eq!(run.advance(|| unreachable!()), Next::Finished);
    let kinds: Vec<_> = run.log.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        ["continue", "show", "goto", "not_emulated", "show", "finish"]
    );
    assert_eq!(run.log[1].buttons, ["A", "B"]);
    assert_eq!(run.log[4].text, "status: success");
    assert!(!run.time_out(77, 1));
}

#[test]
fn a_goto_loop_is_stopped_and_a_wait_times_out() {
    let looping =
        parse(r#"[{"question":[{"handler":"goto","params":{"type":"question","step":0}}]}]"#)
            .unwrap();
    let mut run = Run::new(1, 2, 3, looping);
    assert_eq!(run.advance(|| 1), Next::Finished);
    assert!(run.log.last().unwrap().text.contains("goto loop"));

    let waiting =
        parse(r#"[{"question":[{"handler":"widget_request","params":{"url":"u"}}]}]"#).unwrap();
    let mut run = Run::new(1, 2, 3, waiting);
    run.advance(|| 5);
    assert!(run.time_out(5, 120));
    assert_eq!(run.state, RunState::TimedOut);
    assert!(!run.resume(5, Map::new(), vec![]));
}
