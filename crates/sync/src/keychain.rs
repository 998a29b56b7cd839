//! Where a session's secret is kept between runs: the refresh token of a person's session, or a
//! SCIM server's API token. The desktop app keeps them in the OS keychain; the engine only needs
//! these three operations, so it never depends on a keychain library.

use std::collections::HashMap;
use std::sync::Mutex;

/// The name an API token is kept under (there is no person to name it after).
pub const TOKEN_ENTRY: &str = "api-token";

/// Why the keychain could not do what was asked (its own words, for the log).
#[derive(Debug, thiserror::Error)]
#[error("the keychain: {0}")]
pub struct KeychainError(pub String);

/// A store of secrets, each named by the server it is for and a name on it (a person's e-mail
/// address, or [`TOKEN_ENTRY`]).
pub trait Keychain: Send + Sync {
    /// The secret kept, if any.
    fn read(&self, server: &str, name: &str) -> Result<Option<String>, KeychainError>;
    /// Keeps `secret`, replacing what was kept under the same names.
    fn write(&self, server: &str, name: &str, secret: &str) -> Result<(), KeychainError>;
    /// Forgets the secret (nothing kept is fine).
    fn delete(&self, server: &str, name: &str) -> Result<(), KeychainError>;
}

/// Keeps secrets only while the process runs: for the command-line tool and for tests of the
/// engine. Names are compared as the OS keychain entries are (the e-mail address in lower case).
#[derive(Debug, Default)]
pub struct MemoryKeychain {
    secrets: Mutex<HashMap<(String, String), String>>,
}

fn key(server: &str, name: &str) -> (String, String) {
    (server.to_owned(), name.to_lowercase())
}

impl Keychain for MemoryKeychain {
    fn read(&self, server: &str, name: &str) -> Result<Option<String>, KeychainError> {
        let secrets = self
            .secrets
            .lock()
            .map_err(|e| KeychainError(e.to_string()))?;
        Ok(secrets.get(&key(server, name)).cloned())
    }

    fn write(&self, server: &str, name: &str, secret: &str) -> Result<(), KeychainError> {
        let mut secrets = self
            .secrets
            .lock()
            .map_err(|e| KeychainError(e.to_string()))?;
        secrets.insert(key(server, name), secret.to_owned());
        Ok(())
    }

    fn delete(&self, server: &str, name: &str) -> Result<(), KeychainError> {
        let mut secrets = self
            .secrets
            .lock()
            .map_err(|e| KeychainError(e.to_string()))?;
        secrets.remove(&key(server, name));
        Ok(())
    }
}
