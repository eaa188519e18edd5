//! `amo-emu pack`: what goes into widget.zip (and what never does), that the
//! same folder packs to the same bytes, that errors stop it, and that
//! `--bump` changes only the version's bytes in manifest.json.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::fixture;
use common::repo;

fn amo_emu(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .current_dir(cwd)
        .args(args)
        .output()
        .expect("run amo-emu")
}

/// A clean widget in `<tmp>/w`, plus everything pack must leave out.
fn widget(tmp: &Path) -> PathBuf {
    let dir = tmp.join("w");
    fixture::assemble(&repo().join("tests/fixtures/check/_base"), &dir);
    let put = |rel: &str, body: &str| {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    };
    put("lib/helper.js", "define([], function () { return 1; });\n");
    put("templates/row.twig", "<p>{{ v }}</p>\n");
    for junk in [
        ".amo-emu/state.json",
        ".git/HEAD",
        "node_modules/left-pad/index.js",
        "lib/node_modules/x.js",
        ".env",
        ".DS_Store",
        "script.js~",
        ".script.js.swp",
        "lib/#helper.js#",
        "notes.tmp",
        "old-widget.zip",
    ] {
        put(junk, "must not be packed\n");
    }
    std::fs::write(tmp.join("secret.txt"), "outside the widget\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(tmp.join("secret.txt"), dir.join("leak.txt")).unwrap();
        symlink(dir.join("script.js"), dir.join("lib/alias.js")).unwrap();
        symlink(tmp, dir.join("up")).unwrap();
    }
    dir
}

fn names(zip_path: &Path) -> Vec<String> {
    let file = std::fs::File::open(zip_path).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().to_owned())
        .collect()
}

#[test]
fn packs_only_the_widgets_files_in_sorted_order() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = widget(tmp.path());
    let out = amo_emu(tmp.path(), &["pack", "w", "-o", "w/widget.zip"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut expected = vec![
        "i18n/en.json",
        "images/logo.png",
        "images/logo_main.png",
        "images/logo_medium.png",
        "images/logo_min.png",
        "images/logo_small.png",
        "lib/helper.js",
        "manifest.json",
        "script.js",
        "templates/row.twig",
    ];
    if cfg!(unix) {
        // A symlink to a file inside the folder is packed as that file.
        expected.push("lib/alias.js");
    }
    expected.sort();
    let got = names(&dir.join("widget.zip"));
    assert_eq!(got, expected, "{stdout}");
    assert!(got
        .iter()
        .all(|n| !n.split('/').any(|s| s == ".." || s.is_empty())));
    // What went in, with sizes and the total; what was left out and why.
    let packed = format!("packed {} files", expected.len());
    assert!(stdout.contains(&packed), "{stdout}");
    if cfg!(unix) {
        assert!(
            stdout.contains("left out leak.txt: a symlink leading out of the widget folder"),
            "{stdout}"
        );
        assert!(
            stdout.contains("left out up: a symlink to a folder"),
            "{stdout}"
        );
    }
    // The packed symlink holds the file's bytes, not the link.
    let mut archive =
        zip::ZipArchive::new(std::fs::File::open(dir.join("widget.zip")).unwrap()).unwrap();
    let mut body = String::new();
    archive
        .by_name("script.js")
        .unwrap()
        .read_to_string(&mut body)
        .unwrap();
    assert_eq!(
        body,
        std::fs::read_to_string(dir.join("script.js")).unwrap()
    );
}

#[test]
fn the_same_folder_packs_to_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = widget(tmp.path());
    assert!(amo_emu(tmp.path(), &["pack", "w", "-o", "a.zip"])
        .status
        .success());
    // Touch a file: a new mtime must not change the archive.
    let script = std::fs::read(dir.join("script.js")).unwrap();
    std::fs::write(dir.join("script.js"), &script).unwrap();
    assert!(amo_emu(tmp.path(), &["pack", "w", "-o", "b.zip"])
        .status
        .success());
    let a = std::fs::read(tmp.path().join("a.zip")).unwrap();
    let b = std::fs::read(tmp.path().join("b.zip")).unwrap();
    assert!(a == b, "two packs of one folder differ");
}

#[test]
fn errors_stop_the_pack_unless_forced() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = widget(tmp.path());
    std::fs::remove_file(dir.join("images/logo_main.png")).unwrap();
    let out = amo_emu(tmp.path(), &["pack", "w"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("error[E004]"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    assert!(!tmp.path().join("widget.zip").exists());
    let out = amo_emu(tmp.path(), &["pack", "w", "--force"]);
    assert!(out.status.success());
    assert!(names(&tmp.path().join("widget.zip")).contains(&"manifest.json".to_owned()));
}

#[test]
fn bump_changes_only_the_version_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = widget(tmp.path());
    // Odd but valid formatting must survive untouched.
    let original = "{\n\t\"widget\" :{\"name\": \"widget.name\", \"description\": \"widget.description\",\r\n  \"short_description\": \"widget.short_description\",\n  \"version\"  :  \"1.4.9\" , \"interface_version\": 2, \"init_once\": false,\n  \"locale\": [\"en\"], \"installation\": true},\n\"locations\": [\"settings\"],   \"settings\": {\"api_key\": {\"name\": \"settings.api_key\", \"type\": \"text\", \"required\": true}}}\n";
    std::fs::write(dir.join("manifest.json"), original).unwrap();
    let out = amo_emu(
        tmp.path(),
        &["pack", "w", "--bump", "patch", "-o", "out.zip"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1.4.9 → 1.4.10"));
    let after = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    assert_eq!(after, original.replace("\"1.4.9\"", "\"1.4.10\""));
    amo_emu(
        tmp.path(),
        &["pack", "w", "--bump", "minor", "-o", "out.zip"],
    );
    amo_emu(
        tmp.path(),
        &["pack", "w", "--bump", "major", "-o", "out.zip"],
    );
    let after = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    assert_eq!(after, original.replace("\"1.4.9\"", "\"2.0.0\""));
}
