//! `userdesk-server serve`: the account server on 127.0.0.1 by default (HTTPS with rustls when given
//! a certificate), its users in a SQLite file in the data folder, or in PostgreSQL when
//! `DATABASE_URL` is a postgres URL.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use axum_server::tls_rustls::RustlsConfig;
use clap::{Parser, Subcommand};
use userdesk_i18n::Localizer;
use userdesk_server::mail::{Delivery, Mailer, spawn_delivery};
use userdesk_server::store::Store;
use userdesk_server::{AppState, service};

#[derive(Parser)]
#[command(
    name = "userdesk-server",
    version,
    about = "The Userdesk account server"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the account and its first Super admin. The password is read from
    /// USERDESK_ADMIN_PASSWORD or, if unset, from the first line of standard input.
    Init {
        #[arg(long, env = "USERDESK_DATA_DIR", default_value = "userdesk-data")]
        data_dir: PathBuf,
        #[arg(long, env = "DATABASE_URL")]
        database_url: Option<String>,
        /// The Super admin's e-mail address (their username).
        #[arg(long)]
        email: String,
        #[arg(long)]
        first_name: String,
        #[arg(long)]
        last_name: String,
    },
    /// Add demo users to the account: to try the server, and for benchmarks.
    Demo {
        #[arg(long, env = "USERDESK_DATA_DIR", default_value = "userdesk-data")]
        data_dir: PathBuf,
        #[arg(long, env = "DATABASE_URL")]
        database_url: Option<String>,
        /// How many users.
        #[arg(long, default_value_t = 500)]
        count: usize,
        /// The same seed makes the same people.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Serve the account over HTTP.
    Serve {
        /// Folder for the SQLite database and, without SMTP, outgoing e-mails.
        #[arg(long, env = "USERDESK_DATA_DIR", default_value = "userdesk-data")]
        data_dir: PathBuf,
        /// PostgreSQL instead of SQLite, e.g. postgres://user@host/userdesk.
        #[arg(long, env = "DATABASE_URL")]
        database_url: Option<String>,
        /// Address to listen on.
        #[arg(long, env = "USERDESK_LISTEN", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// The URL clients reach this server at (default: http://<listen>). Links in e-mails
        /// point there.
        #[arg(long, env = "USERDESK_PUBLIC_URL")]
        public_url: Option<String>,
        /// Send e-mails over SMTP: smtp://host:25, smtp://user:pass@host:587?tls=required
        /// (STARTTLS) or smtps://user:pass@host. Without it, each e-mail is written as an .eml
        /// file into <data-dir>/mail.
        #[arg(long, env = "USERDESK_SMTP_URL")]
        smtp_url: Option<String>,
        /// The sender of the server's e-mails.
        #[arg(
            long,
            env = "USERDESK_MAIL_FROM",
            default_value = "Userdesk <no-reply@userdesk.invalid>"
        )]
        mail_from: String,
        /// Also offer phone-verification codes by SMS, POSTed as JSON {"to", "text"} to this
        /// HTTP gateway. Without it, codes go by e-mail only.
        #[arg(long, env = "USERDESK_SMS_GATEWAY_URL")]
        sms_gateway_url: Option<String>,
        /// Bearer token for the SMS gateway (best given in the environment).
        #[arg(long, env = "USERDESK_SMS_GATEWAY_TOKEN", hide_env_values = true)]
        sms_gateway_token: Option<String>,
        /// Reverse proxies in front of the server (comma-separated IP addresses): their
        /// X-Forwarded-For names the client, whose sign-in failures are counted.
        #[arg(long, env = "USERDESK_TRUSTED_PROXIES", value_delimiter = ',')]
        trusted_proxies: Vec<std::net::IpAddr>,
        /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
        #[arg(long, env = "USERDESK_TLS_CERT", requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// The certificate's private key (PEM: PKCS#8, PKCS#1 or SEC1).
        #[arg(long, env = "USERDESK_TLS_KEY", requires = "tls_cert")]
        tls_key: Option<PathBuf>,
    },
}

fn database_url(data_dir: &std::path::Path, explicit: Option<String>) -> Result<String, String> {
    if let Some(url) = explicit {
        return Ok(url);
    }
    std::fs::create_dir_all(data_dir)
        .map_err(|e| format!("cannot create {}: {e}", data_dir.display()))?;
    Ok(format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("userdesk.sqlite3").display()
    ))
}

struct ServeOptions {
    data_dir: PathBuf,
    database_url: Option<String>,
    listen: SocketAddr,
    public_url: Option<String>,
    smtp_url: Option<String>,
    mail_from: String,
    sms: Option<(String, Option<String>)>,
    trusted_proxies: Vec<std::net::IpAddr>,
    tls: Option<(PathBuf, PathBuf)>,
}

async fn serve(o: ServeOptions) -> Result<(), String> {
    let url = database_url(&o.data_dir, o.database_url)?;
    let delivery = match &o.smtp_url {
        Some(smtp) => Delivery::smtp(smtp).map_err(|e| e.to_string())?,
        None => Delivery::Files(o.data_dir.join("mail")),
    };
    let mailer = Mailer::new(&o.mail_from, delivery).map_err(|e| e.to_string())?;
    let store = Store::open(&url).await.map_err(|e| e.to_string())?;
    let i18n = Arc::new(Localizer::load().map_err(|e| e.to_string())?);
    let tls = match &o.tls {
        Some((cert, key)) => Some(RustlsConfig::from_pem_file(cert, key).await.map_err(|e| {
            format!(
                "cannot load the certificate {} and key {}: {e}",
                cert.display(),
                key.display()
            )
        })?),
        None => None,
    };
    let listen = o.listen;
    let listener = std::net::TcpListener::bind(listen)
        .and_then(|l| l.set_nonblocking(true).map(|()| l))
        .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let base = o
        .public_url
        .unwrap_or_else(|| format!("{scheme}://{local}"));
    spawn_delivery(store.clone(), mailer.clone());
    let mut state = AppState::new(store, i18n, &base, mailer);
    if let Some((url, token)) = o.sms {
        let gateway =
            userdesk_server::sms::SmsGateway::new(&url, token).map_err(|e| e.to_string())?;
        state = state.with_sms(gateway);
    }
    state.trusted_proxies = o.trusted_proxies;
    // Tests and scripts read this line to learn the port when listening on port 0.
    println!("userdesk-server listening on {scheme}://{local}");
    match tls {
        Some(config) => axum_server::from_tcp_rustls(listener, config)
            .map_err(|e| e.to_string())?
            .serve(service(state))
            .await
            .map_err(|e| e.to_string()),
        None => {
            let listener =
                tokio::net::TcpListener::from_std(listener).map_err(|e| e.to_string())?;
            axum::serve(listener, service(state))
                .await
                .map_err(|e| e.to_string())
        }
    }
}

async fn init(
    data_dir: PathBuf,
    database_url_arg: Option<String>,
    email: String,
    first: String,
    last: String,
) -> Result<(), String> {
    let password = match std::env::var("USERDESK_ADMIN_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| format!("cannot read the password: {e}"))?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    let url = database_url(&data_dir, database_url_arg)?;
    let store = Store::open(&url).await.map_err(|e| e.to_string())?;
    let id = userdesk_server::account::init_account(&store, &email, &first, &last, &password)
        .await
        .map_err(|e| e.to_string())?;
    println!("created the account; its Super admin {email} has id {id}");
    Ok(())
}

async fn demo(
    data_dir: PathBuf,
    database_url_arg: Option<String>,
    count: usize,
    seed: u64,
) -> Result<(), String> {
    let url = database_url(&data_dir, database_url_arg)?;
    let store = Store::open(&url).await.map_err(|e| e.to_string())?;
    let added = userdesk_server::account::add_demo_users(&store, count, seed)
        .await
        .map_err(|e| e.to_string())?;
    println!("added {added} demo users");
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    // One TLS implementation for the server and its SMTP client: rustls with ring.
    let _ = rustls::crypto::ring::default_provider().install_default();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match Cli::parse().command {
        Command::Serve {
            data_dir,
            database_url,
            listen,
            public_url,
            smtp_url,
            mail_from,
            sms_gateway_url,
            sms_gateway_token,
            trusted_proxies,
            tls_cert,
            tls_key,
        } => {
            serve(ServeOptions {
                data_dir,
                database_url,
                listen,
                public_url,
                smtp_url,
                mail_from,
                sms: sms_gateway_url.map(|url| (url, sms_gateway_token)),
                trusted_proxies,
                tls: tls_cert.zip(tls_key),
            })
            .await
        }
        Command::Demo {
            data_dir,
            database_url,
            count,
            seed,
        } => demo(data_dir, database_url, count, seed).await,
        Command::Init {
            data_dir,
            database_url,
            email,
            first_name,
            last_name,
        } => init(data_dir, database_url, email, first_name, last_name).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("userdesk-server: {e}");
            ExitCode::FAILURE
        }
    }
}
