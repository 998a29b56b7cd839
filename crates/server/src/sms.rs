//! Optional delivery of phone-verification codes by SMS, through an HTTP gateway the organization
//! runs or rents (off unless configured). The server POSTs one JSON document per message:
//!
//! ```json
//! {"to": "+447400123456", "text": "Your Userdesk code is 123456 …"}
//! ```
//!
//! with `Authorization: Bearer <token>` when a token is configured. Any 2xx answer means the
//! gateway took the message.

use std::time::Duration;

/// Why a message did not reach the gateway.
#[derive(Debug, thiserror::Error)]
pub enum SmsError {
    #[error("the SMS gateway address {0} is not an http:// or https:// URL")]
    BadUrl(String),
    #[error("the SMS gateway cannot be reached: {0}")]
    Unreachable(String),
    #[error("the SMS gateway refused the message ({0})")]
    Refused(u16),
}

/// Where SMS go.
#[derive(Clone)]
pub struct SmsGateway {
    url: reqwest::Url,
    token: Option<String>,
    http: reqwest::Client,
}

impl std::fmt::Debug for SmsGateway {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmsGateway")
            .field("url", &self.url.as_str())
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl SmsGateway {
    pub fn new(url: &str, token: Option<String>) -> Result<Self, SmsError> {
        let parsed = reqwest::Url::parse(url).map_err(|_| SmsError::BadUrl(url.to_owned()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(SmsError::BadUrl(url.to_owned()));
        }
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .connect_timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| SmsError::Unreachable(e.to_string()))?;
        Ok(Self {
            url: parsed,
            token: token.filter(|t| !t.is_empty()),
            http,
        })
    }

    /// Hands `text` for `to` (E.164) to the gateway.
    pub async fn send(&self, to: &str, text: &str) -> Result<(), SmsError> {
        let mut request = self
            .http
            .post(self.url.clone())
            .json(&serde_json::json!({"to": to, "text": text}));
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        let answer = request
            .send()
            .await
            .map_err(|e| SmsError::Unreachable(e.without_url().to_string()))?;
        if answer.status().is_success() {
            Ok(())
        } else {
            Err(SmsError::Refused(answer.status().as_u16()))
        }
    }
}

/// An e-mail address as shown to someone who asked for a code to be sent there: enough to
/// recognize it (`a•••@example.com`), not to learn it.
pub fn masked_email(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}•••@{domain}")
        }
        None => "•••".to_owned(),
    }
}

/// A phone number as shown after a code was sent to it: its last three digits.
pub fn masked_phone(e164: &str) -> String {
    let digits: Vec<char> = e164.chars().filter(char::is_ascii_digit).collect();
    let tail: String = digits[digits.len().saturating_sub(3)..].iter().collect();
    format!("•••{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_shown_masked() {
        assert_eq!(masked_email("ada@example.com"), "a•••@example.com");
        assert_eq!(masked_email("é@example.com"), "é•••@example.com");
        assert_eq!(masked_phone("+447400123456"), "•••456");
        assert_eq!(masked_phone("+1"), "•••1");
    }

    #[test]
    fn only_web_addresses_are_gateways() {
        assert!(SmsGateway::new("https://sms.example.com/send", None).is_ok());
        assert!(SmsGateway::new("ftp://sms.example.com", None).is_err());
        assert!(SmsGateway::new("not a url", None).is_err());
        let g = SmsGateway::new("https://sms.example.com", Some("secret".into())).expect("ok");
        assert!(!format!("{g:?}").contains("secret"));
    }
}
