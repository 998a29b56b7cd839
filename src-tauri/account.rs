//! Which account server the app works with, and the session with it: the server's address and the
//! admin's e-mail in `account.json` in the data folder; the refresh token (or, for a SCIM server
//! used with an API token, the token) in the OS keychain (keyring), never in the cache, a file or
//! the log.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const FILE: &str = "account.json";
const KEYCHAIN_SERVICE: &str = "com.userdesk.desktop";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountFile {
    /// The server's root, e.g. `https://accounts.example.com` (SCIM is under `/scim/v2`).
    pub server: String,
    /// Who signed in last, if anyone.
    pub email: Option<String>,
    /// Signed in with an API token (a SCIM server's bearer token) rather than as a person.
    #[serde(default)]
    pub token: bool,
    /// Where the server's SCIM endpoints are, when it is not our server (found at sign-in).
    #[serde(default)]
    pub scim: Option<String>,
}

impl AccountFile {
    pub fn load(dir: &Path) -> Option<AccountFile> {
        let text = std::fs::read_to_string(dir.join(FILE)).ok()?;
        serde_json::from_str(&text).ok()
    }

    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        let tmp: PathBuf = dir.join(format!("{FILE}.tmp"));
        std::fs::write(&tmp, text)?;
        std::fs::rename(tmp, dir.join(FILE))
    }

    /// Where SCIM is served: as found at sign-in, else where our server serves it.
    pub fn scim_base(&self) -> String {
        self.scim
            .clone()
            .unwrap_or_else(|| format!("{}/scim/v2", self.server.trim_end_matches('/')))
    }

    /// Whether the server is reached without encryption over a network: `http://` to anything but
    /// this computer. Passwords, tokens and every user's data would cross the network readable.
    pub fn insecure(&self) -> bool {
        insecure_address(&self.server)
    }

    /// The file of a server not signed in to yet.
    pub fn new(server: String) -> Self {
        AccountFile {
            server,
            email: None,
            token: false,
            scim: None,
        }
    }

    /// The cache file of this server's account: one per server, so a demo cache and a real one
    /// never mix.
    pub fn cache_file(&self) -> String {
        let id = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, self.server.as_bytes());
        format!("userdesk-cache-{}.sqlite3", &id.simple().to_string()[..12])
    }
}

/// The keychain entry of an API token (there is no person to name it after).
pub const TOKEN_ENTRY: &str = "api-token";

fn entry(server: &str, email: &str) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(
        KEYCHAIN_SERVICE,
        &format!("{} @ {server}", email.to_lowercase()),
    )
}

/// Keeps the session's refresh token in the OS keychain.
pub fn keep_session(server: &str, email: &str, token: &str) {
    if let Err(e) = keep_secret(server, email, token) {
        tracing::warn!(error = %e, "the keychain cannot keep the session: sign-in will be asked again next time");
    }
}

/// Keeps a secret of this server in the OS keychain, under `name`.
pub fn keep_secret(server: &str, name: &str, secret: &str) -> keyring::Result<()> {
    entry(server, name).and_then(|e| e.set_password(secret))
}

/// The kept refresh token, if any.
pub fn session(server: &str, email: &str) -> Option<String> {
    match entry(server, email).and_then(|e| e.get_password()) {
        Ok(t) => Some(t),
        Err(keyring::Error::NoEntry) => None,
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the session from the keychain");
            None
        }
    }
}

pub fn forget_session(server: &str, email: &str) {
    if let Ok(e) = entry(server, email) {
        let _ = e.delete_credential();
    }
}

/// `http://` to a host other than loopback (`localhost`, `127.0.0.0/8`, `::1`).
pub fn insecure_address(server: &str) -> bool {
    let server = server.trim();
    let Some(rest) = server
        .get(..7)
        .filter(|scheme| scheme.eq_ignore_ascii_case("http://"))
        .and_then(|_| server.get(7..))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    match host.parse::<std::net::IpAddr>() {
        Ok(ip) => !ip.is_loopback(),
        Err(_) => !host.eq_ignore_ascii_case("localhost"),
    }
}

#[cfg(test)]
mod tests {
    use super::insecure_address;

    #[test]
    fn plain_http_is_insecure_except_to_this_computer() {
        for (address, insecure) in [
            ("http://accounts.example.com", true),
            ("http://10.0.0.5:8080", true),
            ("HTTP://Accounts.Example.com/", true),
            ("http://[2001:db8::1]:8080", true),
            ("https://accounts.example.com", false),
            ("http://127.0.0.1:8080", false),
            ("http://127.4.5.6", false),
            ("http://localhost:3000", false),
            ("http://[::1]:8080", false),
        ] {
            assert_eq!(insecure_address(address), insecure, "{address}");
        }
    }
}
