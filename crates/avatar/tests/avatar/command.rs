//! The `userdesk-avatar` command as a script calls it.

use std::process::Command;

use crate::support::*;

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn avatar_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_userdesk-avatar"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(var);
    }
    command
}

#[test]
fn it_writes_the_two_sizes_and_nothing_else() {
    let dir = tempfile::tempdir().expect("a folder");
    let input = dir.path().join("photo.jpeg");
    std::fs::write(
        &input,
        jpeg(
            &quadrants(200, 100),
            Extras {
                exif: Some(exif(1, true)),
                icc: None,
            },
        ),
    )
    .expect("writes");
    let out = dir.path().join("out");
    let status = avatar_command()
        .arg(&input)
        .arg(&out)
        .args(["--crop", "0,0,100", "--rotate", "90"])
        .status()
        .expect("runs");
    assert!(status.success());
    assert_eq!(names(&out), ["256.jpg", "64.jpg"]);
    let large = decoded(&std::fs::read(out.join("256.jpg")).expect("reads"));
    assert_eq!((large.width(), large.height()), (256, 256));
    // Turned a quarter clockwise, the top square holds blue on the left and red on the right.
    assert!(near(rgb_at(&large, 64, 128), BLUE, 40) && near(rgb_at(&large, 192, 128), RED, 40));
}

#[test]
fn a_refusal_exits_non_zero_with_the_reason_in_the_callers_language() {
    let dir = tempfile::tempdir().expect("a folder");
    let input = dir.path().join("notes.png");
    std::fs::write(&input, "not a picture").expect("writes");
    let out = dir.path().join("out");
    let run = avatar_command()
        .arg(&input)
        .arg(&out)
        .env("LANG", "de_DE.UTF-8")
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&run.stderr).trim(),
        "userdesk-avatar: Diese Datei ist kein PNG- oder JPEG-Bild."
    );
    assert!(!out.exists(), "nothing is written");

    let picture = dir.path().join("small.png");
    std::fs::write(&picture, png(&quadrants(40, 40), NONE)).expect("writes");
    let run = avatar_command()
        .arg(&picture)
        .arg(&out)
        .args(["--crop", "10,10,40"])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&run.stderr).trim(),
        "userdesk-avatar: The square to keep must lie inside the picture."
    );
    assert!(!out.exists(), "nothing is written");

    let run = avatar_command()
        .arg(&picture)
        .arg(&out)
        .args(["--rotate", "45"])
        .output()
        .expect("runs");
    assert_eq!(
        run.status.code(),
        Some(2),
        "a wrong argument is a usage error"
    );
}
