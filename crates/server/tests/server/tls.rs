//! `userdesk-server serve --tls-cert … --tls-key …` speaks HTTPS (rustls) and nothing else.

use crate::support::process::{ServerProcess, init};
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn the_server_serves_https_with_the_given_certificate() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().expect("temp dir");
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()])
        .expect("certificate");
    let cert_pem = cert.cert.pem();
    let (cert_file, key_file) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert_file, &cert_pem).expect("write cert");
    std::fs::write(&key_file, cert.signing_key.serialize_pem()).expect("write key");
    let data = dir.path().join("data");
    let data = data.to_str().expect("utf-8 path");
    let made = init(
        &[],
        &["--data-dir", data],
        "owner@example.com",
        "a long https password",
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );

    let server = ServerProcess::start(
        &[
            "--data-dir",
            data,
            "--tls-cert",
            cert_file.to_str().expect("path"),
            "--tls-key",
            key_file.to_str().expect("path"),
        ],
        &[],
    );
    assert!(
        server.root.starts_with("https://127.0.0.1:"),
        "{}",
        server.root
    );

    let trusting = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(cert_pem.as_bytes()).expect("pem")])
        .build()
        .expect("client");
    let signed: Value = trusting
        .post(format!("{}/auth/sign-in", server.root))
        .json(&json!({"email": "owner@example.com", "password": "a long https password"}))
        .send()
        .await
        .expect("sign in over HTTPS")
        .json()
        .await
        .expect("tokens");
    let token = signed["access_token"].as_str().expect("token");
    let me = trusting
        .get(format!("{}/scim/v2/Me", server.root))
        .bearer_auth(token)
        .send()
        .await
        .expect("me");
    assert_eq!(me.status(), StatusCode::OK);
    let me: Value = me.json().await.expect("json");
    assert!(
        me["meta"]["location"]
            .as_str()
            .is_some_and(|l| l.starts_with("https://")),
        "{me}"
    );

    // A client that does not trust the certificate gets no connection, and plain HTTP gets no
    // answer on the HTTPS port.
    let default_roots = reqwest::Client::builder()
        .tls_certs_only(Vec::<reqwest::Certificate>::new())
        .build()
        .expect("client");
    assert!(
        default_roots
            .get(format!("{}/api/roles", server.root))
            .send()
            .await
            .is_err()
    );
    let plain = server.root.replacen("https://", "http://", 1);
    let answer = crate::support::http()
        .get(format!("{plain}/api/roles"))
        .send()
        .await;
    assert!(answer.is_err() || answer.is_ok_and(|r| !r.status().is_success()));
}
