//! Everything that expires, tested by moving the server's clock: the access and refresh tokens,
//! the e-mailed links, the phone code, a lock-out and the resend throttle. Each case checks both
//! sides of its limit: still valid just before it, refused just after.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use time::Duration;

use userdesk_core::{AccountType, RoleSet};
use userdesk_server::account::create_user;

use crate::support::mail::{read_mail, wait_for_files};
use crate::support::server::*;

/// Seconds of margin on each side of a limit: the clock keeps running between two requests.
const MARGIN: Duration = Duration::seconds(5);

async fn tokens(s: &TestServer) -> (String, String) {
    let r = s.sign_in_raw(ADMIN, PASSWORD).await;
    assert_eq!(r.status(), StatusCode::OK);
    let v: Value = r.json().await.expect("tokens");
    (
        v["access_token"].as_str().expect("access").to_owned(),
        v["refresh_token"].as_str().expect("refresh").to_owned(),
    )
}

async fn me(s: &TestServer, access: &str) -> StatusCode {
    s.as_token(access)
        .send(Method::GET, "/Me", None, &[])
        .await
        .0
}

async fn refresh(s: &TestServer, refresh: &str) -> (StatusCode, Value) {
    let r = s
        .http
        .post(format!("{}/auth/refresh", s.root))
        .json(&json!({"refresh_token": refresh}))
        .send()
        .await
        .expect("refresh request");
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn an_access_token_lasts_fifteen_minutes_and_a_refresh_token_thirty_days() {
    let s = spawn(Backend::Sqlite).await;
    let (access, first_refresh) = tokens(&s).await;
    s.clock.advance(Duration::minutes(15) - MARGIN);
    assert_eq!(me(&s, &access).await, StatusCode::OK);
    s.clock.advance(MARGIN * 2);
    assert_eq!(me(&s, &access).await, StatusCode::UNAUTHORIZED);

    // A second session, signed in now; the first one's refresh token is thirty days old first.
    let (_, second_refresh) = tokens(&s).await;
    s.clock
        .advance(Duration::days(30) - Duration::minutes(15) - MARGIN * 2);
    let (status, renewed) = refresh(&s, &first_refresh).await;
    assert_eq!(status, StatusCode::OK, "{renewed}");
    let access = renewed["access_token"].as_str().expect("access");
    assert_eq!(me(&s, access).await, StatusCode::OK);
    let renewed_refresh = renewed["refresh_token"]
        .as_str()
        .expect("refresh")
        .to_owned();

    s.clock.advance(Duration::minutes(15) + MARGIN * 2);
    assert_eq!(
        refresh(&s, &second_refresh).await.0,
        StatusCode::UNAUTHORIZED,
        "a refresh token thirty days old is refused"
    );
    // A refresh starts thirty days anew.
    s.clock.advance(Duration::days(29));
    assert_eq!(refresh(&s, &renewed_refresh).await.0, StatusCode::OK);
}

async fn new_user(s: &TestServer, email: &str) -> String {
    s.create(person(email, "Ada", "Lovelace")).await["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

async fn e_mailed_link(s: &TestServer, id: &str, kind: &str, nth: usize) -> String {
    let (status, _, v) = s
        .call(
            Method::POST,
            &format!("/api/users/{id}/emails/{kind}"),
            None,
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    read_mail(&wait_for_files(s, nth).await[nth - 1]).link()
}

async fn page(s: &TestServer, link: &str) -> StatusCode {
    s.http.get(link).send().await.expect("page").status()
}

#[tokio::test]
async fn an_activation_link_lasts_seven_days_and_a_reset_link_one_hour() {
    let mut s = spawn(Backend::Sqlite).await;
    let ada = new_user(&s, "ada@example.com").await;
    let activation = e_mailed_link(&s, &ada, "activation", 1).await;
    s.advance(Duration::days(7) - MARGIN).await;
    assert_eq!(page(&s, &activation).await, StatusCode::OK);
    s.advance(MARGIN * 2).await;
    assert_eq!(page(&s, &activation).await, StatusCode::GONE);

    let bob = create_user(
        &s.store,
        "bob@example.com",
        "Bob",
        "Builder",
        "bob's first password",
        AccountType::Internal,
        RoleSet::default(),
    )
    .await
    .expect("bob")
    .to_string();
    let reset = e_mailed_link(&s, &bob, "password-reset", 2).await;
    s.advance(Duration::hours(1) - MARGIN).await;
    assert_eq!(page(&s, &reset).await, StatusCode::OK);
    s.advance(MARGIN * 2).await;
    assert_eq!(page(&s, &reset).await, StatusCode::GONE);
}

async fn ask_code(s: &TestServer, id: &str) -> (StatusCode, Value) {
    let (status, _, v) = s
        .call(
            Method::POST,
            &format!("/api/users/{id}/phone-verification"),
            Some(json!({"country": "CH", "number": "078 123 45 67"})),
            &[],
        )
        .await;
    (status, v)
}

async fn confirm(s: &TestServer, id: &str, code: &str) -> (StatusCode, Value) {
    let (status, _, v) = s
        .call(
            Method::POST,
            &format!("/api/users/{id}/phone-verification/confirm"),
            Some(json!({"code": code})),
            &[],
        )
        .await;
    (status, v)
}

#[tokio::test]
async fn a_phone_code_is_sent_again_only_after_a_minute_and_lasts_ten_minutes() {
    let mut s = spawn(Backend::Sqlite).await;
    let id = new_user(&s, "eve@example.com").await;
    assert_eq!(ask_code(&s, &id).await.0, StatusCode::ACCEPTED);
    let first = read_mail(&wait_for_files(&s, 1).await[0]).code();

    s.advance(Duration::seconds(60) - MARGIN).await;
    let (status, err) = ask_code(&s, &id).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{err}");
    s.advance(MARGIN * 2).await;
    let (status, sent) = ask_code(&s, &id).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{sent}");
    let code = read_mail(&wait_for_files(&s, 2).await[1]).code();
    if code != first {
        assert_eq!(
            confirm(&s, &id, &first).await.0,
            StatusCode::BAD_REQUEST,
            "a new code replaces the old one"
        );
    }

    s.advance(Duration::minutes(10) + MARGIN).await;
    let (status, err) = confirm(&s, &id, &code).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        err["detail"],
        "code: This code has expired. Send a new one."
    );

    // A fresh code within its ten minutes verifies the number.
    assert_eq!(ask_code(&s, &id).await.0, StatusCode::ACCEPTED);
    let fresh = read_mail(&wait_for_files(&s, 3).await[2]).code();
    s.advance(Duration::minutes(10) - MARGIN).await;
    let (status, user) = confirm(&s, &id, &fresh).await;
    assert_eq!(status, StatusCode::OK, "{user}");
    assert_eq!(user[USERDESK]["mobileVerified"], true);
}

#[tokio::test]
async fn a_locked_login_refuses_even_the_right_password_until_the_lock_lifts() {
    let s = spawn(Backend::Sqlite).await;
    let mut wrong = 0;
    while s.sign_in_raw(ADMIN, "not the password").await.status() != StatusCode::TOO_MANY_REQUESTS {
        wrong += 1;
        assert!(wrong <= 10, "ten wrong passwords did not lock the login");
    }
    let locked = s.sign_in_raw(ADMIN, PASSWORD).await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: i64 = locked
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After in seconds");
    assert!((1..=60).contains(&retry_after), "{retry_after}");

    s.clock.advance(Duration::seconds(retry_after) - MARGIN);
    assert_eq!(
        s.sign_in_raw(ADMIN, PASSWORD).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    s.clock.advance(MARGIN * 2);
    assert_eq!(
        s.sign_in_raw(ADMIN, PASSWORD).await.status(),
        StatusCode::OK
    );
}
