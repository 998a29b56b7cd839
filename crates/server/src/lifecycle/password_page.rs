//! The page behind the links in account e-mails: choose a password (activation, welcome, reset).

use super::*;

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenQuery {
    /// The token from the e-mail's link.
    #[serde(default)]
    token: String,
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct PasswordForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[utoipa::path(
    get,
    path = "/page.css",
    tag = "lifecycle",
    responses((status = 200, description = "The page's style sheet", content_type = "text/css"))
)]
pub async fn page_css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        PAGE_CSS,
    )
        .into_response()
}

const PAGE_CSS: &str = include_str!("../../assets/password-page.css");

/// Security headers of the page: no scripts at all, nothing framed, the token never leaves in a
/// Referer, nothing cached.
fn page(status: StatusCode, locale: &Locale, title: &str, body: &str) -> Response {
    let dir = if userdesk_i18n::Localizer::is_rtl(locale) {
        "rtl"
    } else {
        "ltr"
    };
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{locale}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"stylesheet\" href=\"page.css\"></head>\n<body><main>\n<h1>{title}</h1>\n{body}</main></body></html>\n",
        title = html_escape::encode_text(title),
    );
    let mut r = (status, html).into_response();
    let h = r.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    r
}

fn accept_language(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
}

fn invalid_link_page(state: &AppState, headers: &HeaderMap) -> Response {
    let locale = reader_locale(&state.i18n, accept_language(headers));
    let text = state.i18n.format(&locale, "page-link-invalid", &[]);
    page(
        StatusCode::GONE,
        &locale,
        &state.i18n.format(&locale, "page-link-invalid-title", &[]),
        &format!("<p>{}</p>\n", html_escape::encode_text(&text)),
    )
}

/// The user a link belongs to, if it still works and their account may still use it.
async fn link_user(state: &AppState, token: &str) -> Result<Option<(UserRecord, String)>, Refusal> {
    if token.is_empty() || token.len() > 100 {
        return Ok(None);
    }
    let now = state.store.now();
    let Some(live) = state.store.live_token(&token_hash(token), now).await? else {
        return Ok(None);
    };
    let Some(user) = state.store.get(live.user_id).await? else {
        return Ok(None);
    };
    if user.profile.status == Status::Inactive || user.profile.single_sign_on {
        return Ok(None);
    }
    Ok(Some((user, live.purpose)))
}

fn user_locale(state: &AppState, user: &UserProfile, headers: &HeaderMap) -> Locale {
    match user.language.tag() {
        Some(tag) => state.i18n.negotiate(&[tag]),
        None => reader_locale(&state.i18n, accept_language(headers)),
    }
}

fn form_page(
    state: &AppState,
    locale: &Locale,
    user: &UserProfile,
    purpose: &str,
    token: &str,
    errors: (Option<String>, Option<String>),
) -> Response {
    let t = |id: &str| state.i18n.format(locale, id, &[]);
    let esc = |s: &str| html_escape::encode_text(s).into_owned();
    let title = t(match purpose {
        "activation" => "page-activate-title",
        "password-reset" => "page-reset-title",
        _ => "page-welcome-title",
    });
    let field = |name: &str, label: &str, error: &Option<String>, hint: Option<String>| {
        let described = match (error, &hint) {
            (Some(_), _) => format!(" aria-invalid=\"true\" aria-describedby=\"{name}-error\""),
            (None, Some(_)) => format!(" aria-describedby=\"{name}-hint\""),
            _ => String::new(),
        };
        let mut s = format!(
            "<label for=\"{name}\">{}</label>\n<input type=\"password\" id=\"{name}\" name=\"{name}\" autocomplete=\"new-password\" required minlength=\"{MIN_PASSWORD_CHARS}\"{described}>\n",
            esc(label)
        );
        if let Some(e) = error {
            s.push_str(&format!(
                "<p class=\"error\" id=\"{name}-error\">{}</p>\n",
                esc(e)
            ));
        } else if let Some(h) = hint {
            s.push_str(&format!(
                "<p class=\"hint\" id=\"{name}-hint\">{}</p>\n",
                esc(&h)
            ));
        }
        s
    };
    let body = format!(
        "<p>{}</p>\n<form method=\"post\" action=\"password\">\n<input type=\"hidden\" name=\"token\" value=\"{}\">\n<input type=\"email\" name=\"username\" value=\"{}\" autocomplete=\"username\" hidden>\n{}{}<button type=\"submit\">{}</button>\n</form>\n",
        esc(&state.i18n.format_text(
            locale,
            "page-username",
            &[("email", user.email.as_str().to_owned())]
        )),
        html_escape::encode_double_quoted_attribute(token),
        html_escape::encode_double_quoted_attribute(user.email.as_str()),
        field(
            "password",
            &t("page-password"),
            &errors.0,
            Some(state.i18n.format(
                locale,
                "page-password-hint",
                &[("min", MIN_PASSWORD_CHARS.to_string())]
            )),
        ),
        field("confirm", &t("page-confirm"), &errors.1, None),
        esc(&t("page-submit")),
    );
    let status = if errors.0.is_some() || errors.1.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page(status, locale, &title, &body)
}

/// `GET /account/password?token=…`: the form to choose a password, in the user's language.
#[utoipa::path(
    get,
    path = "/password",
    tag = "lifecycle",
    params(TokenQuery),
    responses(
        (status = 200, description = "The form", content_type = "text/html"),
        (status = 410, description = "The link expired, was used or was replaced", content_type = "text/html"),
    )
)]
pub async fn password_page(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    headers: HeaderMap,
) -> Result<Response, Refusal> {
    let Some((user, purpose)) = link_user(&state, &q.token).await? else {
        return Ok(invalid_link_page(&state, &headers));
    };
    let locale = user_locale(&state, &user.profile, &headers);
    Ok(form_page(
        &state,
        &locale,
        &user.profile,
        &purpose,
        &q.token,
        (None, None),
    ))
}

/// `POST /account/password`: sets the password, uses up the link, activates an account that was
/// not active yet, and ends every session of the user (a reset locks out whoever knew the old one).
#[utoipa::path(
    post,
    path = "/password",
    tag = "lifecycle",
    request_body(content = PasswordForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The password is set", content_type = "text/html"),
        (status = 410, description = "The link expired, was used or was replaced", content_type = "text/html"),
        (status = 422, description = "The form again, with the error at its field", content_type = "text/html"),
    )
)]
pub async fn set_password(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Result<Form<PasswordForm>, axum::extract::rejection::FormRejection>,
) -> Result<Response, Refusal> {
    let Ok(Form(form)) = form else {
        return Ok(invalid_link_page(&state, &headers));
    };
    let Some((user, purpose)) = link_user(&state, &form.token).await? else {
        return Ok(invalid_link_page(&state, &headers));
    };
    let locale = user_locale(&state, &user.profile, &headers);
    let password_error = if form.password.chars().count() < MIN_PASSWORD_CHARS {
        Some(state.i18n.format(
            &locale,
            "auth-error-weak-password",
            &[("min", MIN_PASSWORD_CHARS.to_string())],
        ))
    } else if form.password.len() > MAX_PASSWORD_BYTES {
        Some(state.i18n.format(&locale, "auth-error-long-password", &[]))
    } else {
        None
    };
    let confirm_error = (password_error.is_none() && form.confirm != form.password)
        .then(|| state.i18n.format(&locale, "page-error-mismatch", &[]));
    if password_error.is_some() || confirm_error.is_some() {
        return Ok(form_page(
            &state,
            &locale,
            &user.profile,
            &purpose,
            &form.token,
            (password_error, confirm_error),
        ));
    }
    let password = form.password;
    let phc = hash_password_off_runtime(password)
        .await
        .ok_or_else(Refusal::internal)?;
    let now = state.store.now();
    let id = user.profile.id;
    let (activated, action) = match user.profile.status.apply(LifecycleEvent::Activate) {
        Ok(status) => {
            let mut profile = user.profile.clone();
            profile.status = status;
            profile.activated_at = Some(now);
            (Some(profile), "activate")
        }
        Err(_) => (None, "set-password"),
    };
    let (write, after) = advance(&user, activated, now);
    let audit = crate::store::AuditEvent {
        actor_id: id,
        action,
        target_id: id.0,
        changes: changes(Some(&user.profile), Some(&after.profile)),
        client_time: None,
        server_time: now,
        idempotency_key: None,
    };
    let effects = [
        Effect::SpendToken {
            hash: token_hash(&form.token),
        },
        Effect::SetPassword { user_id: id, phc },
        Effect::EndSessions { user_id: id },
        Effect::ClearSignInFailures {
            login_key: user.profile.email.key(),
        },
    ];
    let done = state
        .store
        .commit_change(
            std::slice::from_ref(&write),
            std::slice::from_ref(&audit),
            None,
            &effects,
        )
        .await?;
    if !done {
        // Used a moment ago by another request, or the user changed meanwhile.
        return Ok(invalid_link_page(&state, &headers));
    }
    let text = state.i18n.format_text(
        &locale,
        "page-done",
        &[("email", user.profile.email.as_str().to_owned())],
    );
    Ok(page(
        StatusCode::OK,
        &locale,
        &state.i18n.format(&locale, "page-done-title", &[]),
        &format!("<p>{}</p>\n", html_escape::encode_text(&text)),
    ))
}
