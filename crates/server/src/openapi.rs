//! The OpenAPI document of the endpoints SCIM leaves out: sign-in, My Account, the lifecycle
//! e-mails and their page, phone verification, the audit history and the role catalog. (SCIM
//! describes itself at `/scim/v2/Schemas`, `/ResourceTypes` and `/ServiceProviderConfig`.)
//!
//! The routes are registered from the same annotations that write the document
//! (`utoipa_axum::OpenApiRouter`), so the two cannot drift apart.

use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Userdesk account server",
        description = "What the account server offers beside SCIM 2.0 (which is under /scim/v2 and describes itself there).",
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "sign-in", description = "Password sign-in, token refresh and sign-out"),
        (name = "my-account", description = "What signed-in users do to their own account"),
        (name = "lifecycle", description = "Activation, welcome and password-reset e-mails, and the page their links open"),
        (name = "phone", description = "Verifying a mobile number with a code sent by e-mail"),
        (name = "admin", description = "Audit history and role catalog"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An access token from POST /auth/sign-in"))
                    .build(),
            ),
        );
    }
}

/// A refused request (RFC 7644 §3.12), with `detail` in the reader's language.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub schemas: Vec<String>,
    /// The HTTP status, as a string.
    pub status: String,
    #[serde(rename = "scimType")]
    pub scim_type: Option<String>,
    /// What went wrong, prefixed with the field at fault (`new_password: …`).
    pub detail: String,
}

/// Tokens from a sign-in or refresh.
#[derive(Serialize, ToSchema)]
pub struct Tokens {
    /// Always `Bearer`.
    pub token_type: String,
    pub access_token: String,
    /// Seconds the access token stays valid.
    pub expires_in: i64,
    /// Works once: refreshing returns a new one. Presenting a spent one signs the user out
    /// everywhere.
    pub refresh_token: String,
}

/// One audit event.
#[derive(Serialize, ToSchema)]
pub struct AuditEventBody {
    pub id: String,
    /// Who did it.
    pub actor: String,
    /// `create`, `update`, `deactivate`, `reactivate`, `delete`, `activate`, `set-password`,
    /// `send-activation-email`, `send-welcome-email`, `send-password-reset-email`,
    /// `start-phone-verification`, `verify-phone`, `group-create`, `group-update`, `group-delete`.
    pub action: String,
    /// The user or group acted on.
    pub target: String,
    /// `{field, before, after}` per changed field.
    #[schema(value_type = Vec<Object>)]
    pub changes: serde_json::Value,
    /// When the edit was made on the client (offline edits arrive later).
    #[serde(rename = "clientTime")]
    pub client_time: Option<String>,
    /// When it reached the server.
    #[serde(rename = "serverTime")]
    pub server_time: String,
    #[serde(rename = "idempotencyKey")]
    pub idempotency_key: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AuditEvents {
    pub events: Vec<AuditEventBody>,
}

#[derive(Serialize, ToSchema)]
pub struct RoleBody {
    pub id: String,
    pub name: String,
    #[serde(rename = "builtIn")]
    pub built_in: bool,
    /// e.g. `users.view`, `users.edit`, `roles.assign`, `config.manage`, `audit.view`.
    pub permissions: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RoleCatalog {
    pub roles: Vec<RoleBody>,
    #[serde(rename = "maxRolesPerUser")]
    pub max_roles_per_user: usize,
}

/// A verification code is on its way.
#[derive(Serialize, ToSchema)]
pub struct PhoneVerificationStarted {
    /// The number, E.164.
    pub phone: String,
    #[serde(rename = "expiresAt")]
    pub expires_at: String,
    /// No other code is sent before this time.
    #[serde(rename = "resendAfter")]
    pub resend_after: String,
    #[serde(rename = "attemptsLeft")]
    pub attempts_left: i64,
    /// The user as SCIM resource (its version may have changed).
    #[schema(value_type = Object)]
    pub user: serde_json::Value,
}

/// A user as SCIM resource (see `/scim/v2/Schemas`).
#[derive(Serialize, ToSchema)]
#[schema(value_type = Object)]
pub struct ScimUser(pub serde_json::Value);
