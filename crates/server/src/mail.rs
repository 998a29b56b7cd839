//! E-mails: rendered from Fluent messages in the recipient's language, queued in the database with
//! the change that causes them, and delivered by a worker: as `.eml` files in the data folder by
//! default, or over SMTP when configured.
//!
//! Every replica runs a worker; a worker claims a message for a minute before sending it, so two
//! never send the same one, and a message whose worker died is taken over once its claim lapses.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{Address, AsyncTransport, Tokio1Executor};
use tokio::sync::Notify;
use userdesk_core::UserProfile;
use userdesk_i18n::{Locale, Localizer};

use crate::store::{OutboundMail, Store};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("{0} is not an address mail can be sent to")]
    Address(String),
    #[error("cannot build the e-mail: {0}")]
    Build(String),
    #[error("the SMTP URL is not valid: {0}")]
    SmtpUrl(String),
}

/// Where e-mails go.
#[derive(Clone)]
pub enum Delivery {
    /// One `<id>.eml` file per e-mail in this folder.
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Delivery::Files(dir) => write!(f, "Files({})", dir.display()),
            Delivery::Smtp(_) => f.write_str("Smtp"),
        }
    }
}

impl Delivery {
    /// SMTP from a URL: `smtp://host:port` (plain, for a relay on loopback),
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://host` (TLS).
    pub fn smtp(url: &str) -> Result<Self, MailError> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map(|b| Delivery::Smtp(b.timeout(Some(Duration::from_secs(30))).build()))
            .map_err(|e| MailError::SmtpUrl(e.to_string()))
    }
}

/// The sender and the way out.
#[derive(Debug, Clone)]
pub struct Mailer {
    pub from: Mailbox,
    pub delivery: Delivery,
    /// Wakes the worker when a change queued an e-mail.
    pub wake: Arc<Notify>,
    /// The wait before the first retry of a failed e-mail; it doubles with each further failure.
    pub first_retry: time::Duration,
}

impl Mailer {
    pub fn new(from: &str, delivery: Delivery) -> Result<Self, MailError> {
        let from = from
            .parse::<Mailbox>()
            .map_err(|_| MailError::Address(from.to_owned()))?;
        Ok(Self {
            from,
            delivery,
            wake: Arc::new(Notify::new()),
            first_retry: time::Duration::seconds(30),
        })
    }
}

/// The language an e-mail to this user is written in: theirs, or the account's default.
pub fn recipient_locale(i18n: &Localizer, user: &UserProfile) -> Locale {
    i18n.negotiate(&user.language.tag().into_iter().collect::<Vec<_>>())
}

/// One e-mail's content: paragraphs, and optionally a button (a link) after the first one.
pub struct Content {
    pub kind: &'static str,
    pub subject: String,
    pub paragraphs: Vec<String>,
    pub action: Option<(String, String)>,
    pub footer: String,
}

fn html(content: &Content, lang: &str, rtl: bool) -> String {
    let esc = |s: &str| html_escape::encode_text(s).into_owned();
    let mut body = String::new();
    for (i, p) in content.paragraphs.iter().enumerate() {
        body.push_str(&format!(
            "<p style=\"margin:0 0 16px\">{}</p>\n",
            esc(p).replace('\n', "<br>")
        ));
        if i == 0
            && let Some((label, link)) = &content.action
        {
            let href = html_escape::encode_double_quoted_attribute(link);
            body.push_str(&format!(
                "<p style=\"margin:24px 0\"><a href=\"{href}\" style=\"background:#2457c5;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block\">{}</a></p>\n<p style=\"margin:0 0 16px;font-size:13px;color:#555;word-break:break-all\">{}</p>\n",
                esc(label),
                esc(link)
            ));
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body style=\"font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:15px;line-height:1.5;color:#1d2330;max-width:560px;margin:0 auto;padding:24px\">\n{body}<p style=\"margin:32px 0 0;font-size:12px;color:#6b7280\">{footer}</p>\n</body></html>\n",
        dir = if rtl { "rtl" } else { "ltr" },
        title = esc(&content.subject),
        footer = esc(&content.footer),
    )
}

fn text(content: &Content) -> String {
    let mut out = String::new();
    for (i, p) in content.paragraphs.iter().enumerate() {
        out.push_str(p);
        out.push_str("\n\n");
        if i == 0
            && let Some((_, link)) = &content.action
        {
            out.push_str(link);
            out.push_str("\n\n");
        }
    }
    out.push_str("-- \n");
    out.push_str(&content.footer);
    out.push('\n');
    out
}

/// Renders an e-mail to `to` (plain text and HTML alternatives) for the outbox.
pub fn compose(
    mailer: &Mailer,
    to: &UserProfile,
    locale: &Locale,
    content: Content,
) -> Result<OutboundMail, MailError> {
    let address: Address = to
        .email
        .as_str()
        .parse()
        .map_err(|_| MailError::Address(to.email.as_str().to_owned()))?;
    let recipient = Mailbox::new(Some(to.display_name()), address);
    let id = uuid::Uuid::now_v7();
    let domain = mailer.from.email.domain().to_owned();
    let lang = locale.to_string();
    let message = lettre::Message::builder()
        .from(mailer.from.clone())
        .to(recipient.clone())
        .subject(content.subject.clone())
        .message_id(Some(format!("<{id}@{domain}>")))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Content-Language"),
            lang.clone(),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".to_owned(),
        ))
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(text(&content)),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(html(&content, &lang, Localizer::is_rtl(locale))),
                ),
        )
        .map_err(|e| MailError::Build(e.to_string()))?;
    Ok(OutboundMail {
        id: id.to_string(),
        user_id: to.id,
        kind: content.kind,
        recipient: recipient.email.to_string(),
        sender: mailer.from.email.to_string(),
        message: String::from_utf8_lossy(&message.formatted()).into_owned(),
    })
}

/// How long a claimed e-mail stays with its worker.
const CLAIM: time::Duration = time::Duration::minutes(1);

/// The wait before retrying a failed e-mail: `first`, doubling, at most an hour.
fn backoff(first: time::Duration, attempts: i64) -> time::Duration {
    let doublings = u32::try_from(attempts.clamp(0, 10)).unwrap_or(10);
    (first * 2i32.pow(doublings)).min(time::Duration::hours(1))
}

async fn send_one(
    delivery: &Delivery,
    id: &str,
    sender: &str,
    recipient: &str,
    message: &str,
) -> Result<(), String> {
    match delivery {
        Delivery::Files(dir) => {
            tokio::fs::create_dir_all(dir)
                .await
                .map_err(|e| e.to_string())?;
            // Written under a temporary name and renamed, so a reader never sees half a file.
            let part = dir.join(format!("{id}.eml.part"));
            tokio::fs::write(&part, message.as_bytes())
                .await
                .map_err(|e| e.to_string())?;
            tokio::fs::rename(&part, dir.join(format!("{id}.eml")))
                .await
                .map_err(|e| e.to_string())
        }
        Delivery::Smtp(transport) => {
            let from: Address = sender.parse().map_err(|e| format!("{e}"))?;
            let to: Address = recipient.parse().map_err(|e| format!("{e}"))?;
            let envelope =
                lettre::address::Envelope::new(Some(from), vec![to]).map_err(|e| e.to_string())?;
            transport
                .send_raw(&envelope, message.as_bytes())
                .await
                .map(|_| ())
                .map_err(|e| e.to_string())
        }
    }
}

/// Sends every due e-mail once; returns how many were sent.
pub async fn deliver_due(store: &Store, mailer: &Mailer) -> usize {
    let delivery = &mailer.delivery;
    let mut sent = 0;
    loop {
        let now = store.now();
        let batch = match store.claim_mail(now, now + CLAIM, 20).await {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the mail outbox");
                return sent;
            }
        };
        if batch.is_empty() {
            return sent;
        }
        for mail in batch {
            let result = send_one(
                delivery,
                &mail.id,
                &mail.sender,
                &mail.recipient,
                &mail.message,
            )
            .await;
            let now = store.now();
            let recorded = match &result {
                Ok(()) => store.mail_sent(&mail.id, now).await,
                Err(e) => {
                    tracing::warn!(id = %mail.id, error = %e, "e-mail not delivered; will retry");
                    store
                        .mail_failed(
                            &mail.id,
                            now + backoff(mailer.first_retry, mail.attempts),
                            e,
                        )
                        .await
                }
            };
            if let Err(e) = recorded {
                tracing::error!(id = %mail.id, error = %e, "cannot record the e-mail's delivery");
            }
            sent += usize::from(result.is_ok());
        }
    }
}

/// Runs the delivery worker until the runtime stops: woken by new mail, and at the latest every
/// few seconds for retries and for mail queued by other replicas.
pub fn spawn_delivery(store: Store, mailer: Mailer) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            deliver_due(&store, &mailer).await;
            let wait = match store.next_mail_due().await {
                Ok(Some(due)) => (due - store.now()).clamp(
                    time::Duration::milliseconds(100),
                    time::Duration::seconds(5),
                ),
                _ => time::Duration::seconds(5),
            };
            let wait =
                Duration::from_millis(u64::try_from(wait.whole_milliseconds()).unwrap_or(5000));
            tokio::select! {
                () = mailer.wake.notified() => {}
                () = tokio::time::sleep(wait) => {}
            }
        }
    })
}
