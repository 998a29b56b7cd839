//! `cargo xtask <task>`: the project's own commands. Standard library only, so it builds on a
//! machine that has none of the app's system libraries yet, and installs them.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod bench;
mod setup;

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  run [--release] [-- <app args>]   install what is missing, build and open Userdesk
  test                              install what is missing, then fmt, clippy and every test,
                                    including the end-to-end tests of the real app
  bench                             benchmarks; figures go to BENCHMARKS.md by hand
  setup [--test]                    only install what is missing
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("bench") => bench::bench(),
        Some("setup") => setup::setup(args.iter().any(|a| a == "--test")),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

pub type Result<T = ()> = std::result::Result<T, String>;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

pub fn cargo() -> Command {
    let mut c = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

/// Runs a command to completion, failing with its name if it fails.
pub fn status(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    println!("xtask: $ {shown}");
    let st = cmd
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if st.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({st})"))
    }
}

fn run(args: &[String]) -> Result {
    setup::setup(false)?;
    let release = args
        .iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--release");
    let app_args: Vec<&String> = args.iter().skip_while(|a| *a != "--").skip(1).collect();
    let mut cmd = cargo();
    cmd.args(["run", "--package", "userdesk", "--bin", "userdesk"]);
    if release {
        cmd.arg("--release");
    }
    cmd.arg("--").args(app_args);
    // Started from here, a computer on which nothing was chosen yet opens the demo account (an
    // app started from a menu asks instead); a server chosen before, or given, wins.
    cmd.arg("--demo");
    status(&mut cmd)
}

fn test() -> Result {
    setup::setup(true)?;
    status(cargo().args(["fmt", "--all", "--", "--check"]))?;
    status(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    let mut cmd = cargo();
    // Every test binary runs even when one fails, so the tally below counts them all.
    cmd.args(["test", "--workspace", "--no-fail-fast"]);
    setup::add_tool_paths(&mut cmd);
    cmd.env("USERDESK_SCIM2_SERVER_VENV", setup::scim2_venv());
    cmd.env("USERDESK_SCIMMY_SERVER_DIR", setup::scimmy_dir());
    cmd.env("USERDESK_SCIM2_TESTER_VENV", setup::scim2_tester_venv());
    run_counting_tests(cmd)
}

/// Runs `cargo test`, echoing its output, and ends with one line that adds up every test binary's
/// result, so a reader (or CI) sees the whole run's outcome at the bottom.
fn run_counting_tests(mut cmd: Command) -> Result {
    use std::io::{BufRead, BufReader};
    println!("xtask: $ {cmd:?}");
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start cargo test: {e}"))?;
    let (mut passed, mut failed) = (0u64, 0u64);
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(|l| l.ok()) {
            println!("{line}");
            if let Some(rest) = line.strip_prefix("test result: ") {
                let number = |word: &str| -> u64 {
                    rest.split(';')
                        .find_map(|part| {
                            part.trim()
                                .strip_suffix(word)
                                .and_then(|n| n.split_whitespace().last()?.parse().ok())
                        })
                        .unwrap_or(0)
                };
                passed += number("passed");
                failed += number("failed");
            }
        }
    }
    let st = child.wait().map_err(|e| e.to_string())?;
    println!("tests: {passed} passed, {failed} failed");
    if st.success() {
        Ok(())
    } else {
        Err(format!("cargo test failed ({st})"))
    }
}
