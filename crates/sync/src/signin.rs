//! Signing in to a server typed on a sign-in screen: as a person with a password (our account
//! server), or with an API token (any SCIM server). What went wrong is said in terms of the field
//! to look at again.

use userdesk_core::Email;

use crate::{Credentials, ScimClient, SyncError};

/// Longest API token taken (real ones are far shorter; this bounds what reaches the keychain).
const MAX_TOKEN: usize = 4096;

/// Why signing in did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignInError {
    #[error("no password given")]
    PasswordMissing,
    #[error("the server refused the e-mail address and password")]
    Refused,
    #[error("the server cannot be reached")]
    Unreachable,
    #[error("the address is not an account server")]
    NotAServer,
    #[error("no token given")]
    TokenMissing,
    #[error("the token holds characters a token cannot have, or is too long")]
    TokenInvalid,
    #[error("the server refused the token")]
    TokenRefused,
    #[error("no SCIM server answers at the address")]
    NotScim,
}

impl SignInError {
    /// The message that says it.
    pub fn message_id(self) -> &'static str {
        match self {
            SignInError::PasswordMissing => "sign-in-password-missing",
            SignInError::Refused => "sign-in-refused",
            SignInError::Unreachable => "sign-in-unreachable",
            SignInError::NotAServer => "sign-in-not-a-server",
            SignInError::TokenMissing => "sign-in-token-missing",
            SignInError::TokenInvalid => "sign-in-token-invalid",
            SignInError::TokenRefused => "sign-in-token-refused",
            SignInError::NotScim => "sign-in-not-scim",
        }
    }

    /// The field of the sign-in form to look at again.
    pub fn field(self) -> &'static str {
        match self {
            SignInError::PasswordMissing | SignInError::Refused => "password",
            SignInError::TokenMissing | SignInError::TokenInvalid | SignInError::TokenRefused => {
                "token"
            }
            SignInError::Unreachable | SignInError::NotAServer | SignInError::NotScim => "server",
        }
    }
}

/// Signs in to our account server at `address` (its root; SCIM is under `/scim/v2`). The
/// password is used once and kept nowhere; the session the client holds is what lasts.
pub async fn with_password(
    address: &str,
    email: &Email,
    password: String,
) -> Result<ScimClient, SignInError> {
    if password.is_empty() {
        return Err(SignInError::PasswordMissing);
    }
    let credentials = Credentials::Password {
        email: email.as_str().to_owned(),
        password,
    };
    ScimClient::connect(&format!("{address}/scim/v2"), credentials)
        .await
        .map_err(|e| match e {
            SyncError::Unauthorized => SignInError::Refused,
            SyncError::Network(_) => SignInError::Unreachable,
            _ => SignInError::NotAServer,
        })
}

/// An API token as typed, checked: trimmed, and only what a header value may hold.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiToken(String);

impl std::fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiToken(…)")
    }
}

impl ApiToken {
    pub fn parse(typed: &str) -> Result<Self, SignInError> {
        let token = typed.trim();
        if token.is_empty() {
            return Err(SignInError::TokenMissing);
        }
        // A header value: visible ASCII only, no spaces.
        if token.len() > MAX_TOKEN || !token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(SignInError::TokenInvalid);
        }
        Ok(Self(token.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A SCIM server that took an API token.
#[derive(Debug)]
pub struct TokenSignIn {
    /// Where its SCIM endpoints are.
    pub base: String,
    pub client: ScimClient,
}

/// Signs in to a SCIM server with an API token. The address may be the server's root (SCIM under
/// `/scim/v2`, as on ours) or SCIM's own base: both are tried, in that order.
pub async fn with_token(address: &str, token: &ApiToken) -> Result<TokenSignIn, SignInError> {
    let (mut refused, mut unreachable) = (false, false);
    for base in [format!("{address}/scim/v2"), address.to_owned()] {
        match ScimClient::connect(&base, Credentials::Bearer(token.0.clone())).await {
            Ok(client) => return Ok(TokenSignIn { base, client }),
            Err(SyncError::Unauthorized) => refused = true,
            Err(SyncError::Network(_)) => unreachable = true,
            Err(_) => {}
        }
    }
    Err(if refused {
        SignInError::TokenRefused
    } else if unreachable {
        SignInError::Unreachable
    } else {
        SignInError::NotScim
    })
}
