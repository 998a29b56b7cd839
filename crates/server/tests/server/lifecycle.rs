//! The account lifecycle end to end: activation, welcome and reset e-mails received on a real SMTP
//! server on loopback (or as .eml files), the page their link opens, and phone verification.

use crate::on_both_databases;
use crate::support::mail::{Mail, read_mail, wait_for_files};
use crate::support::server::*;
use crate::support::smtp::{Gate, SmtpServer};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use userdesk_core::language::Locale;
use userdesk_core::{AccountType, RoleSet};
use userdesk_server::account::create_user;
use userdesk_server::mail::Delivery;

async fn smtp_server(backend: Backend) -> (TestServer, SmtpServer) {
    let smtp = SmtpServer::start();
    let delivery = Delivery::smtp(&smtp.url()).expect("smtp url");
    (spawn_with(backend, Some(delivery)).await, smtp)
}

async fn new_user(s: &TestServer, email: &str, language: Option<&str>) -> String {
    let mut body = person(email, "Ada", "Lovelace");
    if let Some(l) = language {
        body["preferredLanguage"] = json!(l);
    }
    s.create(body).await["id"].as_str().expect("id").to_owned()
}

async fn send_email(
    s: &TestServer,
    id: &str,
    kind: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, Value) {
    let (status, _, v) = s
        .call(
            Method::POST,
            &format!("/api/users/{id}/emails/{kind}"),
            None,
            headers,
        )
        .await;
    (status, v)
}

async fn page(s: &TestServer, link: &str) -> (StatusCode, String) {
    let r = s.http.get(link).send().await.expect("page");
    (r.status(), r.text().await.expect("html"))
}

async fn submit(
    s: &TestServer,
    token: &str,
    password: &str,
    confirm: &str,
) -> (StatusCode, String) {
    let r = s
        .http
        .post(format!("{}/account/password", s.root))
        .form(&[
            ("token", token),
            ("password", password),
            ("confirm", confirm),
        ])
        .send()
        .await
        .expect("form");
    (r.status(), r.text().await.expect("html"))
}

fn token_of(link: &str) -> String {
    link.split("token=").nth(1).expect("token").to_owned()
}

async fn activation_email_arrives_by_smtp_once_and_its_link_activates_the_account(
    backend: Backend,
) {
    let (s, smtp) = smtp_server(backend).await;
    let id = new_user(&s, "ada@example.com", None).await;

    let key = [("idempotency-key", "invite-ada-1")];
    let (status, user) = send_email(&s, &id, "activation", &key).await;
    assert_eq!(status, StatusCode::OK, "{user}");
    assert_eq!(user[USERDESK]["status"], "invited");
    assert!(user[USERDESK]["invitedAt"].is_string(), "{user}");
    // A retry (lost reply) gets the same answer and sends nothing more.
    let (status, again) = send_email(&s, &id, "activation", &key).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again, user);

    let mails = smtp.wait_for(1).await;
    let mail = read_mail(&mails[0]);
    assert_eq!(mail.to, "ada@example.com");
    assert_eq!(mail.subject, "Activate your Userdesk account");
    assert_eq!(mail.language, "en-US");
    assert!(mail.text.starts_with("Hello Ada,"), "{}", mail.text);
    assert!(mail.text.contains("within 7 days"), "{}", mail.text);
    let link = mail.link();
    assert!(link.starts_with(&s.root), "{link}");
    assert!(
        mail.html.contains(&format!("href=\"{link}\"")),
        "{}",
        mail.html
    );
    // Mail leaves in the order it was queued: had the retry queued a second e-mail to Ada, it
    // would arrive before one queued after it.
    let bea = new_user(&s, "bea@example.com", None).await;
    assert_eq!(
        send_email(&s, &bea, "activation", &[]).await.0,
        StatusCode::OK
    );
    let mails = smtp.wait_for(2).await;
    assert_eq!(
        read_mail(&mails[1]).to,
        "bea@example.com",
        "the retried request sent a second e-mail"
    );

    // The page asks for the password; its headers keep the token to itself.
    let r = s.http.get(&link).send().await.expect("page");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.headers()
            .get("referrer-policy")
            .and_then(|v| v.to_str().ok()),
        Some("no-referrer")
    );
    assert!(
        r.headers()
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("default-src 'none'"))
    );
    let html = r.text().await.expect("html");
    assert!(html.contains("Activate your account"), "{html}");
    assert!(html.contains("ada@example.com"), "{html}");

    // Bad passwords are refused at their field and spend nothing.
    let token = token_of(&link);
    let (status, html) = submit(&s, &token, "short", "short").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("at least 12 characters"), "{html}");
    let (status, html) = submit(&s, &token, "a long enough secret", "a long enough secreT").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("The two passwords differ."), "{html}");
    assert!(
        html.contains("aria-invalid=\"true\" aria-describedby=\"confirm-error\""),
        "{html}"
    );
    assert!(
        s.sign_in("ada@example.com", "a long enough secret")
            .await
            .is_none()
    );

    let (status, html) = submit(&s, &token, "a long enough secret", "a long enough secret").await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("Your password is set"), "{html}");
    let (_, _, now) = s
        .send(Method::GET, &format!("/Users/{id}"), None, &[])
        .await;
    assert_eq!(now[USERDESK]["status"], "active");
    assert!(now[USERDESK]["activatedAt"].is_string(), "{now}");
    assert!(
        s.sign_in("ada@example.com", "a long enough secret")
            .await
            .is_some()
    );

    // The link works once.
    let (status, html) = page(&s, &link).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(html.contains("This link no longer works"), "{html}");
    let (status, _) = submit(&s, &token, "another long secret", "another long secret").await;
    assert_eq!(status, StatusCode::GONE);
    assert!(
        s.sign_in("ada@example.com", "another long secret")
            .await
            .is_none()
    );

    // Both steps are in the audit trail: the admin's e-mail and the user's own activation.
    let (_, _, audit) = s
        .call(Method::GET, &format!("/api/audit?user={id}"), None, &[])
        .await;
    let actions: Vec<&str> = audit["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(actions, ["activate", "send-activation-email", "create"]);
    let activation = &audit["events"][0];
    assert_eq!(activation["actor"], id.as_str());
    assert!(
        activation["changes"]
            .as_array()
            .expect("changes")
            .iter()
            .any(|c| c["field"] == "status" && c["before"] == "invited" && c["after"] == "active"),
        "{activation}"
    );
}

async fn a_reset_link_sets_a_new_password_and_ends_every_session(backend: Backend) {
    let s = spawn(backend).await;
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
    .expect("bob");
    let bob = bob.to_string();
    let bob_token = s
        .sign_in("bob@example.com", "bob's first password")
        .await
        .expect("bob signs in");

    // Two resets: only the newest link works.
    assert_eq!(
        send_email(&s, &bob, "password-reset", &[]).await.0,
        StatusCode::OK
    );
    assert_eq!(
        send_email(&s, &bob, "password-reset", &[]).await.0,
        StatusCode::OK
    );
    let files = wait_for_files(&s, 2).await;
    let first = read_mail(&files[0]);
    let second = read_mail(&files[1]);
    assert_eq!(second.subject, "Reset your Userdesk password");
    assert!(second.text.contains("within one hour"), "{}", second.text);
    assert_eq!(page(&s, &first.link()).await.0, StatusCode::GONE);
    let (status, html) = submit(
        &s,
        &token_of(&second.link()),
        "bob's second password",
        "bob's second password",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{html}");

    assert!(
        s.sign_in("bob@example.com", "bob's first password")
            .await
            .is_none()
    );
    assert!(
        s.sign_in("bob@example.com", "bob's second password")
            .await
            .is_some()
    );
    let (status, _, _) = s
        .as_token(&bob_token)
        .send(Method::GET, "/Me", None, &[])
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the old session ended");
    let (_, _, audit) = s
        .call(
            Method::GET,
            &format!("/api/audit?user={bob}&action=set-password"),
            None,
            &[],
        )
        .await;
    assert_eq!(audit["events"].as_array().map(Vec::len), Some(1), "{audit}");
}

async fn e_mails_follow_the_lifecycle_rules(backend: Backend) {
    let s = spawn(backend).await;
    let id = new_user(&s, "cy@example.com", None).await;
    // Not active yet: no reset, but a welcome e-mail invites.
    let (status, err) = send_email(&s, &id, "password-reset", &[]).await;
    assert_eq!(status, StatusCode::CONFLICT, "{err}");
    assert!(
        err["detail"]
            .as_str()
            .is_some_and(|d| d.contains("send the activation e-mail")),
        "{err}"
    );
    let (status, user) = send_email(&s, &id, "welcome", &[]).await;
    assert_eq!(status, StatusCode::OK, "{user}");
    assert_eq!(user[USERDESK]["status"], "invited");
    let welcome = read_mail(&wait_for_files(&s, 1).await[0]);
    assert_eq!(welcome.subject, "Welcome to Userdesk");
    assert!(
        welcome.text.contains("Your username is cy@example.com"),
        "{}",
        welcome.text
    );

    // Unknown kinds, unknown users.
    assert_eq!(
        send_email(&s, &id, "spam", &[]).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        send_email(&s, &uuid::Uuid::new_v4().to_string(), "activation", &[])
            .await
            .0,
        StatusCode::NOT_FOUND
    );

    // Single sign-on users get no activation e-mail.
    let mut sso = person("sso@example.com", "Sol", "Sso");
    sso[USERDESK] = json!({"singleSignOn": true});
    let sso = s.create(sso).await["id"].as_str().expect("id").to_owned();
    let (status, err) = send_email(&s, &sso, "activation", &[]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        err["detail"]
            .as_str()
            .is_some_and(|d| d.contains("single sign-on")),
        "{err}"
    );

    // Deactivated users get nothing, and their pending links stop working.
    let link = welcome.link();
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "active", "value": false}]});
    let (status, _, _) = s
        .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        send_email(&s, &id, "activation", &[]).await.0,
        StatusCode::CONFLICT
    );
    assert_eq!(page(&s, &link).await.0, StatusCode::GONE);

    // Someone without the invite permission cannot send any.
    create_user(
        &s.store,
        "viewer@example.com",
        "Vi",
        "Ewer",
        "viewer password!",
        AccountType::ConfigAdmin,
        RoleSet::new(["user-viewer"]).expect("roles"),
    )
    .await
    .expect("viewer");
    let viewer = s
        .sign_in("viewer@example.com", "viewer password!")
        .await
        .expect("viewer signs in");
    let other = new_user(&s, "dee@example.com", None).await;
    let (status, _, err) = s
        .as_token(&viewer)
        .call(
            Method::POST,
            &format!("/api/users/{other}/emails/activation"),
            None,
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{err}");
}

async fn e_mails_are_written_in_the_recipients_language(backend: Backend) {
    let s = spawn(backend).await;
    let id = new_user(&s, "hanna@example.com", Some("de")).await;
    assert_eq!(
        send_email(&s, &id, "activation", &[]).await.0,
        StatusCode::OK
    );
    let mail = read_mail(&wait_for_files(&s, 1).await[0]);
    assert_eq!(mail.subject, "Aktivieren Sie Ihr Userdesk-Konto");
    assert_eq!(mail.language, "de");
    assert!(mail.text.starts_with("Hallo Ada,"), "{}", mail.text);
    assert!(mail.text.contains("innerhalb von 7 Tagen"), "{}", mail.text);
    assert!(
        mail.html.contains("<html lang=\"de\" dir=\"ltr\">"),
        "{}",
        mail.html
    );
    // The page speaks the user's language whatever the browser says.
    let r = s
        .http
        .get(mail.link())
        .header("accept-language", "en-US")
        .send()
        .await
        .expect("page");
    let html = r.text().await.expect("html");
    assert!(html.contains("Konto aktivieren"), "{html}");
    assert!(html.contains("Mindestens 12 Zeichen."), "{html}");
}

async fn a_mobile_number_is_verified_with_the_emailed_code(backend: Backend) {
    let s = spawn(backend).await;
    let id = new_user(&s, "eve@example.com", None).await;
    let start = |body: Value| {
        let s = &s;
        let id = id.clone();
        async move {
            s.call(
                Method::POST,
                &format!("/api/users/{id}/phone-verification"),
                Some(body),
                &[],
            )
            .await
        }
    };
    let (status, _, err) = start(json!({"country": "CH", "number": "12"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    assert!(
        err["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("number: ")),
        "{err}"
    );
    let (status, _, err) = start(json!({"country": "XX", "number": "044 668 18 00"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
    assert!(
        err["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("country: ")),
        "{err}"
    );

    let (status, _, started) = start(json!({"country": "CH", "number": "078 123 45 67"})).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{started}");
    assert_eq!(started["phone"], "+41781234567");
    assert_eq!(started["attemptsLeft"], 5);
    assert_eq!(started["user"][USERDESK]["mobileVerified"], false);
    let mail = read_mail(&wait_for_files(&s, 1).await[0]);
    assert_eq!(mail.subject, "Your Userdesk verification code");
    assert!(mail.text.contains("+41 78 123 45 67"), "{}", mail.text);
    let code = mail.code();

    // Asking again at once is throttled.
    let (status, headers, err) = start(json!({"country": "CH", "number": "078 123 45 67"})).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{err}");
    assert!(headers.get("retry-after").is_some());

    let confirm = |code: String| {
        let s = &s;
        let id = id.clone();
        async move {
            s.call(
                Method::POST,
                &format!("/api/users/{id}/phone-verification/confirm"),
                Some(json!({"code": code})),
                &[],
            )
            .await
        }
    };
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let (status, _, err) = confirm(wrong.to_owned()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        err["detail"],
        "code: This code is not right. 4 more tries are left."
    );
    let (status, _, user) = confirm(format!("{} {}", &code[..3], &code[3..])).await;
    assert_eq!(status, StatusCode::OK, "{user}");
    assert_eq!(user[USERDESK]["mobileVerified"], true);
    assert_eq!(user["phoneNumbers"][0]["value"], "+41781234567");
    // The code is spent.
    let (status, _, _) = confirm(code.clone()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // Changing the number makes it unverified again.
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "phoneNumbers[type eq \"mobile\"].value", "value": "+41781234568"}]});
    let (status, _, changed) = s
        .send(Method::PATCH, &format!("/Users/{id}"), Some(op), &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed[USERDESK]["mobileVerified"], false);
}

async fn five_wrong_codes_use_up_the_code(backend: Backend) {
    let s = spawn(backend).await;
    let id = new_user(&s, "mal@example.com", None).await;
    let (status, _, _) = s
        .call(
            Method::POST,
            &format!("/api/users/{id}/phone-verification"),
            Some(json!({"number": "+44 7400 123456"})),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let code = read_mail(&wait_for_files(&s, 1).await[0]).code();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    // Guesses in parallel count as much as guesses in a row.
    let path = format!("/api/users/{id}/phone-verification/confirm");
    let guesses = (0..8).map(|_| s.call(Method::POST, &path, Some(json!({"code": wrong})), &[]));
    for (status, _, _) in futures::future::join_all(guesses).await {
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let (status, _, err) = s
        .call(
            Method::POST,
            &format!("/api/users/{id}/phone-verification/confirm"),
            Some(json!({"code": code})),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(err["detail"], "code: Too many wrong codes. Send a new one.");
}

#[tokio::test]
async fn e_mails_wait_in_the_outbox_until_the_smtp_server_is_up() {
    let gate = Gate::closed().await;
    let delivery = Delivery::smtp(&gate.url()).expect("url");
    let s = spawn_with(Backend::Sqlite, Some(delivery)).await;
    let id = new_user(&s, "late@example.com", None).await;
    assert_eq!(
        send_email(&s, &id, "activation", &[]).await.0,
        StatusCode::OK,
        "the request succeeds although no e-mail can leave yet"
    );
    // The worker tried and failed; the e-mail waits for its retry.
    gate.refused(1).await;
    let smtp = SmtpServer::start();
    gate.open(&smtp);
    s.clock.advance(time::Duration::hours(1));
    s.mailer.wake.notify_one();
    let mail = read_mail(&smtp.wait_for(1).await[0]);
    assert_eq!(mail.to, "late@example.com");
}

/// What every e-mail in every locale must be: in that language (its header, its HTML's `lang` and
/// direction), in words of its own where the language is not English, greeting the person, and
/// with every placeable filled.
fn assert_written_in(mail: &Mail, locale: Locale, english: &Mail, what: &str) {
    let tag = locale.tag();
    assert_eq!(mail.language, tag, "{tag} {what}");
    let dir = if locale.is_rtl() { "rtl" } else { "ltr" };
    assert!(
        mail.html
            .contains(&format!("<html lang=\"{tag}\" dir=\"{dir}\">")),
        "{tag} {what}: {}",
        mail.html
    );
    assert!(!mail.subject.trim().is_empty(), "{tag} {what}");
    if !tag.starts_with("en") {
        assert_ne!(
            mail.subject, english.subject,
            "{tag} {what}: subject left in English"
        );
        assert_ne!(
            mail.text, english.text,
            "{tag} {what}: body left in English"
        );
    }
    assert!(mail.text.contains("Ada"), "{tag} {what}: {}", mail.text);
    for body in [&mail.subject, &mail.text, &mail.html] {
        assert!(
            !body.contains("{$") && !body.contains("{ $") && !body.contains("???"),
            "{tag} {what}: a placeable left unfilled: {body}"
        );
    }
}

/// Activation, welcome, password reset and phone code, in each of the 20 locales.
#[tokio::test]
async fn every_e_mail_is_written_in_each_locale() {
    let s = spawn(Backend::Sqlite).await;
    let mut english: Vec<Mail> = Vec::new();
    let mut sent = 0;
    // en-US first: the other locales are compared with its words.
    let mut locales = Locale::ALL.to_vec();
    locales.sort_by_key(|l| *l != Locale::EnUs);
    for locale in locales {
        let tag = locale.tag();
        // A new account: the activation and the welcome e-mails.
        let new = new_user(&s, &format!("new-{tag}@example.com"), Some(tag)).await;
        // An active one: the password reset and a phone code.
        let active = create_user(
            &s.store,
            &format!("active-{tag}@example.com"),
            "Ada",
            "Lovelace",
            "a long enough password",
            AccountType::Internal,
            RoleSet::default(),
        )
        .await
        .expect("an active user")
        .to_string();
        let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "preferredLanguage", "value": tag}]});
        let (status, _, v) = s
            .send(Method::PATCH, &format!("/Users/{active}"), Some(op), &[])
            .await;
        assert_eq!(status, StatusCode::OK, "{v}");

        let mut mails = Vec::new();
        for (id, kind) in [
            (&new, "activation"),
            (&new, "welcome"),
            (&active, "password-reset"),
        ] {
            let (status, v) = send_email(&s, id, kind, &[]).await;
            assert_eq!(status, StatusCode::OK, "{tag} {kind}: {v}");
            sent += 1;
            mails.push((
                kind,
                read_mail(wait_for_files(&s, sent).await.last().expect("sent")),
            ));
        }
        let (status, _, v) = s
            .call(
                Method::POST,
                &format!("/api/users/{active}/phone-verification"),
                Some(json!({"number": "+44 7400 123456"})),
                &[],
            )
            .await;
        assert_eq!(status, StatusCode::ACCEPTED, "{tag}: {v}");
        sent += 1;
        let code = read_mail(wait_for_files(&s, sent).await.last().expect("sent"));
        assert_eq!(code.code().len(), 6, "{tag}");
        mails.push(("phone code", code));

        for (n, (kind, mail)) in mails.into_iter().enumerate() {
            if locale == Locale::EnUs {
                english.push(mail);
                continue;
            }
            assert_written_in(&mail, locale, &english[n], kind);
            if kind != "phone code" {
                assert!(mail.link().contains("token="), "{tag} {kind}");
            }
        }
    }
    assert_eq!(english.len(), 4);
}

/// An identity provider's user in a language Userdesk has no translation for keeps that language;
/// their e-mails go out in the nearest supported locale (`pt-BR` → pt), else in English (`nl`).
async fn a_language_without_a_translation_is_kept_and_mailed_in_the_nearest(backend: Backend) {
    let s = spawn(backend).await;
    let dutch = new_user(&s, "daan@example.com", Some("nl-nl")).await;
    let brazilian = new_user(&s, "bia@example.com", Some("pt-BR")).await;
    let (status, _, v) = s
        .call(Method::GET, &format!("/scim/v2/Users/{dutch}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["preferredLanguage"], "nl-NL", "{v}");
    assert_eq!(
        send_email(&s, &dutch, "activation", &[]).await.0,
        StatusCode::OK
    );
    assert_eq!(
        send_email(&s, &brazilian, "activation", &[]).await.0,
        StatusCode::OK
    );
    let mails: Vec<_> = wait_for_files(&s, 2)
        .await
        .iter()
        .map(|m| read_mail(m))
        .collect();
    let to = |who: &str| mails.iter().find(|m| m.to == who).expect("a mail");
    assert_eq!(to("daan@example.com").language, "en-US");
    assert_eq!(to("bia@example.com").language, "pt");
    // A tag that is no language is refused at its attribute.
    let mut body = person("nope@example.com", "No", "Pe");
    body["preferredLanguage"] = json!("not a language");
    let (status, _, v) = s.send(Method::POST, "/Users", Some(body), &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .is_some_and(|d| d.starts_with("preferredLanguage")),
        "{v}"
    );
}

on_both_databases!(
    a_language_without_a_translation_is_kept_and_mailed_in_the_nearest,
    activation_email_arrives_by_smtp_once_and_its_link_activates_the_account,
    a_reset_link_sets_a_new_password_and_ends_every_session,
    e_mails_follow_the_lifecycle_rules,
    e_mails_are_written_in_the_recipients_language,
    a_mobile_number_is_verified_with_the_emailed_code,
    five_wrong_codes_use_up_the_code,
);
