//! Hostile input and cheap denials of service: sign-in floods and spraying, password-change
//! guessing, phone-code guessing across resends, e-mails that must not be kept or outlive a change
//! of address, what callers without `users.view` learn from the history and the groups, and
//! arbitrary PATCH bodies, filters and attribute lists thrown at the server.

use std::sync::atomic::Ordering;

use crate::support::server::*;
use proptest::prelude::*;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use userdesk_core::{AccountType, Role, RoleSet};
use userdesk_server::account::create_user;
use userdesk_server::auth::{CLIENT_TRIES, LOGIN_TRIES, PASSWORD_CHANGE_TRIES, login_key};

const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PASSWORD_OF_ALL: &str = "a long password for everyone";

async fn account(s: &TestServer, email: &str, account_type: AccountType, roles: &[&str]) -> String {
    create_user(
        &s.store,
        email,
        "Vic",
        "Tim",
        PASSWORD_OF_ALL,
        account_type,
        RoleSet::new(roles.iter().copied()).expect("roles"),
    )
    .await
    .expect("user")
    .to_string()
}

/// An HTTP client whose connections come from `ip` (any address of 127.0.0.0/8 is this machine on
/// Linux, so each stands for another client).
fn client_from(ip: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(Some(ip.parse().expect("ip")))
        .build()
        .expect("client")
}

async fn sign_in_from(
    s: &TestServer,
    client: &reqwest::Client,
    email: &str,
    password: &str,
) -> StatusCode {
    client
        .post(format!("{}/auth/sign-in", s.root))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .expect("sign-in")
        .status()
}

#[tokio::test]
async fn a_flood_of_parallel_guesses_reaches_the_hash_only_as_often_as_allowed() {
    let s = spawn(Backend::Sqlite).await;
    account(&s, "victim@example.com", AccountType::Internal, &[]).await;
    let checks_before = s.password_checks.load(Ordering::SeqCst);
    let passwords: Vec<String> = (0..40).map(|i| format!("guess number {i}")).collect();
    let guesses = passwords
        .iter()
        .map(|p| s.sign_in_raw("Victim@Example.com", p));
    let answers: Vec<StatusCode> = futures::future::join_all(guesses)
        .await
        .into_iter()
        .map(|r| r.status())
        .collect();
    let checks = s.password_checks.load(Ordering::SeqCst) - checks_before;
    let wrong = answers
        .iter()
        .filter(|a| **a == StatusCode::UNAUTHORIZED)
        .count();
    let limited = answers
        .iter()
        .filter(|a| **a == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(wrong + limited, 40, "{answers:?}");
    assert!(
        checks <= LOGIN_TRIES.threshold as u64,
        "{checks} guesses reached argon2, at most {} may",
        LOGIN_TRIES.threshold
    );
    assert_eq!(wrong as u64, checks);
    // The right password from the same address waits out the lock too.
    assert_eq!(
        s.sign_in_raw("victim@example.com", PASSWORD_OF_ALL)
            .await
            .status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    // The real user, elsewhere, is not locked out by guesses from another address.
    if cfg!(target_os = "linux") {
        let elsewhere = client_from("127.0.0.2");
        assert_eq!(
            sign_in_from(&s, &elsewhere, "victim@example.com", PASSWORD_OF_ALL).await,
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn spraying_one_password_over_many_logins_from_one_address_is_slowed() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let s = spawn(Backend::Sqlite).await;
    let sprayer = client_from("127.0.0.3");
    let before = s.password_checks.load(Ordering::SeqCst);
    let mut limited = 0;
    for i in 0..(CLIENT_TRIES.threshold + 10) {
        let answer =
            sign_in_from(&s, &sprayer, &format!("user{i}@example.com"), "Winter2026!").await;
        if answer == StatusCode::TOO_MANY_REQUESTS {
            limited += 1;
        }
    }
    let checks = s.password_checks.load(Ordering::SeqCst) - before;
    assert_eq!(checks, CLIENT_TRIES.threshold as u64);
    assert_eq!(limited, 10);
    // Others are not affected.
    assert_eq!(
        s.sign_in_raw(ADMIN, PASSWORD).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn an_unparsable_login_is_counted_under_a_short_key() {
    let s = spawn(Backend::Sqlite).await;
    let junk = "x".repeat(200_000);
    assert_eq!(
        s.sign_in_raw(&junk, "whatever it is").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let key = login_key(&junk);
    assert!(key.len() < 100, "{} characters", key.len());
    assert_eq!(
        s.store
            .tries(&format!("login:{key}|client:127.0.0.1"))
            .await
            .expect("tries"),
        1
    );
}

#[tokio::test]
async fn a_stolen_access_token_cannot_guess_the_current_password() {
    let s = spawn(Backend::Sqlite).await;
    let change = |current: &str, new: &str| {
        s.call(
            Method::POST,
            "/api/me/password",
            Some(json!({"current_password": current, "new_password": new})),
            &[],
        )
    };
    let too_long = "p".repeat(2_000);
    let (status, _, v) = change(PASSWORD, &too_long).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("new_password: ")),
        "{v}"
    );
    for i in 0..PASSWORD_CHANGE_TRIES.threshold {
        let (status, _, v) = change(&format!("guess {i}"), "a brand new password").await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    }
    let (status, headers, _) = change(PASSWORD, "a brand new password").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(headers.get("retry-after").is_some());
}

async fn database(s: &TestServer) -> sqlx::SqlitePool {
    let file = s.mail_dir.parent().expect("dir").join("server.sqlite3");
    sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display()))
        .await
        .expect("database")
}

async fn wait_for_sent(db: &sqlx::SqlitePool, n: i64) {
    // Readiness, not a guess of time: the delivery worker marks each e-mail sent.
    for _ in 0..400 {
        let sent: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL")
                .fetch_one(db)
                .await
                .expect("count");
        if sent >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the e-mails were not sent");
}

#[tokio::test]
async fn sent_mail_keeps_no_link_and_a_new_username_voids_what_went_to_the_old_one() {
    let s = spawn(Backend::Sqlite).await;
    let id = new_person(&s, "old@example.com").await;
    let (status, _, v) = s
        .call(
            Method::POST,
            &format!("/api/users/{id}/emails/activation"),
            None,
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let db = database(&s).await;
    wait_for_sent(&db, 1).await;
    let kept: Vec<String> = sqlx::query_scalar("SELECT message FROM mail_outbox")
        .fetch_all(&db)
        .await
        .expect("messages");
    assert_eq!(kept, vec![String::new()], "a sent message keeps nothing");

    // The link went to the old address; the username changes; the link is void.
    let file = std::fs::read_dir(&s.mail_dir)
        .expect("mail dir")
        .filter_map(|e| e.ok())
        .find(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .expect("an e-mail");
    let raw = std::fs::read(file.path()).expect("eml");
    let message = mail_parser::MessageParser::default()
        .parse(&raw)
        .expect("an RFC 5322 message");
    let text = message.body_text(0).expect("text").into_owned();
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/account/password?token="))
        .expect("a link")
        .to_owned();
    assert_eq!(
        s.http.get(&link).send().await.expect("page").status(),
        StatusCode::OK
    );
    let op = json!({"schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "userName", "value": "new@example.com"}]});
    let (status, _, v) = s
        .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(
        s.http.get(&link).send().await.expect("page").status(),
        StatusCode::GONE
    );
}

#[tokio::test]
async fn a_new_code_brings_no_new_guesses() {
    let s = spawn(Backend::Sqlite).await;
    let id = new_person(&s, "phone@example.com").await;
    let db = database(&s).await;
    let confirm = format!("/api/users/{id}/phone-verification/confirm");
    let mut wrong_answers = 0;
    let mut today = None;
    for _round in 0..6 {
        let (status, v) = ask_code(&s, &id, None).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            break;
        }
        assert_eq!(status, StatusCode::ACCEPTED, "{v}");
        for _ in 0..3 {
            let (status, _, v) = s
                .call(
                    Method::POST,
                    &confirm,
                    Some(json!({"code": "000000x"})),
                    &[],
                )
                .await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
            if v["detail"].as_str().is_some_and(|d| d.contains("today")) {
                today = Some(v);
                break;
            }
            wrong_answers += 1;
        }
        if today.is_some() {
            break;
        }
        // A minute passes before another code may be sent.
        sqlx::query("UPDATE phone_verifications SET last_sent_at = '2000-01-01T00:00:00.000000Z'")
            .execute(&db)
            .await
            .expect("time passes");
    }
    assert!(today.is_some(), "the day's tries ran out");
    assert_eq!(
        wrong_answers,
        userdesk_server::lifecycle::PHONE_CODE_TRIES.threshold
    );
}

#[tokio::test]
async fn without_users_view_the_history_and_the_groups_show_no_other_user() {
    let owner = spawn(Backend::Sqlite).await;
    account(
        &owner,
        "config@example.com",
        AccountType::ConfigAdmin,
        &[Role::ADMINISTRATOR],
    )
    .await;
    let config = owner.as_token(
        &owner
            .sign_in("config@example.com", PASSWORD_OF_ALL)
            .await
            .expect("signs in"),
    );
    let someone = owner
        .create(person("someone@example.com", "Some", "One"))
        .await;
    let someone = someone["id"].as_str().expect("id");
    let g =
        json!({"schemas": [GROUP], "displayName": "Secret club", "members": [{"value": someone}]});
    let (status, _, group) = owner.send(Method::POST, "/Groups", Some(g), &[]).await;
    assert_eq!(status, StatusCode::CREATED, "{group}");
    let group_id = group["id"].as_str().expect("id");

    let (status, _, audit) = config.call(Method::GET, "/api/audit", None, &[]).await;
    assert_eq!(status, StatusCode::OK, "{audit}");
    let text = audit.to_string();
    assert!(!text.contains("someone@example.com"), "{audit}");
    assert!(!text.contains(someone), "{audit}");
    assert!(
        audit["events"]
            .as_array()
            .expect("events")
            .iter()
            .any(|e| e["action"] == "group-create"),
        "group events stay: {audit}"
    );

    // Groups: listed, without their members; asking by member is refused.
    let (status, _, list) = config.send(Method::GET, "/Groups", None, &[]).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert!(!list.to_string().contains(someone), "{list}");
    let probe = format!(
        "/Groups?filter={}",
        enc(&format!("members.value eq \"{someone}\""))
    );
    assert_eq!(
        config.send(Method::GET, &probe, None, &[]).await.0,
        StatusCode::FORBIDDEN
    );
    let remove = json!({"schemas": [PATCH_OP], "Operations": [{"op": "remove", "path": format!("members[value eq \"{someone}\"]")}]});
    let (status, _, v) = config
        .send(
            Method::PATCH,
            &format!("/Groups/{group_id}"),
            Some(remove),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
}

#[tokio::test]
async fn a_request_may_name_only_so_many_attributes() {
    let s = spawn(Backend::Sqlite).await;
    let many = vec!["name.givenName"; 101].join(",");
    let (status, v) = s.list(&format!("attributes={}", enc(&many))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    let body = json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
        "excludedAttributes": vec!["title"; 5_000],
    });
    let (status, _, v) = s
        .send(Method::POST, "/Users/.search", Some(body), &[])
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    let (status, v) = s.list("attributes=userName,name.familyName").await;
    assert_eq!(status, StatusCode::OK, "{v}");
    // What was asked, and what is always returned (id, schemas), nothing else.
    let owner = &v["Resources"][0];
    assert_eq!(owner["userName"], ADMIN, "{v}");
    assert_eq!(owner["name"]["familyName"], "Owner", "{v}");
    assert!(
        owner["id"].is_string() && owner["schemas"].is_array(),
        "{v}"
    );
    assert!(owner["name"].get("givenName").is_none(), "{v}");
    assert!(
        owner.get("emails").is_none() && owner.get("active").is_none(),
        "{v}"
    );
}

fn scim_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "userName",
        "name.familyName",
        "emails",
        "emails[type eq \"work\"]",
        " eq ",
        " co ",
        " sw ",
        " pr",
        " and ",
        " or ",
        "not (",
        "(",
        ")",
        "[",
        "]",
        "\"",
        "\"x\"",
        "1",
        "true",
        "null",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:",
        "meta.lastModified gt ",
        "\"2026-01-01T00:00:00Z\"",
        ",",
        ".",
        "é",
        "日本",
        "\\",
        " ",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(str::to_owned), "\\PC{0,4}"],
        0..16,
    )
    .prop_map(|v| v.concat())
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|n| json!(n)),
        "\\PC{0,6}".prop_map(Value::String),
        scim_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 20, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((prop_oneof![scim_text(), "\\PC{0,6}"], inner), 0..5)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// What one fuzz case sends.
#[derive(Debug, Clone)]
enum Case {
    Patch(Value),
    Filter(String, Option<String>),
    Search(Value),
}

fn case() -> impl Strategy<Value = Case> {
    let op = (
        prop::sample::select(vec!["add", "replace", "remove", "REPLACE", "move"]),
        prop::option::of(scim_text()),
        prop::option::of(json_value()),
    )
        .prop_map(|(op, path, value)| {
            let mut o = json!({"op": op});
            if let Some(p) = path {
                o["path"] = json!(p);
            }
            if let Some(v) = value {
                o["value"] = v;
            }
            o
        });
    prop_oneof![
        prop::collection::vec(op, 0..6)
            .prop_map(|ops| Case::Patch(json!({"schemas": [PATCH_OP], "Operations": ops}))),
        json_value().prop_map(Case::Patch),
        (scim_text(), prop::option::of(scim_text())).prop_map(|(f, a)| Case::Filter(f, a)),
        json_value().prop_map(|mut v| {
            if let Some(o) = v.as_object_mut() {
                o.insert(
                    "schemas".into(),
                    json!(["urn:ietf:params:scim:api:messages:2.0:SearchRequest"]),
                );
            }
            Case::Search(v)
        }),
    ]
}

/// Arbitrary PATCH bodies (on a user, a group and /Me), filters, attribute lists and search bodies:
/// every one gets an answer, none a 5xx. Each request's work is bounded by construction (at most
/// so many operations, attributes, filter characters and a PATCH work budget, asserted in core's
/// tests); a request here that broke such a bound would show as a 5xx or no answer at all.
#[test]
fn arbitrary_requests_get_an_answer_and_never_a_server_error() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (s, user, group) = runtime.block_on(async {
        let s = spawn(Backend::Sqlite).await;
        let user = s.create(person("fuzz@example.com", "Fu", "Zz")).await["id"]
            .as_str()
            .expect("id")
            .to_owned();
        let g = json!({"schemas": [GROUP], "displayName": "Fuzzers", "members": [{"value": user}]});
        let (_, _, group) = s.send(Method::POST, "/Groups", Some(g), &[]).await;
        (s, user, group["id"].as_str().expect("group").to_owned())
    });
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases: 192,
        failure_persistence: None,
        ..Default::default()
    });
    let result = runner.run(&case(), |c| {
        let answers = runtime.block_on(async {
            let mut answers = Vec::new();
            match &c {
                Case::Patch(body) => {
                    for path in [
                        format!("/Users/{user}"),
                        format!("/Groups/{group}"),
                        "/Me".to_owned(),
                    ] {
                        answers.push(
                            s.send(Method::PATCH, &path, Some(body.clone()), &[])
                                .await
                                .0,
                        );
                    }
                }
                Case::Filter(filter, attributes) => {
                    let mut q = format!("filter={}", enc(filter));
                    if let Some(a) = attributes {
                        q.push_str(&format!("&attributes={}&sortBy={}", enc(a), enc(a)));
                    }
                    answers.push(
                        s.send(Method::GET, &format!("/Users?{q}"), None, &[])
                            .await
                            .0,
                    );
                    answers.push(
                        s.send(Method::GET, &format!("/Groups?{q}"), None, &[])
                            .await
                            .0,
                    );
                }
                Case::Search(body) => {
                    answers.push(
                        s.send(Method::POST, "/Users/.search", Some(body.clone()), &[])
                            .await
                            .0,
                    );
                }
            }
            answers
        });
        for a in answers {
            prop_assert!(!a.is_server_error(), "{a} for {c:?}");
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// A new user's id.
async fn new_person(s: &TestServer, email: &str) -> String {
    s.create(person(email, "Pho", "Ne")).await["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

/// Asks for a code for +44 7400 123456 of `id`, by `channel` (the server's default without).
async fn ask_code(s: &TestServer, id: &str, channel: Option<&str>) -> (StatusCode, Value) {
    let mut body = json!({"number": "+44 7400 123456"});
    if let Some(c) = channel {
        body["channel"] = json!(c);
    }
    let path = format!("/api/users/{id}/phone-verification");
    let (status, _, v) = s.call(Method::POST, &path, Some(body), &[]).await;
    (status, v)
}

/// An SMS gateway on loopback: every message it takes, as JSON with the Authorization header.
async fn sms_gateway(
    answer: StatusCode,
) -> (
    String,
    tokio::sync::mpsc::UnboundedReceiver<(Option<String>, Value)>,
) {
    let (took, taken) = tokio::sync::mpsc::unbounded_channel();
    let app = axum::Router::new().route(
        "/send",
        axum::routing::post(
            move |headers: axum::http::HeaderMap, axum::Json(v): axum::Json<Value>| {
                let took = took.clone();
                async move {
                    let auth = headers
                        .get("authorization")
                        .and_then(|h| h.to_str().ok())
                        .map(str::to_owned);
                    let _ = took.send((auth, v));
                    answer
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/send", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, taken)
}

#[tokio::test]
async fn a_phone_code_goes_by_sms_when_asked_and_the_answer_says_where_it_went() {
    let (url, mut taken) = sms_gateway(StatusCode::ACCEPTED).await;
    let gateway = userdesk_server::sms::SmsGateway::new(&url, Some("gateway-secret".into()))
        .expect("gateway");
    let s = spawn_configured(Backend::Sqlite, None, move |state| state.with_sms(gateway)).await;
    let id = new_person(&s, "sms@example.com").await;
    let start = format!("/api/users/{id}/phone-verification");
    let (status, v) = ask_code(&s, &id, Some("sms")).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{v}");
    assert_eq!(v["channel"], "sms");
    assert_eq!(v["sentTo"], "•••456");
    let (auth, message) = taken.recv().await.expect("an SMS");
    assert_eq!(auth.as_deref(), Some("Bearer gateway-secret"));
    assert_eq!(message["to"], "+447400123456");
    let text = message["text"].as_str().expect("text");
    let code: String = text.chars().filter(char::is_ascii_digit).take(6).collect();
    assert_eq!(code.len(), 6, "{text}");
    let (status, _, v) = s
        .call(
            Method::POST,
            &format!("{start}/confirm"),
            Some(json!({"code": code})),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v[USERDESK]["mobileVerified"], true, "{v}");
    // No e-mail was queued for it.
    let db = database(&s).await;
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox")
        .fetch_one(&db)
        .await
        .expect("count");
    assert_eq!(mails, 0);
}

#[tokio::test]
async fn without_a_gateway_or_when_it_fails_an_sms_is_refused_at_the_channel() {
    let s = spawn(Backend::Sqlite).await;
    let id = new_person(&s, "nosms@example.com").await;
    let (status, v) = ask_code(&s, &id, Some("sms")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("channel: ")),
        "{v}"
    );
    let (status, v) = ask_code(&s, &id, None).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{v}");
    assert_eq!(v["channel"], "email");
    assert_eq!(v["sentTo"], "n•••@example.com");

    let (url, _taken) = sms_gateway(StatusCode::SERVICE_UNAVAILABLE).await;
    let gateway = userdesk_server::sms::SmsGateway::new(&url, None).expect("gateway");
    let s = spawn_configured(Backend::Sqlite, None, move |state| state.with_sms(gateway)).await;
    let id = new_person(&s, "down@example.com").await;
    let (status, v) = ask_code(&s, &id, Some("sms")).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{v}");
    // The code went nowhere, so another may be asked for at once (by e-mail, say).
    let (status, v) = ask_code(&s, &id, None).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{v}");
}
