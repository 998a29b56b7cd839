//! The SCIM Users endpoints over real HTTP on 127.0.0.1, each test twice: on its own SQLite file
//! and on its own PostgreSQL database.

use crate::on_both_backends;
use crate::support::server::*;
use reqwest::StatusCode;
use serde_json::{Value, json};
use userdesk_core::{AccountType, Role, RoleSet};
use userdesk_server::account::create_user;

async fn discovery_publishes_what_the_server_offers(s: TestServer) {
    let (status, headers, spc) = s
        .send(reqwest::Method::GET, "/ServiceProviderConfig", None, &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some(SCIM)
    );
    assert_eq!(spc["patch"]["supported"], true);
    assert_eq!(spc["etag"]["supported"], true);
    let (_, _, schemas) = s.send(reqwest::Method::GET, "/Schemas", None, &[]).await;
    let ids: Vec<&str> = schemas["Resources"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert!(
        ids.contains(&ENTERPRISE) && ids.contains(&USERDESK),
        "{ids:?}"
    );
    let (status, _, rt) = s
        .send(reqwest::Method::GET, "/ResourceTypes/User", None, &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rt["endpoint"], "/Users");
}

async fn a_generic_client_creates_reads_edits_and_deactivates_a_user(s: TestServer) {
    let created = s.create(person("ada@example.com", "Ada", "Lovelace")).await;
    let id = created["id"].as_str().expect("id").to_owned();
    assert_eq!(created["meta"]["version"], "W/\"1\"");
    assert_eq!(created[USERDESK]["status"], "created");

    let (status, headers, got) = s
        .send(reqwest::Method::GET, &format!("/Users/{id}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers.get("etag").and_then(|v| v.to_str().ok()),
        Some("W/\"1\"")
    );
    assert_eq!(got["name"]["familyName"], "Lovelace");

    let patch = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        {"op": "replace", "path": "name.familyName", "value": "Byron"},
        {"op": "replace", "path": "active", "value": false}
    ]});
    let (status, _, patched) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(patch),
            &[("if-match", "W/\"1\"")],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{patched}");
    assert_eq!(patched["name"]["familyName"], "Byron");
    assert_eq!(patched["active"], false);
    assert_eq!(patched[USERDESK]["status"], "inactive");
    assert_eq!(patched["meta"]["version"], "W/\"2\"");

    let mut full = patched.clone();
    full["title"] = json!("Countess");
    let (status, _, put) = s
        .send(
            reqwest::Method::PUT,
            &format!("/Users/{id}"),
            Some(full),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{put}");
    assert_eq!(put["title"], "Countess");

    let (status, _, _) = s
        .send(reqwest::Method::DELETE, &format!("/Users/{id}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _, err) = s
        .send(reqwest::Method::GET, &format!("/Users/{id}"), None, &[])
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(err["status"], "404");
}

async fn stale_versions_get_412_and_current_ones_304(s: TestServer) {
    let created = s
        .create(person("grace@example.com", "Grace", "Hopper"))
        .await;
    let id = created["id"].as_str().expect("id").to_owned();
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "title", "value": "RADM"}]});
    let (status, _, _) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(op.clone()),
            &[("if-match", "W/\"1\"")],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, err) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(op),
            &[("if-match", "W/\"1\"")],
        )
        .await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED, "{err}");
    let (status, _, _) = s
        .send(
            reqwest::Method::GET,
            &format!("/Users/{id}"),
            None,
            &[("if-none-match", "W/\"2\"")],
        )
        .await;
    assert_eq!(status, StatusCode::NOT_MODIFIED);
}

async fn concurrent_edits_without_if_match_all_apply(s: TestServer) {
    let created = s.create(person("busy@example.com", "Bu", "Sy")).await;
    let id = created["id"].as_str().expect("id").to_owned();
    let path = format!("/Users/{id}");
    let edits = (0..12).map(|i| {
        let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "title", "value": format!("Title {i}")}]});
        s.send(reqwest::Method::PATCH, &path, Some(op), &[])
    });
    for (status, _, v) in futures::future::join_all(edits).await {
        assert_eq!(status, StatusCode::OK, "{v}");
    }
    let (_, _, now) = s.send(reqwest::Method::GET, &path, None, &[]).await;
    assert_eq!(
        now["meta"]["version"], "W/\"13\"",
        "every edit applied once: {now}"
    );
}

async fn taken_user_names_and_badges_are_409_uniqueness(s: TestServer) {
    let mut a = person("sam@example.com", "Sam", "One");
    a[ENTERPRISE] = json!({"employeeNumber": "B-1"});
    a["schemas"] = json!(["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE]);
    s.create(a).await;
    let (status, _, err) = s
        .send(
            reqwest::Method::POST,
            "/Users",
            Some(person("SAM@example.com", "Other", "Sam")),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(err["scimType"], "uniqueness");
    let mut b = person("kim@example.com", "Kim", "Two");
    b[ENTERPRISE] = json!({"employeeNumber": "b-1"});
    let (status, _, err) = s.send(reqwest::Method::POST, "/Users", Some(b), &[]).await;
    assert_eq!(status, StatusCode::CONFLICT, "{err}");
}

async fn filters_sort_and_page_over_the_database(s: TestServer) {
    for (mail, given, family) in [
        ("ann@example.com", "Ann", "Zeta"),
        ("bob@example.org", "Bob", "Young"),
        ("cy@example.com", "Cy", "Xu"),
        ("dee@example.net", "Dee", "O'Malley"),
    ] {
        s.create(person(mail, given, family)).await;
    }
    let names = |v: &Value| -> Vec<String> {
        v["Resources"]
            .as_array()
            .expect("resources")
            .iter()
            .filter_map(|r| r["name"]["givenName"].as_str().map(str::to_owned))
            .collect()
    };
    let (_, v) = s
        .list(&format!("filter={}", enc(r#"userName ew "example.com""#)))
        .await;
    assert_eq!(v["totalResults"], 3, "two people and the owner");
    let (_, v) = s
        .list(&format!(
            "filter={}&sortBy=name.familyName",
            enc(r#"userName co "EXAMPLE" and not (name.givenName eq "cy")"#)
        ))
        .await;
    assert_eq!(names(&v), vec!["Dee", "Olive", "Bob", "Ann"]);
    let (_, v) = s
        .list(&format!("filter={}", enc(r#"name.familyName co "O'Mal""#)))
        .await;
    assert_eq!(names(&v), vec!["Dee"]);
    let (_, v) = s
        .list(&format!(
            "filter={}",
            enc(r#"emails[type eq "work" and value sw "b"]"#)
        ))
        .await;
    assert_eq!(names(&v), vec!["Bob"]);
    let (_, v) = s
        .list("sortBy=userName&sortOrder=descending&startIndex=2&count=2")
        .await;
    assert_eq!(v["totalResults"], 5, "four people and the owner");
    assert_eq!(v["startIndex"], 2);
    assert_eq!(names(&v), vec!["Dee", "Cy"]);
    let (_, v) = s
        .list(&format!(
            "filter={}",
            enc(r#"meta.lastModified gt "2000-01-01T00:00:00Z""#)
        ))
        .await;
    assert_eq!(v["totalResults"], 5);
    let (_, v) = s.list("count=0").await;
    assert_eq!(v["totalResults"], 5);
    assert_eq!(v["Resources"].as_array().map(Vec::len), Some(0));

    let search = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], "filter": "name.givenName sw \"a\"", "attributes": ["userName"]});
    let (status, _, v) = s
        .send(reqwest::Method::POST, "/Users/.search", Some(search), &[])
        .await;
    assert_eq!(status, StatusCode::OK);
    let r = &v["Resources"][0];
    assert_eq!(r["userName"], "ann@example.com");
    assert!(
        r.get("name").is_none(),
        "only the asked attributes (and id) come back: {r}"
    );
    assert!(r.get("id").is_some());
}

async fn hostile_filters_are_400_invalid_filter_and_never_reach_sql(s: TestServer) {
    s.create(person("x@example.com", "X", "Y")).await;
    for f in [
        r#"userName eq "x" or 1 eq 1"#,
        r#"userName eq "x"; DROP TABLE users; --"#,
        r#"nickName eq "x""#,
        r#"userName eq"#,
        r#"active eq "true""#,
        "(((((((((((((((((((((((((((((((((((userName pr)))))))))))))))))))))))))))))))))))",
    ] {
        let (status, v) = s.list(&format!("filter={}", enc(f))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{f}: {v}");
        assert_eq!(v["scimType"], "invalidFilter", "{f}");
        assert!(v["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
    let (_, v) = s
        .list(&format!("filter={}", enc(r#"userName eq "x' OR '1'='1""#)))
        .await;
    assert_eq!(v["totalResults"], 0, "quotes in values are data");
    let (_, v) = s.list("").await;
    assert_eq!(v["totalResults"], 2, "the table is intact");
}

async fn bad_bodies_get_the_right_4xx_and_change_nothing(s: TestServer) {
    let created = s.create(person("lin@example.com", "Lin", "Chen")).await;
    let id = created["id"].as_str().expect("id").to_owned();
    let cases: Vec<(reqwest::Method, String, Value, StatusCode, &str)> = vec![
        (
            reqwest::Method::POST,
            "/Users".into(),
            json!("not an object"),
            StatusCode::BAD_REQUEST,
            "invalidValue",
        ),
        (
            reqwest::Method::POST,
            "/Users".into(),
            person("not-an-email", "A", "B"),
            StatusCode::BAD_REQUEST,
            "invalidValue",
        ),
        (
            reqwest::Method::POST,
            "/Users".into(),
            person("a@example.com", " ", "B"),
            StatusCode::BAD_REQUEST,
            "invalidValue",
        ),
        (
            reqwest::Method::PATCH,
            format!("/Users/{id}"),
            json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
                {"op": "replace", "path": "title", "value": "Changed"},
                {"op": "replace", "path": "name.givenName", "value": ""}
            ]}),
            StatusCode::BAD_REQUEST,
            "invalidValue",
        ),
        (
            reqwest::Method::PATCH,
            format!("/Users/{id}"),
            json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "remove"}]}),
            StatusCode::BAD_REQUEST,
            "noTarget",
        ),
    ];
    for (method, path, body, status, scim_type) in cases {
        let (got, _, v) = s.send(method, &path, Some(body), &[]).await;
        assert_eq!(got, status, "{path}: {v}");
        assert_eq!(v["scimType"], scim_type, "{v}");
    }
    let (got, _, v) = s.send(reqwest::Method::POST, "/Users", None, &[]).await;
    assert_eq!(got, StatusCode::BAD_REQUEST, "{v}");
    let huge = json!({"userName": "h@example.com", "name": {"givenName": "H", "familyName": "x".repeat(2 * 1024 * 1024)}});
    let (got, _, _) = s
        .send(reqwest::Method::POST, "/Users", Some(huge), &[])
        .await;
    assert_eq!(got, StatusCode::PAYLOAD_TOO_LARGE);

    let (_, _, after) = s
        .send(reqwest::Method::GET, &format!("/Users/{id}"), None, &[])
        .await;
    assert_eq!(
        after["meta"]["version"], "W/\"1\"",
        "the failed PATCH changed nothing"
    );
    assert!(after.get("title").is_none());
    let (_, v) = s.list("").await;
    assert_eq!(v["totalResults"], 2);
}

async fn error_details_follow_accept_language_and_name_the_attribute(s: TestServer) {
    let (_, _, v) = s
        .send(
            reqwest::Method::POST,
            "/Users",
            Some(person("a@example.com", "A", "  ")),
            &[("accept-language", "de-CH, en;q=0.5")],
        )
        .await;
    let detail = v["detail"].as_str().expect("detail");
    assert!(detail.starts_with("name.familyName: "), "{detail}");
    // German is the reader's first choice, and the app's messages have a German translation.
    assert!(detail.contains("nicht leer"), "{detail}");
    let (_, _, v) = s
        .send(
            reqwest::Method::POST,
            "/Users",
            Some(person("b@example.com", "B", "  ")),
            &[("accept-language", "nl, en;q=0.5")],
        )
        .await;
    let detail = v["detail"].as_str().expect("detail");
    assert!(
        detail.contains("cannot be blank"),
        "a language without a translation: {detail}"
    );
}

async fn every_scim_request_needs_a_valid_bearer_token(s: TestServer) {
    let anonymous = s.as_token("");
    let (status, headers, v) = anonymous
        .send(reqwest::Method::GET, "/Users", None, &[])
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{v}");
    assert!(headers.get("www-authenticate").is_some());
    let forged = s.as_token("not-a-token");
    let (status, _, _) = forged
        .send(reqwest::Method::GET, "/ServiceProviderConfig", None, &[])
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

async fn wrong_passwords_and_unknown_users_get_the_same_answer_then_a_lock(s: TestServer) {
    let wrong = s.sign_in_raw(ADMIN, "wrong password!").await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let wrong: Value = wrong.json().await.expect("json");
    let unknown: Value = s
        .sign_in_raw("nobody@example.com", "wrong password!")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        wrong["detail"], unknown["detail"],
        "no hint whether the account exists"
    );
    for _ in 0..5 {
        s.sign_in_raw("victim@example.com", "guess guess guess")
            .await;
    }
    let locked = s
        .sign_in_raw("victim@example.com", "guess guess guess")
        .await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.headers().get("retry-after").is_some());
}

async fn refresh_tokens_work_once_and_sign_out_ends_the_session(s: TestServer) {
    let r: Value = s
        .sign_in_raw(ADMIN, PASSWORD)
        .await
        .json()
        .await
        .expect("json");
    let refresh = r["refresh_token"].as_str().expect("refresh").to_owned();
    let again = |t: String| {
        let http = s.http.clone();
        let root = s.root.clone();
        async move {
            http.post(format!("{root}/auth/refresh"))
                .json(&json!({"refresh_token": t}))
                .send()
                .await
                .expect("refresh")
        }
    };
    let first = again(refresh.clone()).await;
    assert_eq!(first.status(), StatusCode::OK);
    let fresh: Value = first.json().await.expect("json");
    assert_eq!(
        again(refresh).await.status(),
        StatusCode::UNAUTHORIZED,
        "a refresh token is spent once"
    );
    // Reusing it signed the user out everywhere: the token from the exchange is dead too.
    let stolen = s.as_token(fresh["access_token"].as_str().expect("access"));
    assert_eq!(
        stolen
            .send(reqwest::Method::GET, "/Users", None, &[])
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );

    let token = s.sign_in(ADMIN, PASSWORD).await.expect("sign in");
    let me = s.as_token(&token);
    assert_eq!(
        me.send(reqwest::Method::GET, "/Users", None, &[]).await.0,
        StatusCode::OK
    );
    let out = s
        .http
        .post(format!("{}/auth/sign-out", s.root))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sign out");
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        me.send(reqwest::Method::GET, "/Users", None, &[]).await.0,
        StatusCode::UNAUTHORIZED
    );
}

/// What each kind of caller may do, endpoint by endpoint.
async fn permissions_by_caller(s: TestServer) {
    let roles = |ids: &[&str]| RoleSet::new(ids.iter().copied()).expect("roles");
    create_user(
        &s.store,
        "viewer@example.com",
        "Vee",
        "Viewer",
        PASSWORD,
        AccountType::ConfigAdmin,
        roles(&[Role::USER_VIEWER]),
    )
    .await
    .expect("viewer");
    create_user(
        &s.store,
        "manager@example.com",
        "Manu",
        "Manager",
        PASSWORD,
        AccountType::ConfigAdmin,
        roles(&[Role::USER_MANAGER]),
    )
    .await
    .expect("manager");
    create_user(
        &s.store,
        "admin@example.com",
        "Ada",
        "Admin",
        PASSWORD,
        AccountType::ConfigAdmin,
        roles(&[Role::ADMINISTRATOR]),
    )
    .await
    .expect("administrator");
    create_user(
        &s.store,
        "staff@example.com",
        "Stu",
        "Staff",
        PASSWORD,
        AccountType::Internal,
        RoleSet::default(),
    )
    .await
    .expect("staff");
    let target = s
        .create(person("target@example.com", "Tara", "Target"))
        .await;
    let id = target["id"].as_str().expect("id").to_owned();

    let patch = |path: &str, value: Value| json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": path, "value": value}]});
    let ext_type = format!("{USERDESK}:accountType");
    // (caller, visible users in a list, GET target, PATCH title, PATCH account type, deactivate, create)
    let expectations: [(&str, usize, u16, u16, u16, u16, u16); 5] = [
        (ADMIN, 6, 200, 200, 200, 200, 201),
        ("manager@example.com", 6, 200, 200, 200, 200, 201),
        ("viewer@example.com", 6, 200, 403, 403, 403, 403),
        ("admin@example.com", 1, 404, 404, 404, 404, 403),
        ("staff@example.com", 1, 404, 404, 404, 404, 403),
    ];
    for (n, (who, visible, get, edit, change_type, deactivate, create)) in
        expectations.into_iter().enumerate()
    {
        let token = s
            .sign_in(who, PASSWORD)
            .await
            .unwrap_or_else(|| panic!("{who} signs in"));
        let c = s.as_token(&token);
        let (_, v) = c.list("").await;
        assert_eq!(v["totalResults"], visible, "{who} sees");
        let (status, _, _) = c
            .send(reqwest::Method::GET, &format!("/Users/{id}"), None, &[])
            .await;
        assert_eq!(status.as_u16(), get, "{who} GET");
        let (status, _, v) = c
            .send(
                reqwest::Method::PATCH,
                &format!("/Users/{id}"),
                Some(patch("title", json!(format!("T{n}")))),
                &[],
            )
            .await;
        assert_eq!(status.as_u16(), edit, "{who} PATCH title: {v}");
        let (status, _, v) = c
            .send(
                reqwest::Method::PATCH,
                &format!("/Users/{id}"),
                Some(patch(
                    &ext_type,
                    json!(if n % 2 == 0 { "external" } else { "internal" }),
                )),
                &[],
            )
            .await;
        assert_eq!(status.as_u16(), change_type, "{who} PATCH type: {v}");
        let (status, _, v) = c
            .send(
                reqwest::Method::PATCH,
                &format!("/Users/{id}"),
                Some(patch("active", json!(false))),
                &[],
            )
            .await;
        assert_eq!(status.as_u16(), deactivate, "{who} deactivate: {v}");
        if status == StatusCode::OK {
            let (status, _, _) = c
                .send(
                    reqwest::Method::PATCH,
                    &format!("/Users/{id}"),
                    Some(patch("active", json!(true))),
                    &[],
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{who} reactivates");
        }
        let (status, _, v) = c
            .send(
                reqwest::Method::POST,
                "/Users",
                Some(person(&format!("new{n}@example.com"), "New", "Person")),
                &[],
            )
            .await;
        assert_eq!(status.as_u16(), create, "{who} create: {v}");
        if status == StatusCode::CREATED {
            let new_id = v["id"].as_str().expect("id").to_owned();
            s.send(
                reqwest::Method::DELETE,
                &format!("/Users/{new_id}"),
                None,
                &[],
            )
            .await;
        }
    }

    // Nobody changes their own account type, not even the owner.
    let (_, v) = s
        .list(&format!(
            "filter={}",
            enc(&format!("userName eq \"{ADMIN}\""))
        ))
        .await;
    let owner_id = v["Resources"][0]["id"]
        .as_str()
        .expect("owner id")
        .to_owned();
    let (status, _, v) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{owner_id}"),
            Some(patch(&ext_type, json!("internal"))),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
}

async fn deactivation_ends_sessions_and_blocks_sign_in(s: TestServer) {
    let id = create_user(
        &s.store,
        "leaver@example.com",
        "Lee",
        "Leaver",
        PASSWORD,
        AccountType::ConfigAdmin,
        RoleSet::new([Role::USER_VIEWER]).expect("roles"),
    )
    .await
    .expect("user");
    let token = s
        .sign_in("leaver@example.com", PASSWORD)
        .await
        .expect("signs in");
    let leaver = s.as_token(&token);
    assert_eq!(
        leaver
            .send(reqwest::Method::GET, "/Users", None, &[])
            .await
            .0,
        StatusCode::OK
    );
    let off = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "active", "value": false}]});
    let (status, _, _) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(off),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        leaver
            .send(reqwest::Method::GET, "/Users", None, &[])
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert!(s.sign_in("leaver@example.com", PASSWORD).await.is_none());

    // Reactivated: signs in again with exactly the permissions held before.
    let on = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "active", "value": true}]});
    let (status, _, back) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(on),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{back}");
    assert_eq!(back[USERDESK]["status"], "active");
    assert_eq!(back["roles"][0]["value"], Role::USER_VIEWER);
    let token = s
        .sign_in("leaver@example.com", PASSWORD)
        .await
        .expect("signs in again");
    let back = s.as_token(&token);
    let (status, list) = back.list("count=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        list["totalResults"].as_u64().is_some_and(|n| n > 1),
        "sees others again: {list}"
    );
    let (status, _, _) = back
        .send(
            reqwest::Method::POST,
            "/Users",
            Some(person("nope@example.com", "No", "Pe")),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "and no more than before");
}

async fn a_one_time_completion_account_made_full_waits_for_activation(s: TestServer) {
    let mut otc = person("once-only@example.com", "Otto", "Once");
    otc[USERDESK] = json!({"accountType": "one_time_completion"});
    let created = s.create(otc).await;
    let id = created["id"].as_str().expect("id").to_owned();
    let to_internal = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        {"op": "replace", "path": format!("{USERDESK}:accountType"), "value": "internal"}]});
    let (status, _, full) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(to_internal),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{full}");
    assert_eq!(full[USERDESK]["accountType"], "internal");
    assert_eq!(full[USERDESK]["status"], "created", "\"I'll do it later\"");
    // Back to one-time completion is not possible.
    let back = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        {"op": "replace", "path": format!("{USERDESK}:accountType"), "value": "one_time_completion"}]});
    let (status, _, err) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(back),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{err}");
    // "Send activation e-mail": Invited.
    let (status, _, invited) = s
        .call(
            reqwest::Method::POST,
            &format!("/api/users/{id}/emails/activation"),
            None,
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{invited}");
    assert_eq!(invited[USERDESK]["status"], "invited");
}

async fn a_retried_request_with_the_same_idempotency_key_is_done_once(s: TestServer) {
    let body = person("once@example.com", "Una", "Once");
    let (first_status, _, first) = s
        .send(
            reqwest::Method::POST,
            "/Users",
            Some(body.clone()),
            &[("idempotency-key", "k-1")],
        )
        .await;
    let (again_status, _, again) = s
        .send(
            reqwest::Method::POST,
            "/Users",
            Some(body),
            &[("idempotency-key", "k-1")],
        )
        .await;
    assert_eq!(first_status, StatusCode::CREATED, "{first}");
    assert_eq!(again_status, StatusCode::CREATED);
    assert_eq!(first["id"], again["id"], "the retry got the stored reply");
    let (_, v) = s
        .list(&format!(
            "filter={}",
            enc(r#"userName eq "once@example.com""#)
        ))
        .await;
    assert_eq!(v["totalResults"], 1, "created once");

    let id = first["id"].as_str().expect("id").to_owned();
    let op = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "title", "value": "Once"}]});
    for _ in 0..3 {
        let (status, _, v) = s
            .send(
                reqwest::Method::PATCH,
                &format!("/Users/{id}"),
                Some(op.clone()),
                &[("idempotency-key", "k-2"), ("if-match", "W/\"1\"")],
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{v}");
        assert_eq!(
            v["meta"]["version"], "W/\"2\"",
            "every retry sees the one change"
        );
    }
    let other = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "title", "value": "Twice"}]});
    let (status, _, _) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(other),
            &[("idempotency-key", "k-2")],
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a key belongs to one request"
    );
    let (_, _, now) = s
        .send(reqwest::Method::GET, &format!("/Users/{id}"), None, &[])
        .await;
    assert_eq!(now["title"], "Once");
}

async fn every_change_is_audited_with_before_after_and_client_time(s: TestServer) {
    let created = s.create(person("audited@example.com", "Aud", "Ited")).await;
    let id = created["id"].as_str().expect("id").to_owned();
    let rename = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "name.familyName", "value": "Edited"}]});
    let (status, _, _) = s
        .send(
            reqwest::Method::PATCH,
            &format!("/Users/{id}"),
            Some(rename),
            &[
                ("userdesk-client-time", "2026-01-02T03:04:05Z"),
                ("idempotency-key", "edit-1"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let off = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "active", "value": false}]});
    s.send(
        reqwest::Method::PATCH,
        &format!("/Users/{id}"),
        Some(off),
        &[],
    )
    .await;
    let refused = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "name.givenName", "value": ""}]});
    s.send(
        reqwest::Method::PATCH,
        &format!("/Users/{id}"),
        Some(refused),
        &[],
    )
    .await;

    let audit = |token: String, query: String| {
        let http = s.http.clone();
        let root = s.root.clone();
        async move {
            http.get(format!("{root}/api/audit?{query}"))
                .bearer_auth(token)
                .send()
                .await
                .expect("audit")
        }
    };
    let r = audit(s.token.clone(), format!("user={id}")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let v: Value = r.json().await.expect("json");
    let events = v["events"].as_array().expect("events");
    let actions: Vec<&str> = events.iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(
        actions,
        vec!["deactivate", "update", "create"],
        "newest first; the refused edit left no trace"
    );
    let update = &events[1];
    assert_eq!(update["clientTime"], "2026-01-02T03:04:05.000000Z");
    assert_eq!(update["idempotencyKey"], "edit-1");
    assert!(
        update["serverTime"]
            .as_str()
            .is_some_and(|t| t > "2026-01-02")
    );
    let changes = update["changes"].as_array().expect("changes");
    assert_eq!(
        changes,
        &vec![json!({"field": "last_name", "before": "Ited", "after": "Edited"})]
    );

    // By time: from the update's arrival on, and before it.
    let at = update["serverTime"].as_str().expect("time").to_owned();
    let actions_in = |query: String| {
        let audit = &audit;
        let token = s.token.clone();
        async move {
            let v: Value = audit(token, query).await.json().await.expect("json");
            v["events"]
                .as_array()
                .expect("events")
                .iter()
                .filter_map(|e| e["action"].as_str().map(str::to_owned))
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        actions_in(format!("user={id}&since={at}")).await,
        ["deactivate", "update"]
    );
    assert_eq!(
        actions_in(format!("user={id}&until={at}")).await,
        ["create"]
    );
    let r = audit(s.token.clone(), "since=yesterday".to_owned()).await;
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);

    create_user(
        &s.store,
        "peek@example.com",
        "Pee",
        "Ker",
        PASSWORD,
        AccountType::ConfigAdmin,
        RoleSet::new([Role::USER_VIEWER]).expect("roles"),
    )
    .await
    .expect("viewer");
    let viewer = s
        .sign_in("peek@example.com", PASSWORD)
        .await
        .expect("viewer signs in");
    assert_eq!(
        audit(viewer, format!("user={id}")).await.status(),
        StatusCode::FORBIDDEN
    );
}

async fn my_account_edits_of_my_own_profile_and_password(s: TestServer) {
    create_user(
        &s.store,
        "me@example.com",
        "Mae",
        "Self",
        PASSWORD,
        AccountType::Internal,
        RoleSet::default(),
    )
    .await
    .expect("user");
    let token = s
        .sign_in("me@example.com", PASSWORD)
        .await
        .expect("signs in");
    let me = s.as_token(&token);
    let (status, _, v) = me.send(reqwest::Method::GET, "/Me", None, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["userName"], "me@example.com");

    let own = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        {"op": "replace", "path": "userName", "value": "mae@example.com"},
        {"op": "replace", "path": "preferredLanguage", "value": "de"},
        {"op": "replace", "path": format!("{USERDESK}:presence"), "value": "busy"}
    ]});
    let (status, _, v) = me.send(reqwest::Method::PATCH, "/Me", Some(own), &[]).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["preferredLanguage"], "de");
    assert_eq!(v[USERDESK]["presence"], "busy");
    assert!(
        s.sign_in("me@example.com", PASSWORD).await.is_none(),
        "the old username no longer signs in"
    );
    assert!(
        s.sign_in("mae@example.com", PASSWORD).await.is_some(),
        "the new one does, with the same password"
    );

    let promote = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
        {"op": "replace", "path": format!("{USERDESK}:accountType"), "value": "super_admin"}
    ]});
    let (status, _, _) = me
        .send(reqwest::Method::PATCH, "/Me", Some(promote), &[])
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "nobody changes their own account type"
    );

    let change = |current: &str, new: &str| {
        let http = s.http.clone();
        let root = s.root.clone();
        let token = token.clone();
        let body = json!({"current_password": current, "new_password": new});
        async move {
            http.post(format!("{root}/api/me/password"))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .expect("change")
                .status()
        }
    };
    let other_session = s
        .sign_in("mae@example.com", PASSWORD)
        .await
        .expect("a second session");
    assert_eq!(
        change("wrong current pw", "a brand new password").await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(change(PASSWORD, "short").await, StatusCode::BAD_REQUEST);
    assert_eq!(
        change(PASSWORD, "a brand new password").await,
        StatusCode::NO_CONTENT
    );
    assert!(s.sign_in("mae@example.com", PASSWORD).await.is_none());
    assert!(
        s.sign_in("mae@example.com", "a brand new password")
            .await
            .is_some()
    );
    assert_eq!(
        s.as_token(&other_session)
            .send(reqwest::Method::GET, "/Me", None, &[])
            .await
            .0,
        StatusCode::UNAUTHORIZED,
        "other sessions end"
    );
    assert_eq!(
        me.send(reqwest::Method::GET, "/Me", None, &[]).await.0,
        StatusCode::OK,
        "this one goes on"
    );
}

on_both_backends!(
    discovery_publishes_what_the_server_offers,
    a_generic_client_creates_reads_edits_and_deactivates_a_user,
    stale_versions_get_412_and_current_ones_304,
    taken_user_names_and_badges_are_409_uniqueness,
    filters_sort_and_page_over_the_database,
    hostile_filters_are_400_invalid_filter_and_never_reach_sql,
    bad_bodies_get_the_right_4xx_and_change_nothing,
    error_details_follow_accept_language_and_name_the_attribute,
    every_scim_request_needs_a_valid_bearer_token,
    wrong_passwords_and_unknown_users_get_the_same_answer_then_a_lock,
    refresh_tokens_work_once_and_sign_out_ends_the_session,
    permissions_by_caller,
    deactivation_ends_sessions_and_blocks_sign_in,
    a_retried_request_with_the_same_idempotency_key_is_done_once,
    every_change_is_audited_with_before_after_and_client_time,
    my_account_edits_of_my_own_profile_and_password,
    a_one_time_completion_account_made_full_waits_for_activation,
    concurrent_edits_without_if_match_all_apply,
);
