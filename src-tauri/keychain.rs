//! The OS keychain (keyring: the Secret Service on Linux, the macOS Keychain, the Windows
//! Credential Manager), where the app keeps the session with the account server.

use userdesk_sync::keychain::{Keychain, KeychainError};

const SERVICE: &str = "com.userdesk.desktop";

/// The OS keychain of the person using the computer.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsKeychain;

fn entry(server: &str, name: &str) -> Result<keyring::Entry, KeychainError> {
    keyring::Entry::new(SERVICE, &format!("{} @ {server}", name.to_lowercase()))
        .map_err(|e| KeychainError(e.to_string()))
}

impl Keychain for OsKeychain {
    fn read(&self, server: &str, name: &str) -> Result<Option<String>, KeychainError> {
        match entry(server, name)?.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(KeychainError(e.to_string())),
        }
    }

    fn write(&self, server: &str, name: &str, secret: &str) -> Result<(), KeychainError> {
        entry(server, name)?
            .set_password(secret)
            .map_err(|e| KeychainError(e.to_string()))
    }

    fn delete(&self, server: &str, name: &str) -> Result<(), KeychainError> {
        match entry(server, name)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(KeychainError(e.to_string())),
        }
    }
}
