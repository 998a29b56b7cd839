//! An independent RFC 7643/7644 conformance checker, PyPI's scim2-tester (installed by
//! `cargo xtask setup --test`), run against the account server. Not one check may break a MUST of
//! the RFCs.
//!
//! Its discovery checks (`/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas` and what they
//! declare) and its protocol checks (unknown endpoints, methods) run here. Its create/read/PATCH
//! checks make users whose `userName` is a random string, not an e-mail address, which the
//! product's username rule refuses: they join once the server stores any `userName`
//! (`USERDESK_CONFORMANCE_TAGS="crud patch"` runs them now).

use std::path::PathBuf;

use crate::support::server::{Backend, spawn};

fn tester_python() -> PathBuf {
    let venv = std::env::var_os("USERDESK_SCIM2_TESTER_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../target/test-tools/scim2-tester-0.5.2")
        });
    let python = if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    };
    assert!(
        python.exists(),
        "{} is missing: `cargo xtask setup --test` installs it",
        python.display()
    );
    python
}

#[tokio::test]
async fn an_independent_conformance_checker_finds_no_failure() {
    let s = spawn(Backend::Sqlite).await;
    let script =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/tools/scim-conformance.py");
    let out = tokio::process::Command::new(tester_python())
        .arg(script)
        .arg(&s.base)
        .arg(&s.token)
        .args(
            std::env::var("USERDESK_CONFORMANCE_TAGS")
                .unwrap_or_else(|_| "discovery misc".into())
                .split_whitespace(),
        )
        .output()
        .await
        .expect("run scim2-tester");
    let report = String::from_utf8_lossy(&out.stdout);
    let failures: Vec<&str> = report
        .lines()
        .filter(|l| l.starts_with("ERROR ") || l.starts_with("CRITICAL "))
        .collect();
    assert!(
        out.status.success() && failures.is_empty(),
        "{}\n{}\n{}",
        failures.join("\n"),
        report.lines().last().unwrap_or_default(),
        String::from_utf8_lossy(&out.stderr)
    );
    // It really ran: every discovery endpoint, both resource types and their schemas.
    let checks = report.lines().filter(|l| l.starts_with("SUCCESS ")).count();
    assert!(checks >= 20, "{report}");
    for wanted in [
        "SUCCESS service_provider_config_endpoint",
        "SUCCESS query_all_resource_types",
        "SUCCESS query_all_schemas: Schemas available are: 'User', 'Group', 'EnterpriseUser'",
        "SUCCESS random_url",
    ] {
        assert!(report.contains(wanted), "no check of {wanted}:\n{report}");
    }
}
