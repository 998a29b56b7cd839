//! What every server test shares: a real server, SMTP, PostgreSQL, e-mails, processes.

pub mod mail;
pub mod postgres;
pub mod process;
pub mod server;
pub mod smtp;

/// An HTTP client; TLS (for the HTTPS tests) goes through rustls with ring, as in the server.
pub fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}
