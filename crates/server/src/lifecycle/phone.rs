//! Mobile-number verification: a six-digit code sent by e-mail (or SMS), then confirmed.

use super::*;

/// Mobile-number codes: lifetime, wrong guesses allowed, and the wait before another is sent.
pub const PHONE_CODE_LIFETIME: Duration = Duration::minutes(10);
pub const PHONE_CODE_ATTEMPTS: i64 = 5;
pub const PHONE_CODE_RESEND_AFTER: Duration = Duration::seconds(60);
/// Codes checked for one number of one user in a day, whichever code they were for: a new code
/// does not bring new guesses.
pub const PHONE_CODE_TRIES: crate::store::TryLimits = crate::store::TryLimits {
    threshold: 10,
    first_lock: Duration::days(1),
    max_lock: Duration::days(1),
};
/// Codes sent for one number of one user in a day.
pub const PHONE_CODE_SENDS: crate::store::TryLimits = crate::store::TryLimits {
    threshold: 5,
    first_lock: Duration::days(1),
    max_lock: Duration::days(1),
};

/// The counts of codes checked and codes sent for `number` of `user`.
fn phone_counts(user: userdesk_core::UserId, number: &str) -> (String, String) {
    (
        format!("phone-checks:{user}:{number}"),
        format!("phone-sends:{user}:{number}"),
    )
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct StartPhone {
    /// ISO 3166-1 country ("DE"); without it the number must start with +.
    country: Option<String>,
    /// As typed ("030 1234567" or "+49 30 1234567").
    number: String,
    /// How the code travels: `email` (the default: to the user's address) or `sms` (to the
    /// number itself, when the server has an SMS gateway).
    #[serde(default)]
    channel: Option<String>,
}

/// How a phone code travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Channel {
    Email,
    Sms,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ConfirmPhone {
    /// The six digits from the e-mail (spaces ignored).
    code: String,
}

fn read_json<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, Refusal> {
    serde_json::from_slice(body)
        .map_err(|_| Refusal::bad_request("invalidSyntax", Message::new("scim-error-bad-json")))
}

fn code_hash(salt: &str, code: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update(b":");
    h.update(code.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Six random digits, uniformly drawn.
fn new_code() -> Result<String, Refusal> {
    loop {
        let mut b = [0u8; 4];
        getrandom::fill(&mut b).map_err(|_| Refusal::internal())?;
        let n = u32::from_le_bytes(b);
        // Reject the top sliver so every code is equally likely.
        if n < u32::MAX - u32::MAX % 1_000_000 {
            return Ok(format!("{:06}", n % 1_000_000));
        }
    }
}

fn editable(actor: &Actor, user: &UserProfile) -> Result<(), Refusal> {
    actor
        .may(Action::EditProfile, &target(user))
        .map_err(denied)
}

/// `POST /api/users/{id}/phone-verification` with `{country, number}`: sets the mobile number
/// (unverified unless it is the number already verified) and e-mails the user a 6-digit code.
/// Another code can be asked for after a minute.
#[utoipa::path(
    post,
    path = "/users/{id}/phone-verification",
    tag = "phone",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user")),
    request_body = StartPhone,
    responses(
        (status = 202, description = "The code is on its way", body = crate::openapi::PhoneVerificationStarted),
        (status = 400, description = "Not a valid number for that country", body = crate::openapi::ErrorBody),
        (status = 403, description = "The caller may not edit this user", body = crate::openapi::ErrorBody),
        (status = 429, description = "A code was sent less than a minute ago (see Retry-After)", body = crate::openapi::ErrorBody),
    )
)]
pub async fn start_phone_verification(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let idem = idempotency(
        &headers,
        &format!("POST /users/{id}/phone-verification"),
        &body,
    );
    if let Some(r) = replay(&state, &actor, &idem).await? {
        return Ok(r);
    }
    let id = parse_id(&id)?;
    let req: StartPhone = read_json(&body)?;
    let current = visible(&state, &actor, id).await?;
    editable(&actor, &current.profile)?;
    let channel = match req.channel.as_deref().map(str::trim) {
        None | Some("" | "email") => Channel::Email,
        Some("sms") if state.sms.is_some() => Channel::Sms,
        Some("sms") => {
            return Err(
                Refusal::bad_request("invalidValue", Message::new("error-phone-sms-off"))
                    .at("channel"),
            );
        }
        Some(_) => {
            return Err(
                Refusal::bad_request("invalidValue", Message::new("error-phone-channel"))
                    .at("channel"),
            );
        }
    };
    let number = match req.country.as_deref().map(str::trim) {
        Some(c) if !c.is_empty() => PhoneE164::from_parts(c, &req.number),
        _ => PhoneE164::parse(&req.number),
    }
    .map_err(|e| {
        let field = match e {
            userdesk_core::phone::PhoneError::UnknownCountry => "country",
            _ => "number",
        };
        Refusal::bad_request("invalidValue", e.message()).at(field)
    })?;
    if current.profile.status == Status::Inactive {
        return Err(lifecycle_refusal(LifecycleError::Inactive));
    }
    let now = state.store.now();
    if let Some(pending) = state.store.phone_code(id).await?
        && pending.last_sent + PHONE_CODE_RESEND_AFTER > now
    {
        let wait = (pending.last_sent + PHONE_CODE_RESEND_AFTER - now)
            .whole_seconds()
            .max(1);
        return Ok(crate::auth::too_many(
            Message::new("error-phone-code-wait").with("seconds", wait),
            wait,
        ));
    }
    let (_, sends) = phone_counts(id, number.as_str());
    if let crate::store::Try::Locked { .. } = state
        .store
        .take_try(&sends, None, now, PHONE_CODE_SENDS)
        .await?
    {
        return Err(Refusal::new(
            StatusCode::TOO_MANY_REQUESTS,
            None,
            Message::new("error-phone-sends-today"),
        )
        .at("number"));
    }
    let already_verified = current
        .profile
        .mobile_phone
        .as_ref()
        .is_some_and(|m| m.verified && m.number == number);
    let mut after = current.profile.clone();
    after.mobile_phone = Some(MobilePhone {
        number: number.clone(),
        verified: already_verified,
    });
    let code = new_code()?;
    let salt = new_token();
    let locale = recipient_locale(&state.i18n, &after);
    let content = Content {
        kind: "phone-code",
        subject: state.i18n.format_text(&locale, "email-phone-subject", &[]),
        paragraphs: vec![
            format!(
                "{}\n\n{}",
                greeting(&state, &locale, &after),
                state.i18n.format_text(
                    &locale,
                    "email-phone-intro",
                    &[("phone", number.international())]
                )
            ),
            code.clone(),
            state.i18n.format(
                &locale,
                "email-phone-expiry",
                &[("minutes", PHONE_CODE_LIFETIME.whole_minutes().to_string())],
            ),
            state.i18n.format_text(&locale, "email-signature", &[]),
        ],
        action: None,
        footer: footer(&state, &locale, &after),
    };
    let mut effects = vec![Effect::PhoneCode {
        user_id: id,
        phone: number.as_str().to_owned(),
        salt: salt.clone(),
        hash: code_hash(&salt, &code),
        expires: now + PHONE_CODE_LIFETIME,
    }];
    let sent_to = match channel {
        Channel::Email => {
            effects.push(Effect::Mail(
                compose(&state.mailer, &after, &locale, content).map_err(mail_refusal)?,
            ));
            crate::sms::masked_email(after.email.as_str())
        }
        Channel::Sms => crate::sms::masked_phone(number.as_str()),
    };
    let sms_text = (channel == Channel::Sms).then(|| {
        state.i18n.format_text(
            &locale,
            "sms-phone-code",
            &[
                ("code", code.clone()),
                ("minutes", PHONE_CODE_LIFETIME.whole_minutes().to_string()),
            ],
        )
    });
    let (write, record) = advance(&current, Some(after), now);
    let out = Out {
        status: StatusCode::ACCEPTED,
        body: Some(json!({
            "phone": number.as_str(),
            "expiresAt": crate::store::sql::fmt_time(now + PHONE_CODE_LIFETIME),
            "resendAfter": crate::store::sql::fmt_time(now + PHONE_CODE_RESEND_AFTER),
            "attemptsLeft": PHONE_CODE_ATTEMPTS,
            "channel": match channel { Channel::Email => "email", Channel::Sms => "sms" },
            "sentTo": sent_to,
            "user": resource(&state, &record),
        })),
        etag: Some(record.etag()),
        location: None,
    };
    let diff = changes(Some(&current.profile), Some(&record.profile));
    let reply = commit(
        &state,
        &actor,
        &headers,
        &idem,
        Mutation {
            write,
            action: "start-phone-verification",
            target: id,
            diff,
            out,
            effects,
        },
    )
    .await?;
    if let (Some(text), Some(gateway)) = (sms_text, &state.sms)
        && let Err(e) = gateway.send(number.as_str(), &text).await
    {
        tracing::warn!(error = %e, "a phone code did not reach the SMS gateway");
        // The code went nowhere: it is void, and another may be asked for at once.
        state
            .store
            .commit_change(&[], &[], None, &[Effect::ClearPhoneCode { user_id: id }])
            .await?;
        return Err(Refusal::new(
            StatusCode::BAD_GATEWAY,
            None,
            Message::new("error-phone-sms-failed"),
        )
        .at("channel"));
    }
    Ok(reply)
}

fn code_refusal(id: &'static str) -> Refusal {
    Refusal::bad_request("invalidValue", Message::new(id)).at("code")
}

/// `POST /api/users/{id}/phone-verification/confirm` with `{code}`: the right code, in time and
/// within the attempts, marks the mobile number verified.
#[utoipa::path(
    post,
    path = "/users/{id}/phone-verification/confirm",
    tag = "phone",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The user")),
    request_body = ConfirmPhone,
    responses(
        (status = 200, description = "Verified; the user as SCIM resource", body = crate::openapi::ScimUser),
        (status = 400, description = "Wrong, expired or used-up code (the tries left are in the detail)", body = crate::openapi::ErrorBody),
    )
)]
pub async fn confirm_phone(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let id = parse_id(&id)?;
    let req: ConfirmPhone = read_json(&body)?;
    let current = visible(&state, &actor, id).await?;
    editable(&actor, &current.profile)?;
    let now = state.store.now();
    let Some(pending) = state.store.phone_code(id).await? else {
        return Err(code_refusal("error-phone-code-none"));
    };
    if pending.expires <= now {
        return Err(code_refusal("error-phone-code-expired"));
    }
    let (checks, _) = phone_counts(id, &pending.phone);
    if let crate::store::Try::Locked { .. } = state
        .store
        .take_try(&checks, None, now, PHONE_CODE_TRIES)
        .await?
    {
        return Err(code_refusal("error-phone-code-today"));
    }
    if !state
        .store
        .phone_code_attempt(id, PHONE_CODE_ATTEMPTS)
        .await?
    {
        return Err(code_refusal("error-phone-code-attempts"));
    }
    let code: String = req.code.chars().filter(|c| !c.is_whitespace()).collect();
    let right = code.len() == 6
        && bool::from(
            code_hash(&pending.salt, &code)
                .as_bytes()
                .ct_eq(pending.hash.as_bytes()),
        );
    if !right {
        let left = (PHONE_CODE_ATTEMPTS - pending.attempts - 1).max(0);
        return Err(if left == 0 {
            code_refusal("error-phone-code-attempts")
        } else {
            Refusal::bad_request(
                "invalidValue",
                Message::new("error-phone-code-wrong").with("left", left),
            )
            .at("code")
        });
    }
    // The code proves the number it was sent to; if the profile holds another one by now, it
    // proves nothing about that.
    let Some(mobile) = current
        .profile
        .mobile_phone
        .as_ref()
        .filter(|m| m.number.as_str() == pending.phone)
    else {
        return Err(code_refusal("error-phone-code-other-number"));
    };
    let mut after = current.profile.clone();
    after.mobile_phone = Some(MobilePhone {
        number: mobile.number.clone(),
        verified: true,
    });
    let (write, record) = advance(&current, Some(after), now);
    let out = user_out(&state, &record);
    let diff = changes(Some(&current.profile), Some(&record.profile));
    commit(
        &state,
        &actor,
        &headers,
        &None,
        Mutation {
            write,
            action: "verify-phone",
            target: id,
            diff,
            out,
            effects: vec![Effect::ClearPhoneCode { user_id: id }],
        },
    )
    .await
}
