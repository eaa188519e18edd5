//! Safari does not resolve `*.localhost`: `serve` prints a second URL on
//! plain `localhost` under its start-up line (which stays as it was), and
//! that origin really serves the marketplace.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::fixture::copy_dir;
use common::repo;

#[test]
fn startup_prints_a_fallback_url_that_safari_can_open() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sample-widget");
    copy_dir(&repo().join("sample-widget"), &dir);
    let mut child = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args(["serve", dir.to_str().unwrap(), "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let (mut first, mut second) = (String::new(), String::new());
    out.read_line(&mut first).unwrap();
    out.read_line(&mut second).unwrap();
    let main_url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap();
    let port = main_url
        .rsplit(':')
        .next()
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let fallback = format!("http://localhost:{port}/settings/widgets/");
    assert!(
        first.trim_end().ends_with(&format!(
            "at http://example.localhost:{port}/settings/widgets/"
        )),
        "{first}"
    );
    assert!(
        second.contains("in Safari:") && second.contains(&fallback),
        "{second}"
    );
    let res = reqwest::blocking::get(&fallback).unwrap();
    let status = res.status().as_u16();
    let body = res.text().unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(status, 200);
    assert!(
        body.contains("data-widget-code=\"sample_widget\""),
        "{body}"
    );
}
