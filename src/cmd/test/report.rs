//! What `amo-emu test` found, and the three ways it says so: lines like
//! `cargo test` (`test lcard ... ok`, the failures, `test result: …`), a
//! versioned JSON document (`--format json`) and JUnit XML (`--junit FILE`,
//! which GitHub, GitLab and Jenkins render).

use serde::Serialize;
use serde_json::json;

/// The version of the JSON document; bumped when a field changes meaning.
pub const JSON_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The location (`settings`, `lcard`, …).
    pub name: String,
    pub passed: bool,
    pub duration_ms: u64,
    /// Why it failed: a callback and its error at `script.js:line:col`, a
    /// rule the inspector reports, an error that escaped the widget.
    pub failures: Vec<String>,
    /// What it did that amo-emu does not emulate, requests to other hosts
    /// that failed, values amo-emu filled in.
    pub warnings: Vec<String>,
}

pub fn human(code: &str, outcomes: &[Outcome]) -> String {
    let mut out = format!("\nrunning {} cases for widget {code}\n", outcomes.len());
    for o in outcomes {
        out.push_str(&format!(
            "test {} ... {}\n",
            o.name,
            if o.passed { "ok" } else { "FAILED" }
        ));
        for w in &o.warnings {
            out.push_str(&format!("  warning: {w}\n"));
        }
    }
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| !o.passed).collect();
    if !failed.is_empty() {
        out.push_str("\nfailures:\n");
        for o in &failed {
            out.push_str(&format!("\n---- {} ----\n", o.name));
            for f in &o.failures {
                out.push_str(&format!("  {f}\n"));
            }
        }
    }
    let (passed, failed) = counts(outcomes);
    out.push_str(&format!(
        "\ntest result: {}. {passed} passed; {failed} failed\n",
        if failed == 0 { "ok" } else { "FAILED" }
    ));
    out
}

pub fn counts(outcomes: &[Outcome]) -> (usize, usize) {
    let passed = outcomes.iter().filter(|o| o.passed).count();
    (passed, outcomes.len() - passed)
}

pub fn json(code: &str, outcomes: &[Outcome]) -> serde_json::Value {
    let (passed, failed) = counts(outcomes);
    json!({
        "version": JSON_VERSION,
        "widget": code,
        "cases": outcomes,
        "passed": passed,
        "failed": failed,
    })
}

pub fn junit(code: &str, outcomes: &[Outcome]) -> String {
    let (_, failed) = counts(outcomes);
    let total: u64 = outcomes.iter().map(|o| o.duration_ms).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"amo-emu test\" tests=\"{}\" failures=\"{failed}\" time=\"{}\">\n",
        outcomes.len(),
        seconds(total)
    ));
    out.push_str(&format!(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failed}\" errors=\"0\" time=\"{}\">\n",
        xml(code),
        outcomes.len(),
        seconds(total)
    ));
    for o in outcomes {
        out.push_str(&format!(
            "    <testcase classname=\"amo-emu.{}\" name=\"{}\" time=\"{}\"",
            xml(code),
            xml(&o.name),
            seconds(o.duration_ms)
        ));
        if o.passed && o.warnings.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        if !o.passed {
            let first = o.failures.first().map(String::as_str).unwrap_or("failed");
            out.push_str(&format!(
                "      <failure message=\"{}\">{}</failure>\n",
                xml(first),
                xml(&o.failures.join("\n"))
            ));
        }
        if !o.warnings.is_empty() {
            out.push_str(&format!(
                "      <system-out>{}</system-out>\n",
                xml(&o.warnings.join("\n"))
            ));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

fn seconds(ms: u64) -> String {
    format!("{:.3}", ms as f64 / 1000.0)
}

/// Text safe inside XML attributes and elements (control characters but
/// tab and newline dropped: XML 1.0 cannot hold them).
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcomes() -> Vec<Outcome> {
        vec![
            Outcome {
                name: "settings".into(),
                passed: true,
                duration_ms: 120,
                failures: vec![],
                warnings: vec!["filled required field api_key".into()],
            },
            Outcome {
                name: "lcard".into(),
                passed: false,
                duration_ms: 80,
                failures: vec![
                    "callback render threw Error: <boom> & \"x\" (script.js:3:9)".into(),
                ],
                warnings: vec![],
            },
        ]
    }

    #[test]
    fn the_human_report_reads_like_cargo_test() {
        let text = human("w", &outcomes());
        assert!(text.contains("test settings ... ok\n"));
        assert!(text.contains("test lcard ... FAILED\n"));
        assert!(text.contains("---- lcard ----\n  callback render threw"));
        assert!(text.ends_with("test result: FAILED. 1 passed; 1 failed\n"));
    }

    #[test]
    fn junit_escapes_what_the_widget_said() {
        let xml = junit("w", &outcomes());
        assert!(xml.contains("tests=\"2\" failures=\"1\""));
        assert!(xml.contains("&lt;boom&gt; &amp; &quot;x&quot;"));
        assert!(!xml.contains("<boom>"));
    }
}
