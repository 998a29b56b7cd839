//! E-mails as the tests read them: parsed from what the server sent, and waited for.

use mail_parser::MessageParser;

use super::server::TestServer;

/// What a test reads from a received e-mail.
#[derive(Debug)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub language: String,
    pub text: String,
    pub html: String,
}

pub fn read_mail(raw: &[u8]) -> Mail {
    let m = MessageParser::default()
        .parse(raw)
        .expect("an RFC 5322 message");
    Mail {
        to: m
            .to()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned(),
        subject: m.subject().unwrap_or_default().to_owned(),
        language: m
            .header_raw("Content-Language")
            .unwrap_or_default()
            .trim()
            .to_owned(),
        text: m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: m.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
    }
}

impl Mail {
    /// The link to the password page.
    pub fn link(&self) -> String {
        self.text
            .split_whitespace()
            .find(|w| w.contains("/account/password?token="))
            .unwrap_or_else(|| panic!("no link in {}", self.text))
            .to_owned()
    }

    /// The six-digit code.
    pub fn code(&self) -> String {
        self.text
            .lines()
            .map(str::trim)
            .find(|l| l.len() == 6 && l.chars().all(|c| c.is_ascii_digit()))
            .unwrap_or_else(|| panic!("no code in {}", self.text))
            .to_owned()
    }
}

/// Waits until `n` e-mails were written as files and returns them, oldest first.
pub async fn wait_for_files(s: &TestServer, n: usize) -> Vec<Vec<u8>> {
    let start = std::time::Instant::now();
    loop {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&s.mail_dir)
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        if files.len() >= n {
            // File names are time-ordered UUIDs (v7): name order is sending order.
            files.sort();
            return files
                .iter()
                .map(|f| std::fs::read(f).expect("eml"))
                .collect();
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "only {} of {n} e-mails were written",
            files.len()
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
