//! Which account server the app works with: the server's address and the admin's e-mail in
//! `account.json` in the data folder. The session itself (the refresh token, or a SCIM server's
//! API token) is kept in a [`Keychain`](crate::keychain::Keychain), never in the cache, a file or
//! the log.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const FILE: &str = "account.json";

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

/// What the admin chose to work with on this computer, kept in `account.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Choice {
    Server(AccountFile),
    Demo(DemoChoice),
}

/// "Use the demo account", remembered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoChoice {
    pub demo: bool,
}

impl Choice {
    /// What was chosen here before, if anything.
    pub fn load(dir: &Path) -> Option<Choice> {
        let text = std::fs::read_to_string(dir.join(FILE)).ok()?;
        match serde_json::from_str(&text).ok()? {
            Choice::Demo(DemoChoice { demo: false }) => None,
            c => Some(c),
        }
    }

    pub fn demo() -> Choice {
        Choice::Demo(DemoChoice { demo: true })
    }

    /// Kept, replacing what was there (written to a new file first, so a crash keeps the old).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        let tmp: PathBuf = dir.join(format!("{FILE}.tmp"));
        std::fs::write(&tmp, text)?;
        std::fs::rename(tmp, dir.join(FILE))
    }

    /// Nothing chosen any more: the next start asks.
    pub fn forget(dir: &Path) -> std::io::Result<()> {
        match std::fs::remove_file(dir.join(FILE)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

impl AccountFile {
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        Choice::Server(self.clone()).save(dir)
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

/// Why a typed server address cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressError {
    Missing,
    /// Not a web address (or one with a user name, a query or a fragment in it).
    Invalid,
}

impl AddressError {
    pub fn message_id(self) -> &'static str {
        match self {
            AddressError::Missing => "sign-in-server-missing",
            AddressError::Invalid => "sign-in-server-invalid",
        }
    }
}

/// The account server's root as typed at sign-in, written one way: `accounts.example.com`
/// becomes `https://accounts.example.com`; the scheme and host are lower-cased, a trailing slash
/// dropped. Only `http` and `https` addresses of a host are taken; user names, passwords, queries
/// and fragments are refused (they would end up in every request, or mean a different resource).
pub fn server_address(typed: &str) -> Result<String, AddressError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(AddressError::Missing);
    }
    if typed.len() > 2048 || typed.chars().any(char::is_control) {
        return Err(AddressError::Invalid);
    }
    let with_scheme = if typed.contains("://") {
        typed.to_owned()
    } else {
        format!("https://{typed}")
    };
    let url = url::Url::parse(&with_scheme).map_err(|_| AddressError::Invalid)?;
    if !matches!(url.scheme(), "http" | "https")
        || url.host_str().is_none_or(str::is_empty)
        || !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
    {
        return Err(AddressError::Invalid);
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
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
    use super::{AddressError, Choice, insecure_address, server_address};

    #[test]
    fn a_typed_address_is_written_one_way() {
        for (typed, address) in [
            ("accounts.example.com", "https://accounts.example.com"),
            (
                "  HTTPS://Accounts.Example.com/  ",
                "https://accounts.example.com",
            ),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
            (
                "https://example.com/accounts/",
                "https://example.com/accounts",
            ),
            ("[::1]:3000", "https://[::1]:3000"),
            ("bücher.example", "https://xn--bcher-kva.example"),
        ] {
            assert_eq!(server_address(typed).as_deref(), Ok(address), "{typed}");
        }
        assert_eq!(server_address("   "), Err(AddressError::Missing));
        for typed in [
            "ftp://example.com",
            "https://admin:secret@example.com",
            "https://example.com/?next=evil",
            "https://example.com/#x",
            "https://",
            "exa mple.com",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "https://example.com/\u{0}",
        ] {
            assert_eq!(server_address(typed), Err(AddressError::Invalid), "{typed}");
        }
        assert_eq!(
            server_address(&format!("https://{}.example", "a".repeat(3000))),
            Err(AddressError::Invalid)
        );
    }

    #[test]
    fn the_choice_is_kept_and_read_back() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        assert_eq!(Choice::load(dir.path()), None);
        Choice::demo().save(dir.path()).expect("saved");
        assert_eq!(Choice::load(dir.path()), Some(Choice::demo()));
        let file = super::AccountFile {
            email: Some("ada@example.com".into()),
            ..super::AccountFile::new("https://accounts.example.com".into())
        };
        file.save(dir.path()).expect("saved");
        assert_eq!(Choice::load(dir.path()), Some(Choice::Server(file)));
        Choice::forget(dir.path()).expect("forgotten");
        Choice::forget(dir.path()).expect("forgetting twice is fine");
        assert_eq!(Choice::load(dir.path()), None);
    }

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
