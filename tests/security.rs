//! Attacks that hit other dev servers (Vite, webpack-dev-server, esbuild),
//! sent as raw HTTP over a `TcpStream` so nothing normalises the request
//! before the server sees it. Each case is one row: a name, the request and
//! the status it must get. Every response must also be free of the planted
//! secrets (a file next to the widget folder, a `.env`, a `.git/config` and
//! another widget's saved token inside it) and of any CORS grant.
//!
//! In requests, `{H}` stands for the server's own `Host`
//! (`example.localhost:<port>`), `{O}` for its origin and `{P}` for its port.

mod common;

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::path::Path;

use common::raw_http::{exchange, RawResponse};
use common::TestServer;

/// The widget code of the `recorder` fixture (its folder name).
const CODE: &str = "recorder";
/// A save body the `recorder` widget accepts.
const GOOD_BODY: &str = r#"{"login":"anna"}"#;
/// Secrets are checked window by window, so a partial leak counts too.
const LEAK_WINDOW: usize = 8;

/// One row of the table.
struct Case {
    name: &'static str,
    request: String,
    expect: u16,
}

/// `line`, then `headers`, then `Connection: close`, a `Content-Length` when
/// there is a body, and the body. Nothing is added that the row does not say
/// (no `Host` unless listed).
fn raw(line: &str, headers: &[&str], body: &str) -> String {
    let mut out = format!("{line}\r\n");
    for h in headers {
        out.push_str(h);
        out.push_str("\r\n");
    }
    out.push_str("Connection: close\r\n");
    if !body.is_empty() {
        out.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    out.push_str("\r\n");
    out.push_str(body);
    out
}

fn case(name: &'static str, line: &str, headers: &[&str], body: &str, expect: u16) -> Case {
    Case {
        name,
        request: raw(line, headers, body),
        expect,
    }
}

/// A plain `GET path` to this server from a same-origin page.
fn get(name: &'static str, path: &str, expect: u16) -> Case {
    case(name, &format!("GET {path} HTTP/1.1"), &[HOST], "", expect)
}

const HOST: &str = "Host: {H}";
const SAME_ORIGIN: &str = "Origin: {O}";
const JSON: &str = "Content-Type: application/json";

fn widget_file(rest: &str) -> String {
    format!("/upl/{CODE}/widget/{rest}")
}

fn api() -> String {
    format!("/api/v4/widgets/{CODE}")
}

fn post_line() -> String {
    format!("POST {} HTTP/1.1", api())
}

fn delete_line() -> String {
    format!("DELETE {} HTTP/1.1", api())
}

#[rustfmt::skip]
fn host_allowlist_cases() -> Vec<Case> {
    let page = "GET /settings/widgets/ HTTP/1.1";
    vec![
        case("host: own name is served", page, &[HOST], "", 200),
        case("host: evil.example", page, &["Host: evil.example"], "", 403),
        case("host: evil.example with our port", page, &["Host: evil.example:{P}"], "", 403),
        case("host: localhost.evil.example", page, &["Host: localhost.evil.example:{P}"], "", 403),
        case("host: localhost as a prefix label", page, &["Host: localhost.{P}.evil.example"], "", 403),
        case("host: 127.0.0.1 inside a foreign name", page, &["Host: 127.0.0.1.nip.io:{P}"], "", 403),
        case("host: LAN IPv4", page, &["Host: 192.168.1.10:{P}"], "", 403),
        case("host: private 10/8", page, &["Host: 10.0.0.5"], "", 403),
        case("host: unspecified 0.0.0.0", page, &["Host: 0.0.0.0:{P}"], "", 403),
        case("host: decimal-encoded loopback", page, &["Host: 2130706433:{P}"], "", 403),
        case("host: empty", page, &["Host: "], "", 403),
        // HTTP/1.1 requires Host: actix refuses its absence before our guard.
        case("host: missing (HTTP/1.1)", page, &[], "", 400),
        case("host: missing (HTTP/1.0)", "GET /settings/widgets/ HTTP/1.0", &[], "", 403),
        case("host: port only", page, &["Host: :{P}"], "", 403),
        case("host: userinfo trick", page, &["Host: localhost@evil.example"], "", 403),
        case("host: two Host headers, second foreign", page, &[HOST, "Host: evil.example"], "", 400),
        case("host: loopback IPv4 literal", page, &["Host: 127.0.0.1:{P}"], "", 200),
        case("host: plain localhost", page, &["Host: localhost:{P}"], "", 200),
        case("host: IPv6 loopback literal", page, &["Host: [::1]:{P}"], "", 200),
        case("host: IPv6 loopback without port", page, &["Host: [::1]"], "", 200),
        case("host: IPv6 loopback, long form", page, &["Host: [0:0:0:0:0:0:0:1]:{P}"], "", 200),
        case("host: IPv6 not loopback", page, &["Host: [::2]:{P}"], "", 403),
        case("host: IPv6 unspecified", page, &["Host: [::]:{P}"], "", 403),
        case("host: IPv6 link-local with zone", page, &["Host: [fe80::1%25eth0]:{P}"], "", 403),
        case("host: IPv6 without brackets", page, &["Host: ::1"], "", 403),
        case("host: IPv6 with trailing name", page, &["Host: [::1]evil.example"], "", 403),
        case("host: IPv6 unclosed bracket", page, &["Host: [::1:{P}"], "", 403),
        case("host: IPv4-mapped loopback", page, &["Host: [::ffff:127.0.0.1]:{P}"], "", 200),
        case("host: IPv4-mapped LAN address", page, &["Host: [::ffff:192.168.1.10]:{P}"], "", 403),
        case("host: refused on the API too", &format!("GET {} HTTP/1.1", api()), &["Host: evil.example"], "", 403),
        case("host: refused on widget files too", &format!("GET {} HTTP/1.1", widget_file("script.js")), &["Host: evil.example"], "", 403),
    ]
}

#[rustfmt::skip]
fn csrf_cases() -> Vec<Case> {
    let post = post_line();
    let delete = delete_line();
    let b = GOOD_BODY;
    vec![
        case("csrf: same-origin JSON save works", &post, &[HOST, SAME_ORIGIN, JSON], b, 200),
        case("csrf: save from a client without Origin works", &post, &[HOST, JSON], b, 200),
        case("csrf: save from a foreign Origin", &post, &[HOST, "Origin: http://evil.example", JSON], b, 403),
        case("csrf: save with Origin: null", &post, &[HOST, "Origin: null", JSON], b, 403),
        case("csrf: look-alike origin suffix", &post, &[HOST, "Origin: http://example.localhost:{P}.evil.com", JSON], b, 403),
        case("csrf: look-alike origin userinfo", &post, &[HOST, "Origin: http://example.localhost:{P}@evil.com", JSON], b, 403),
        case("csrf: origin with a path", &post, &[HOST, "Origin: http://example.localhost:{P}/x", JSON], b, 403),
        case("csrf: https origin", &post, &[HOST, "Origin: https://example.localhost:{P}", JSON], b, 403),
        case("csrf: another *.localhost origin", &post, &[HOST, "Origin: http://evil.localhost:{P}", JSON], b, 403),
        case("csrf: same host, other port", &post, &[HOST, "Origin: http://example.localhost:1", JSON], b, 403),
        case("csrf: Sec-Fetch-Site cross-site", &post, &[HOST, "Sec-Fetch-Site: cross-site", JSON], b, 403),
        case("csrf: Sec-Fetch-Site same-site", &post, &[HOST, "Sec-Fetch-Site: same-site", JSON], b, 403),
        case("csrf: right Origin but cross-site fetch metadata", &post, &[HOST, SAME_ORIGIN, "Sec-Fetch-Site: cross-site", JSON], b, 403),
        case("csrf: form post (text/plain)", &post, &[HOST, SAME_ORIGIN, "Content-Type: text/plain"], b, 415),
        case("csrf: form post (urlencoded)", &post, &[HOST, SAME_ORIGIN, "Content-Type: application/x-www-form-urlencoded"], "login=anna", 415),
        case("csrf: form post (multipart)", &post, &[HOST, SAME_ORIGIN, "Content-Type: multipart/form-data; boundary=x"], "--x--", 415),
        case("csrf: no Content-Type", &post, &[HOST, SAME_ORIGIN], b, 415),
        case("csrf: JSON look-alike type", &post, &[HOST, SAME_ORIGIN, "Content-Type: application/jsonp"], b, 415),
        case("csrf: disable from a foreign Origin", &delete, &[HOST, "Origin: http://evil.example"], "", 403),
        case("csrf: disable with Origin: null", &delete, &[HOST, "Origin: null"], "", 403),
        case("csrf: disable cross-site", &delete, &[HOST, "Sec-Fetch-Site: cross-site"], "", 403),
        case("csrf: PUT from a foreign Origin", &format!("PUT {} HTTP/1.1", api()), &[HOST, "Origin: http://evil.example", JSON], b, 403),
        case("csrf: PATCH cross-site", &format!("PATCH {} HTTP/1.1", api()), &[HOST, "Sec-Fetch-Site: cross-site", JSON], b, 403),
        case("cors: preflight from a foreign Origin gets no grant", &format!("OPTIONS {} HTTP/1.1", api()), &[HOST, "Origin: http://evil.example", "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type"], "", 403),
        case("cors: preflight with browser fetch metadata", &format!("OPTIONS {} HTTP/1.1", api()), &[HOST, "Origin: http://evil.example", "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: cors", "Access-Control-Request-Method: DELETE"], "", 403),
        case("cors: cross-origin read of the account", "GET /api/v4/account HTTP/1.1", &[HOST, "Origin: http://evil.example", "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: cors"], "", 403),
        // The account's records and webhooks are writable: the same rules.
        case("csrf: lead create from a foreign Origin", "POST /api/v4/leads HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"[{"name":"x"}]"#, 403),
        case("csrf: lead create cross-site", "POST /api/v4/leads HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"[{"name":"x"}]"#, 403),
        case("csrf: lead create as a form post", "POST /api/v4/leads HTTP/1.1", &[HOST, SAME_ORIGIN, "Content-Type: text/plain"], r#"[{"name":"x"}]"#, 415),
        case("csrf: lead PATCH from Origin: null", "PATCH /api/v4/leads/18412401 HTTP/1.1", &[HOST, "Origin: null", JSON], r#"{"name":"x"}"#, 403),
        case("csrf: complex lead create from a foreign Origin", "POST /api/v4/leads/complex HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"[{"name":"x"}]"#, 403),
        case("csrf: complex lead create as a form post", "POST /api/v4/leads/complex HTTP/1.1", &[HOST, SAME_ORIGIN, "Content-Type: text/plain"], r#"[{"name":"x"}]"#, 415),
        case("csrf: tag create from a foreign Origin", "POST /api/v4/leads/tags HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"[{"name":"x"}]"#, 403),
        case("csrf: tag create cross-site", "POST /api/v4/contacts/tags HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"[{"name":"x"}]"#, 403),
        case("csrf: tag create as a form post", "POST /api/v4/companies/tags HTTP/1.1", &[HOST, SAME_ORIGIN, "Content-Type: application/x-www-form-urlencoded"], "name=x", 415),
        case("csrf: link from a foreign Origin", "POST /api/v4/leads/18412401/link HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"[{"to_entity_id":1,"to_entity_type":"contacts"}]"#, 403),
        case("csrf: unlink cross-site", "POST /api/v4/leads/18412401/unlink HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"[{"to_entity_id":1,"to_entity_type":"contacts"}]"#, 403),
        case("csrf: bulk link as a form post", "POST /api/v4/contacts/link HTTP/1.1", &[HOST, SAME_ORIGIN, "Content-Type: text/plain"], r#"[{"entity_id":1}]"#, 415),
        case("csrf: bulk unlink with Origin: null", "POST /api/v4/companies/unlink HTTP/1.1", &[HOST, "Origin: null", JSON], r#"[{"entity_id":1}]"#, 403),
        case("csrf: v2 lead add from a foreign Origin", "POST /api/v2/leads HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"{"add":[{"name":"x"}]}"#, 403),
        case("csrf: v2 lead add as a foreign form post", "POST /api/v2/leads HTTP/1.1", &[HOST, "Origin: http://evil.example", "Content-Type: application/x-www-form-urlencoded"], "add[0][name]=x", 403),
        case("csrf: v2 note add cross-site", "POST /api/v2/notes HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", "Content-Type: application/x-www-form-urlencoded"], "add[0][element_id]=1", 403),
        case("csrf: v2 task add with Origin: null", "POST /api/v2/tasks HTTP/1.1", &[HOST, "Origin: null", JSON], r#"{"add":[{"text":"x"}]}"#, 403),
        case("csrf: v2 contact update from a foreign Origin", "POST /api/v2/contacts HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"{"update":[{"id":1}]}"#, 403),
        case("csrf: v2 company add cross-site", "POST /api/v2/companies HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"{"add":[{"name":"x"}]}"#, 403),
        case("csrf: private leads/set from a foreign Origin", "POST /private/api/v2/json/leads/set HTTP/1.1", &[HOST, "Origin: http://evil.example", "Content-Type: application/x-www-form-urlencoded"], "request[leads][add][0][name]=x", 403),
        case("csrf: private contacts/set cross-site", "POST /private/api/v2/json/contacts/set HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"{"request":{"contacts":{"add":[{"name":"x"}]}}}"#, 403),
        case("csrf: private company/set with Origin: null", "POST /private/api/v2/json/company/set HTTP/1.1", &[HOST, "Origin: null", JSON], r#"{"request":{"contacts":{"add":[{"name":"x"}]}}}"#, 403),
        case("csrf: private notes/set from a foreign Origin", "POST /private/api/v2/json/notes/set HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"{"request":{"notes":{"add":[]}}}"#, 403),
        case("csrf: private tasks/set cross-site", "POST /private/api/v2/json/tasks/set HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"{"request":{"tasks":{"add":[]}}}"#, 403),
        case("csrf: note from a foreign Origin", "POST /api/v4/leads/notes HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"[{"entity_id":1,"note_type":"common"}]"#, 403),
        case("csrf: custom field from a foreign Origin", "POST /api/v4/leads/custom_fields HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"[{"name":"x","type":"text"}]"#, 403),
        case("csrf: field group from a foreign Origin", "POST /api/v4/leads/custom_fields/groups HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"[{"name":"x"}]"#, 403),
        case("csrf: field group DELETE cross-site", "DELETE /api/v4/leads/custom_fields/groups/leads_1 HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site"], "", 403),
        case("csrf: custom field PATCH cross-site", "PATCH /api/v4/contacts/custom_fields HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"[{"id":1}]"#, 403),
        case("csrf: task from a foreign Origin", "POST /api/v4/tasks HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"[{"text":"x","complete_till":1}]"#, 403),
        case("csrf: webhook subscription from a foreign Origin", "POST /api/v4/webhooks HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"{"destination":"http://evil.example/","settings":["add_lead"]}"#, 403),
        case("csrf: webhook subscription as a form post", "POST /api/v4/webhooks HTTP/1.1", &[HOST, SAME_ORIGIN, "Content-Type: application/x-www-form-urlencoded"], "destination=x", 415),
        case("csrf: webhook removal cross-site", "DELETE /api/v4/webhooks HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"{"destination":"x"}"#, 403),
        case("csrf: webhook resend from a foreign Origin", "POST /amo-emu/webhooks/1/resend HTTP/1.1", &[HOST, "Origin: http://evil.example"], "", 403),
        case("csrf: system SMS from a foreign Origin", "POST /amo-emu/sms/system HTTP/1.1", &[HOST, "Origin: http://evil.example", JSON], r#"{"phone":"+1","text":"x"}"#, 403),
        case("csrf: system SMS cross-site", "POST /amo-emu/sms/system HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", JSON], r#"{"phone":"+1","text":"x"}"#, 403),
        case("csrf: system SMS as a form post", "POST /amo-emu/sms/system HTTP/1.1", &[HOST, SAME_ORIGIN, "Content-Type: application/x-www-form-urlencoded"], "phone=1&text=x", 415),
        case("cors: cross-origin read of the webhook deliveries", "GET /amo-emu/webhooks HTTP/1.1", &[HOST, "Origin: http://evil.example", "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: cors"], "", 403),
        case("cors: cross-origin read of the notes", "GET /api/v4/leads/notes HTTP/1.1", &[HOST, "Origin: http://evil.example", "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: cors"], "", 403),
        case("cors: cross-origin read of saved settings without fetch metadata", &format!("GET {} HTTP/1.1", api()), &[HOST, "Origin: http://evil.example"], "", 403),
    ]
}

#[rustfmt::skip]
fn file_cases() -> Vec<Case> {
    let w = widget_file;
    vec![
        get("files: script.js is served", &w("script.js"), 200),
        get("files: query string is ignored", &w("script.js?/../../secret.txt"), 200),
        get("files: dot-dot", &w("../secret.txt"), 403),
        get("files: dot-dot twice", &w("../../secret.txt"), 403),
        get("files: dot-dot after a folder", &w("images/../../secret.txt"), 403),
        get("files: deep dot-dot to /etc/passwd", &w("../../../../../../../../etc/passwd"), 403),
        get("files: encoded dots", &w("%2e%2e/secret.txt"), 403),
        get("files: upper-case encoded dots", &w("%2E%2E/secret.txt"), 403),
        get("files: half-encoded dots", &w(".%2e/secret.txt"), 403),
        get("files: encoded dots and slash", &w("%2e%2e%2fsecret.txt"), 403),
        get("files: dot-dot, encoded slash", &w("..%2fsecret.txt"), 403),
        get("files: double-encoded dots are a name, not a step up", &w("%252e%252e/secret.txt"), 404),
        get("files: double-encoded slash", &w("..%252fsecret.txt"), 403),
        get("files: encoded backslash", &w("..%5csecret.txt"), 403),
        get("files: raw backslash", &w("..\\secret.txt"), 403),
        get("files: backslash inside a name", &w("images\\..\\..\\secret.txt"), 403),
        get("files: NUL byte", &w("script.js%00.png"), 403),
        get("files: NUL alone", &w("%00"), 403),
        get("files: invalid UTF-8", &w("%ff%fe"), 403),
        get("files: overlong UTF-8 dot", &w("%c0%ae%c0%ae/secret.txt"), 403),
        get("files: encoded hash then dot-dot", &w("script.js%23/../../secret.txt"), 403),
        get("files: encoded question mark then dot-dot", &w("..%3f/secret.txt"), 403),
        // The parser drops the fragment: what is left is script.js itself.
        get("files: raw hash in the request line", &w("script.js#/../../secret.txt"), 200),
        get("files: absolute path after the prefix", &w("/etc/passwd"), 404),
        get("files: encoded absolute path", &w("%2fetc%2fpasswd"), 404),
        get("files: request target //etc/passwd", "//etc/passwd", 404),
        get("files: drive letter", &w("C:/windows/win.ini"), 403),
        get("files: encoded drive letter", &w("C%3a%5cwindows%5cwin.ini"), 403),
        get("files: symlink to a file outside", &w("leak.txt"), 403),
        get("files: through a symlinked folder outside", &w("leakdir/secret.txt"), 403),
        get("files: symlink to .env inside", &w("alias.js"), 403),
        get("files: symlink to a normal file inside is fine", &w("same.js"), 200),
        get("files: .env", &w(".env"), 403),
        get("files: encoded .env", &w("%2eenv"), 403),
        get("files: ./.env", &w("./.env"), 403),
        get("files: .git/config", &w(".git/config"), 403),
        get("files: .amo-emu/state.json", &w(".amo-emu/state.json"), 403),
        get("files: .amo-emu, encoded slash", &w(".amo-emu%2fstate.json"), 403),
        get("files: dotfile in a subfolder", &w("images/.hidden"), 403),
        get("files: a folder is not listed", &w("images/"), 404),
        get("files: the widget root is not listed", &w(""), 404),
        get("files: another widget code", "/upl/other/widget/script.js", 404),
        get("files: assets dot-dot", "/amo-emu/assets/../../Cargo.toml", 404),
        get("files: assets encoded dot-dot", "/amo-emu/assets/%2e%2e/%2e%2e/Cargo.toml", 404),
        get("files: assets encoded slash", "/amo-emu/assets/..%2f..%2fCargo.toml", 404),
        get("files: system templates dot-dot", "/tmpl/../Cargo.toml", 404),
        get("files: system templates encoded dot-dot", "/tmpl/%2e%2e/src/main.rs", 404),
        case("files: cross-site no-cors script (script theft)", &format!("GET {} HTTP/1.1", w("script.js")), &[HOST, "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: no-cors", "Sec-Fetch-Dest: script"], "", 403),
        case("files: same-site no-cors script (another port on localhost)", &format!("GET {} HTTP/1.1", w("script.js")), &[HOST, "Sec-Fetch-Site: same-site", "Sec-Fetch-Mode: no-cors", "Sec-Fetch-Dest: script"], "", 403),
        case("files: cross-site no-cors runtime script", "GET /amo-emu/assets/runtime/core/boot.js HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: no-cors", "Sec-Fetch-Dest: script"], "", 403),
        case("files: cross-site image", &format!("GET {} HTTP/1.1", w("images/logo.png")), &[HOST, "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: no-cors", "Sec-Fetch-Dest: image"], "", 403),
        case("files: cross-site iframe of the page", "GET /settings/widgets/ HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate", "Sec-Fetch-Dest: iframe"], "", 403),
        case("files: cross-site link click (top-level navigation) is fine", "GET /settings/widgets/ HTTP/1.1", &[HOST, "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate", "Sec-Fetch-Dest: document"], "", 200),
        case("files: same-origin script load is fine", &format!("GET {} HTTP/1.1", w("script.js")), &[HOST, "Sec-Fetch-Site: same-origin", "Sec-Fetch-Mode: no-cors", "Sec-Fetch-Dest: script"], "", 200),
    ]
}

#[rustfmt::skip]
fn method_cases() -> Vec<Case> {
    let file = widget_file("script.js");
    let m = |name, method: &str, expect| {
        case(name, &format!("{method} {file} HTTP/1.1"), &[HOST, SAME_ORIGIN, JSON], GOOD_BODY, expect)
    };
    vec![
        case("methods: HEAD on a page is its GET without the body", "HEAD /leads/list/ HTTP/1.1", &[HOST], "", 200),
        case("methods: HEAD on a page from a foreign Host", "HEAD /leads/list/ HTTP/1.1", &["Host: evil.example"], "", 403),
        case("methods: HEAD of the live-reload stream is not taken", "HEAD /amo-emu/events HTTP/1.1", &[HOST], "", 404),
        case("methods: HEAD on a file", &format!("HEAD {file} HTTP/1.1"), &[HOST], "", 200),
        case("methods: HEAD on .env", &format!("HEAD {} HTTP/1.1", widget_file(".env")), &[HOST], "", 403),
        m("methods: POST on a file", "POST", 405),
        m("methods: PUT on a file", "PUT", 405),
        m("methods: DELETE on a file", "DELETE", 405),
        m("methods: PATCH on a file", "PATCH", 405),
        m("methods: PROPFIND on a file", "PROPFIND", 405),
        case("methods: OPTIONS on a file", &format!("OPTIONS {file} HTTP/1.1"), &[HOST], "", 405),
        case("methods: TRACE on a file", &format!("TRACE {file} HTTP/1.1"), &[HOST], "", 405),
        case("methods: PUT of a new file", &format!("PUT {} HTTP/1.1", widget_file("new.js")), &[HOST, SAME_ORIGIN, "Content-Type: application/javascript"], "alert(1)", 405),
    ]
}

/// A hard-to-guess token, so finding it in a response can only mean a leak.
fn token(label: &str) -> String {
    let mut h = RandomState::new().build_hasher();
    h.write(label.as_bytes());
    let a = h.finish();
    let mut h = RandomState::new().build_hasher();
    h.write_u64(a);
    format!("{label}-{a:016x}{:016x}", h.finish())
}

/// Plants the secrets and symlinks; returns every secret file's contents.
fn plant(dir: &Path) -> Vec<String> {
    let outside = format!("OUTSIDE_SECRET={}\n", token("outside"));
    let dotenv = format!("API_TOKEN={}\n", token("dotenv"));
    let git = format!(
        "[remote \"origin\"]\n\turl = https://{}@git.example/w.git\n",
        token("git")
    );
    let state_token = token("state");
    std::fs::write(dir.parent().unwrap().join("secret.txt"), &outside).unwrap();
    std::fs::write(dir.join(".env"), &dotenv).unwrap();
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::write(dir.join(".git/config"), &git).unwrap();
    std::fs::write(dir.join("images/.hidden"), &dotenv).unwrap();
    // Another widget's settings: never shown on this widget's pages.
    std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
    let state = serde_json::json!({"schema": 1, "widgets": {"zz_other": {"installed": true, "settings": {"token": state_token}}}});
    std::fs::write(dir.join(".amo-emu/state.json"), state.to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(
            dir.parent().unwrap().join("secret.txt"),
            dir.join("leak.txt"),
        )
        .unwrap();
        symlink(dir.parent().unwrap(), dir.join("leakdir")).unwrap();
        symlink(dir.join(".env"), dir.join("alias.js")).unwrap();
        symlink(dir.join("script.js"), dir.join("same.js")).unwrap();
    }
    vec![outside, dotenv, git, state_token, "root:x:0:0".into()]
}

/// Every `LEAK_WINDOW`-byte piece of every secret that is not ordinary text.
fn leak_needles(secrets: &[String]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for s in secrets {
        let b = s.trim_end().as_bytes();
        if b.len() <= LEAK_WINDOW {
            out.push(b.to_vec());
            continue;
        }
        for w in b.windows(LEAK_WINDOW) {
            // Skip windows that are plain words, which a page may well contain.
            if w.iter().any(u8::is_ascii_digit) {
                out.push(w.to_vec());
            }
        }
    }
    out
}

fn leaked<'a>(res: &RawResponse, needles: &'a [Vec<u8>]) -> Option<&'a [u8]> {
    needles
        .iter()
        .find(|n| res.raw.windows(n.len()).any(|w| w == n.as_slice()))
        .map(Vec::as_slice)
}

fn fill(template: &str, port: u16) -> String {
    template
        .replace("{H}", &format!("example.localhost:{port}"))
        .replace("{O}", &format!("http://example.localhost:{port}"))
        .replace("{P}", &port.to_string())
}

#[test]
fn attack_table_is_refused_without_leaking_a_byte() {
    let mut secrets = Vec::new();
    let server = TestServer::start_prepared("tests/fixtures/recorder", &[], |dir| {
        secrets = plant(dir);
    });
    let needles = leak_needles(&secrets);
    let mut cases = host_allowlist_cases();
    cases.extend(csrf_cases());
    cases.extend(file_cases());
    cases.extend(method_cases());
    assert!(cases.len() >= 40, "only {} cases", cases.len());

    let mut failures = Vec::new();
    for c in &cases {
        let request = fill(&c.request, server.port);
        let res = exchange(server.port, request.as_bytes());
        let mut problems = Vec::new();
        if res.status != c.expect {
            problems.push(format!("status {} (expected {})", res.status, c.expect));
        }
        if let Some(n) = leaked(&res, &needles) {
            problems.push(format!(
                "LEAKED secret bytes {:?}",
                String::from_utf8_lossy(n)
            ));
        }
        if let Some((name, _)) = res
            .headers
            .iter()
            .find(|(n, _)| n.starts_with("access-control-allow-"))
        {
            problems.push(format!("sent a CORS header {name}"));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {}\n    request: {:?}\n    response: {:?}",
                c.name,
                problems.join("; "),
                request,
                String::from_utf8_lossy(&res.raw[..res.raw.len().min(300)])
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// `GET /settings/widgets/` over a raw socket, sent as to `host`.
fn get_page_as(server: &TestServer, host: &str) -> RawResponse {
    exchange(
        server.port,
        raw(
            "GET /settings/widgets/ HTTP/1.1",
            &[&format!("Host: {host}")],
            "",
        )
        .as_bytes(),
    )
}

/// A refusal must say how to allow the name: `--allowed-host <name>`.
fn assert_refused_naming_flag(res: &RawResponse, name: &str) {
    assert_eq!(res.status, 403);
    assert!(
        res.body_text().contains(&format!("--allowed-host {name}")),
        "{}",
        res.body_text()
    );
}

#[test]
fn refusals_name_the_flag_that_allows_a_host() {
    let server = TestServer::start("tests/fixtures/recorder");
    assert_refused_naming_flag(&get_page_as(&server, "dev.box:3030"), "dev.box");
}

#[test]
fn allowed_host_flag_admits_exactly_that_name() {
    let server = TestServer::start_with("tests/fixtures/recorder", &["--allowed-host", "dev.box"]);
    let status = |host: &str| get_page_as(&server, host).status;
    assert_eq!(status("dev.box"), 200);
    assert_eq!(status(&format!("DEV.BOX:{}", server.port)), 200);
    assert_eq!(status("sub.dev.box"), 403);
    assert_eq!(status("dev.box.evil.example"), 403);
    // A write from that name still needs its own origin.
    let save = |origin: &str| {
        exchange(
            server.port,
            raw(
                &post_line(),
                &["Host: dev.box", &format!("Origin: {origin}"), JSON],
                GOOD_BODY,
            )
            .as_bytes(),
        )
        .status
    };
    assert_eq!(save("http://dev.box"), 200);
    assert_eq!(save("http://evil.example"), 403);
}

#[test]
fn allowed_host_flag_admits_a_lan_ip() {
    let server = TestServer::start_with(
        "tests/fixtures/recorder",
        &["--allowed-host", "192.168.1.10"],
    );
    let status = |host: &str| get_page_as(&server, host).status;
    assert_eq!(status(&format!("192.168.1.10:{}", server.port)), 200);
    assert_eq!(status(&format!("192.168.1.11:{}", server.port)), 403);
}

/// The table's leak check is only worth something if it sees a leak: serve
/// a copy of a planted secret from a legitimate path and make sure it fires.
#[test]
fn the_leak_check_catches_a_secret_that_is_served() {
    let mut secrets = Vec::new();
    let server = TestServer::start_prepared("tests/fixtures/recorder", &[], |dir| {
        secrets = plant(dir);
        let outside = std::fs::read(dir.parent().unwrap().join("secret.txt")).unwrap();
        // Only the middle of the secret: a partial leak must count too.
        std::fs::write(dir.join("images/copy.txt"), &outside[10..30]).unwrap();
    });
    let res = exchange(
        server.port,
        fill(
            &raw(
                &format!("GET {} HTTP/1.1", widget_file("images/copy.txt")),
                &[HOST],
                "",
            ),
            server.port,
        )
        .as_bytes(),
    );
    assert_eq!(res.status, 200);
    assert!(
        leaked(&res, &leak_needles(&secrets)).is_some(),
        "{}",
        res.body_text()
    );
}

#[test]
fn binding_beyond_loopback_prints_a_clear_warning() {
    let server = TestServer::start_with("tests/fixtures/recorder", &["--host", "0.0.0.0"]);
    let err = server.wait_stderr("reachable from your network");
    assert!(
        err.contains("WARN") && err.contains("listening on 0.0.0.0"),
        "{err}"
    );
    assert!(
        err.contains("--allowed-host"),
        "the warning names the flag: {err}"
    );
    // The Host allowlist still holds: a LAN name is refused until allowed.
    assert_refused_naming_flag(&get_page_as(&server, "192.168.1.10"), "192.168.1.10");
}

#[test]
fn loopback_binding_prints_no_warning() {
    let server = TestServer::start_with("tests/fixtures/recorder", &["--host", "127.0.0.1"]);
    // The warning would come before the watcher's "armed" line.
    let err = server.settled_stderr();
    assert!(!err.contains("reachable from your network"), "{err}");
}
