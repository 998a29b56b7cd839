//! The sync as an app runs it: whom it syncs with (a demo account's server, an organization's
//! account server signed in to as a person, or a SCIM server with an API token), the session kept
//! in a [`Keychain`], a background loop that syncs every half minute, soon after each edit and on
//! "Sync now", backing off while the server cannot be reached, and the status a UI shows (online
//! or not, last sync, what waits), handed to a [`Publisher`] whenever it may have changed.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::{Mutex, Notify};
use userdesk_cache::Cache;

use crate::account::AccountFile;
use crate::engine::LAST_SYNC;
use crate::keychain::{Keychain, TOKEN_ENTRY};
use crate::{Credentials, KeepRefresh, ScimClient, SyncError, backoff, sync};

/// How often the app syncs when nothing else asks it to.
const EVERY: Duration = Duration::from_secs(30);
/// An edit waits this long for the next ones before they go together.
const SETTLE: Duration = Duration::from_millis(400);

/// Where the app syncs to.
#[derive(Debug, Clone)]
pub enum Account {
    /// The demo account's server, running inside the app.
    Demo {
        base: String,
        email: String,
        password: String,
    },
    /// An organization's account server, signed in to with a session kept in the keychain.
    Server { base: String, email: String },
    /// A SCIM server used with an API token (kept in the keychain).
    Token { base: String },
}

impl Account {
    fn base(&self) -> &str {
        match self {
            Account::Demo { base, .. } | Account::Server { base, .. } | Account::Token { base } => {
                base
            }
        }
    }

    /// Who the app syncs as, when a person.
    fn email(&self) -> Option<String> {
        match self {
            Account::Demo { email, .. } | Account::Server { email, .. } => Some(email.clone()),
            Account::Token { .. } => None,
        }
    }
}

/// Why something only the server can do (checking a phone code, changing one's password) was not
/// done.
#[derive(Debug)]
pub enum OnlineError {
    /// The user is not on the server yet (made offline, not synced).
    NotOnServer,
    /// The server is not ours: it does not offer this.
    NotOffered,
    Failed(SyncError),
}

/// A page of a user's history.
#[derive(Debug)]
pub struct HistoryPage {
    /// Audit events as the server sent them, newest first.
    pub events: Vec<serde_json::Value>,
    /// Read from the server now (else from what the cache kept).
    pub from_server: bool,
    /// Older events follow.
    pub more: bool,
}

/// One nanosecond after the RFC 3339 time `at`.
fn just_after(at: &str) -> Option<String> {
    use time::format_description::well_known::Rfc3339;
    let t = time::OffsetDateTime::parse(at, &Rfc3339).ok()?;
    (t + time::Duration::nanoseconds(1)).format(&Rfc3339).ok()
}

/// What the UI shows of the sync.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncStatus {
    pub demo: bool,
    pub server: Option<String>,
    pub account: Option<String>,
    /// Signed in with an API token rather than as a person.
    pub token: bool,
    /// None until the first attempt.
    pub online: Option<bool>,
    pub syncing: bool,
    pub last_sync: Option<String>,
    /// Why the last attempt did not complete (a message id for the UI).
    pub problem: Option<String>,
    pub needs_sign_in: bool,
    /// The server is reached over plain `http://` across a network: the UI warns.
    pub insecure: bool,
    pub pending: u64,
    pub conflicts: u64,
    pub rejected: u64,
    /// Grows whenever a sync changed what the cache shows, so the UI knows to read it again.
    pub generation: u64,
}

struct Inner {
    cache: Cache,
    account: std::sync::Mutex<Option<Account>>,
    client: Mutex<Option<ScimClient>>,
    status: std::sync::Mutex<SyncStatus>,
    wake: Notify,
    /// The server the app is set up for (None: the demo account, or nothing chosen yet).
    file: Option<AccountFile>,
    /// The demo account (its server is handed over once it runs).
    demo: bool,
    /// The UI's language, for the server's messages.
    language: std::sync::Mutex<String>,
    /// Set when this service's workspace was replaced: the loop ends.
    stopped: std::sync::atomic::AtomicBool,
    /// The refresh token last kept in the keychain, so it is written only when it changes.
    kept: std::sync::Mutex<Option<String>>,
    /// Told the status whenever it may have changed (the window listens: nothing polls).
    publish: std::sync::Mutex<Option<Publisher>>,
    /// Where the session is kept between runs.
    keychain: Arc<dyn Keychain>,
    /// The runtime the background work runs on (the one the service was made in).
    runtime: Option<tokio::runtime::Handle>,
}

/// Hands the status to whoever shows it.
pub type Publisher = Arc<dyn Fn(&SyncStatus) + Send + Sync>;

#[derive(Clone)]
pub struct SyncService {
    inner: Arc<Inner>,
}

fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Inner {
    /// Keeps `email`'s newest refresh token in the keychain (a failure only means signing in
    /// again next time), and remembers it was kept.
    fn keep(&self, email: &str, token: &str) {
        let Some(file) = &self.file else {
            return;
        };
        if let Err(e) = self.keychain.write(&file.server, email, token) {
            tracing::warn!(error = %e, "the keychain cannot keep the session: sign-in will be asked again next time");
        }
        *lock(&self.kept) = Some(token.to_owned());
    }
}

impl SyncService {
    /// A service for `account` on the server of `file`; with neither, for the demo account, whose
    /// server is handed over by [`SyncService::use_demo`] once it runs. Made inside a Tokio
    /// runtime, which then runs its background work.
    pub fn new(
        cache: Cache,
        account: Option<Account>,
        file: Option<AccountFile>,
        language: &str,
        keychain: Arc<dyn Keychain>,
    ) -> Self {
        let demo = file.is_none();
        Self::with(cache, (account, file), demo, language, keychain)
    }

    /// A service that syncs with nothing: no server chosen yet and not the demo account. The UI
    /// asks for a server address (or the demo account).
    pub fn nothing_chosen(cache: Cache, language: &str, keychain: Arc<dyn Keychain>) -> Self {
        let me = Self::with(cache, (None, None), false, language, keychain);
        lock(&me.inner.status).needs_sign_in = true;
        me
    }

    fn with(
        cache: Cache,
        (account, file): (Option<Account>, Option<AccountFile>),
        demo: bool,
        language: &str,
        keychain: Arc<dyn Keychain>,
    ) -> Self {
        let status = SyncStatus {
            demo,
            server: file
                .as_ref()
                .map(|f| f.server.clone())
                .or_else(|| account.as_ref().map(|a| a.base().to_owned())),
            account: account.as_ref().and_then(Account::email),
            token: matches!(account, Some(Account::Token { .. })),
            needs_sign_in: file.is_some() && account.is_none(),
            insecure: file.as_ref().is_some_and(AccountFile::insecure),
            ..SyncStatus::default()
        };
        Self {
            inner: Arc::new(Inner {
                cache,
                account: std::sync::Mutex::new(account),
                client: Mutex::new(None),
                status: std::sync::Mutex::new(status),
                wake: Notify::new(),
                file,
                demo,
                language: std::sync::Mutex::new(language.to_owned()),
                stopped: std::sync::atomic::AtomicBool::new(false),
                kept: std::sync::Mutex::new(None),
                publish: std::sync::Mutex::new(None),
                keychain,
                runtime: tokio::runtime::Handle::try_current().ok(),
            }),
        }
    }

    fn spawn(&self, work: impl std::future::Future<Output = ()> + Send + 'static) {
        match &self.inner.runtime {
            Some(runtime) => {
                runtime.spawn(work);
            }
            None => tracing::error!("the sync service was made outside a runtime: nothing runs"),
        }
    }

    /// Starts the background loop.
    pub fn start(&self) {
        let me = self.clone();
        self.spawn(async move { me.run().await });
    }

    /// Ends the background loop (the workspace was replaced); nothing is synced any more.
    pub fn stop(&self) {
        self.inner
            .stopped
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.inner.wake.notify_one();
        *lock(&self.inner.publish) = None;
    }

    fn stopped(&self) -> bool {
        self.inner.stopped.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The server's messages come in `language` from now on.
    pub async fn set_language(&self, language: &str) {
        language.clone_into(&mut lock(&self.inner.language));
        if let Some(client) = self.inner.client.lock().await.as_mut() {
            client.set_language(language);
        }
    }

    /// Asks for a sync soon (after an edit, or "Sync now"); what waits is published at once.
    pub fn poke(&self) {
        self.inner.wake.notify_one();
        let me = self.clone();
        self.spawn(async move { me.publish().await });
    }

    /// From now on `publisher` is told every change of the status.
    pub fn on_status(&self, publisher: Publisher) {
        *lock(&self.inner.publish) = Some(publisher);
    }

    /// Tells the publisher the status as it is now.
    pub async fn publish(&self) {
        let status = self.status().await;
        let publisher = lock(&self.inner.publish).clone();
        if let Some(p) = publisher {
            p(&status);
        }
    }

    pub async fn status(&self) -> SyncStatus {
        self.refresh_counts().await;
        lock(&self.inner.status).clone()
    }

    /// Syncs once now, for the first start of a demo account (so the list has rows at once).
    pub async fn sync_once(&self) -> Result<(), SyncError> {
        self.attempt().await
    }

    async fn run(self) {
        let mut failures = 0u32;
        self.poke();
        loop {
            let wait = if failures == 0 {
                EVERY
            } else {
                backoff(failures - 1).min(EVERY)
            };
            tokio::select! {
                () = self.inner.wake.notified() => tokio::time::sleep(SETTLE).await,
                () = tokio::time::sleep(wait) => {}
            }
            if self.stopped() {
                return;
            }
            match self.attempt().await {
                Ok(()) => failures = 0,
                Err(e) if e.is_transient() => failures = failures.saturating_add(1),
                Err(_) => failures = 0,
            }
        }
    }

    async fn refresh_counts(&self) {
        let counts = self.inner.cache.outbox_counts().await;
        let last = self.inner.cache.sync_value(LAST_SYNC).await;
        let mut s = lock(&self.inner.status);
        if let Ok((p, c, r)) = counts {
            (s.pending, s.conflicts, s.rejected) = (p, c, r);
        }
        if let Ok(last) = last {
            s.last_sync = last;
        }
    }

    async fn client(&self) -> Result<ScimClient, SyncError> {
        let mut held = self.inner.client.lock().await;
        if let Some(c) = held.as_ref() {
            return Ok(c.clone());
        }
        let account = lock(&self.inner.account).clone();
        let Some(account) = account else {
            return Err(if self.inner.demo {
                SyncError::Network("the demo account's server is starting".into())
            } else {
                SyncError::Unauthorized
            });
        };
        let credentials = match &account {
            Account::Demo {
                email, password, ..
            } => Credentials::Password {
                email: email.clone(),
                password: password.clone(),
            },
            Account::Server { email, .. } => Credentials::Session {
                refresh: self.secret(email).ok_or(SyncError::Unauthorized)?,
            },
            Account::Token { .. } => {
                Credentials::Bearer(self.secret(TOKEN_ENTRY).ok_or(SyncError::Unauthorized)?)
            }
        };
        // A rotated refresh token goes to the keychain the moment it arrives, so that a
        // connection lost right after the refresh does not lose the session.
        let keep = match &account {
            Account::Server { email, .. } => {
                // Weak: the client is held inside `inner`.
                let (inner, email) = (Arc::downgrade(&self.inner), email.clone());
                Some(KeepRefresh::new(move |token: &str| {
                    if let Some(inner) = inner.upgrade() {
                        inner.keep(&email, token);
                    }
                }))
            }
            _ => None,
        };
        let mut client = ScimClient::connect_keeping(account.base(), credentials, keep).await?;
        client.set_language(&lock(&self.inner.language).clone());
        *held = Some(client.clone());
        Ok(client)
    }

    /// Refresh tokens are single-use: the newest one goes to the keychain.
    async fn keep_session(&self, client: &ScimClient) {
        let account = lock(&self.inner.account).clone();
        let (Some(Account::Server { email, .. }), Some(token)) =
            (account, client.refresh_token().await)
        else {
            return;
        };
        let known = lock(&self.inner.kept).as_deref() == Some(token.as_str());
        if !known {
            self.inner.keep(&email, &token);
        }
    }

    /// The secret kept under `name` for this service's server.
    fn secret(&self, name: &str) -> Option<String> {
        let file = self.inner.file.as_ref()?;
        match self.inner.keychain.read(&file.server, name) {
            Ok(secret) => secret,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the session from the keychain");
                None
            }
        }
    }

    fn forget(&self, name: &str) {
        let Some(file) = &self.inner.file else {
            return;
        };
        if let Err(e) = self.inner.keychain.delete(&file.server, name) {
            tracing::warn!(error = %e, "the keychain could not forget the session");
        }
    }

    /// The demo account's server runs: sync with it.
    pub fn use_demo(&self, account: Account) {
        {
            let mut s = lock(&self.inner.status);
            s.server = Some(account.base().to_owned());
            if let Account::Demo { email, .. } = &account {
                s.account = Some(email.clone());
            }
        }
        *lock(&self.inner.account) = Some(account);
        self.poke();
    }

    /// The admin signed in: from now on the app syncs as them.
    pub async fn signed_in(&self, email: &str, client: ScimClient) {
        let Some(file) = &self.inner.file else {
            return;
        };
        let account = Account::Server {
            base: file.scim_base(),
            email: email.to_owned(),
        };
        self.use_client(account, client).await;
    }

    /// The admin gave an API token that the server took: it is kept in the keychain, and the
    /// app syncs with it from now on.
    pub async fn signed_in_with_token(&self, base: &str, token: &str, client: ScimClient) {
        if let Some(file) = &self.inner.file
            && let Err(e) = self.inner.keychain.write(&file.server, TOKEN_ENTRY, token)
        {
            tracing::warn!(error = %e, "the keychain cannot keep the API token: it will be asked again next time");
        }
        let account = Account::Token {
            base: base.to_owned(),
        };
        self.use_client(account, client).await;
    }

    async fn use_client(&self, account: Account, mut client: ScimClient) {
        client.set_language(&lock(&self.inner.language).clone());
        {
            let mut s = lock(&self.inner.status);
            s.account = account.email();
            s.token = matches!(account, Account::Token { .. });
            s.needs_sign_in = false;
            s.problem = None;
        }
        *lock(&self.inner.account) = Some(account);
        self.keep_session(&client).await;
        *self.inner.client.lock().await = Some(client);
        self.poke();
    }

    /// The admin signed out: the session is forgotten, the cache stays.
    pub async fn signed_out(&self) {
        // The server ends the session first, so the refresh token is worthless even where a copy
        // survives (a keychain backup); offline, the session simply runs out on the server.
        let client = self.inner.client.lock().await.take();
        if let Some(client) = client {
            let ended =
                tokio::time::timeout(std::time::Duration::from_secs(10), client.sign_out()).await;
            match ended {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::warn!(error = %e, "the server could not end the session"),
                Err(_) => tracing::warn!("the server did not answer the sign-out in time"),
            }
        }
        let account = lock(&self.inner.account).take();
        match account {
            Some(Account::Server { email, .. }) => self.forget(&email),
            Some(Account::Token { .. }) => self.forget(TOKEN_ENTRY),
            _ => {}
        }
        *self.inner.client.lock().await = None;
        {
            let mut s = lock(&self.inner.status);
            s.needs_sign_in = true;
            s.token = false;
            s.online = None;
        }
        self.publish().await;
    }

    /// Confirms the mobile number of user `id` with the code the server sent: online only, since
    /// only the server can check a code. The verified user is taken into the cache at once.
    pub async fn confirm_phone(
        &self,
        id: userdesk_core::UserId,
        code: &str,
    ) -> Result<(), OnlineError> {
        let copy = self
            .inner
            .cache
            .server_copy(id)
            .await
            .map_err(|e| OnlineError::Failed(SyncError::Protocol(e.to_string())))?
            .ok_or(OnlineError::NotOnServer)?;
        let client = self.client().await.map_err(OnlineError::Failed)?;
        if !client.capabilities.userdesk {
            return Err(OnlineError::NotOffered);
        }
        let reply = client
            .confirm_phone(&copy.server_id, code)
            .await
            .map_err(OnlineError::Failed)?;
        let current = userdesk_cache::ServerCopy::of(&copy.server_id, reply, None);
        self.inner
            .cache
            .record_current(id, &current)
            .await
            .map_err(|e| OnlineError::Failed(SyncError::Protocol(e.to_string())))?;
        lock(&self.inner.status).generation += 1;
        self.publish().await;
        Ok(())
    }

    /// Changes the signed-in person's own password (online only: the server checks the current
    /// one). Not for the demo account, whose password the app keeps itself.
    pub async fn change_password(&self, current: &str, new: &str) -> Result<(), OnlineError> {
        if !matches!(*lock(&self.inner.account), Some(Account::Server { .. })) {
            return Err(OnlineError::NotOffered);
        }
        let client = self.client().await.map_err(OnlineError::Failed)?;
        if !client.capabilities.userdesk {
            return Err(OnlineError::NotOffered);
        }
        let changed = client.change_password(current, new).await;
        self.keep_session(&client).await;
        changed.map_err(OnlineError::Failed)
    }

    /// A page of user `id`'s history, newest first, older than `before` when given: from the
    /// server when it answers (and kept in the cache), else what the cache kept.
    pub async fn history(
        &self,
        id: userdesk_core::UserId,
        before: Option<&userdesk_cache::HistoryCursor>,
        limit: u32,
    ) -> Result<HistoryPage, OnlineError> {
        let cache = &self.inner.cache;
        let cached = || async {
            let events = cache
                .history(id, before, limit)
                .await
                .map_err(|e| OnlineError::Failed(SyncError::Protocol(e.to_string())))?;
            Ok(HistoryPage {
                more: events.len() == limit as usize,
                events,
                from_server: false,
            })
        };
        let copy = cache
            .server_copy(id)
            .await
            .map_err(|e| OnlineError::Failed(SyncError::Protocol(e.to_string())))?;
        let Some(copy) = copy else {
            // Not on the server yet: no history there.
            return cached().await;
        };
        let client = match self.client().await {
            Ok(c) => c,
            Err(e) if e.is_transient() || matches!(e, SyncError::Unauthorized) => {
                return cached().await;
            }
            Err(e) => return Err(OnlineError::Failed(e)),
        };
        if !client.capabilities.userdesk {
            return Err(OnlineError::NotOffered);
        }
        // The server's `until` is exclusive: ask from just after the cursor's time and leave out
        // what was shown already, so events of the very same instant are not skipped.
        let until = before.and_then(|c| just_after(&c.server_time));
        let events = match client
            .audit(&copy.server_id, until.as_deref(), limit + 1)
            .await
        {
            Ok(events) => events,
            Err(e) if e.is_transient() => return cached().await,
            Err(e) => return Err(OnlineError::Failed(e)),
        };
        self.keep_session(&client).await;
        let fetched = events.len();
        cache
            .keep_history(id, &events)
            .await
            .map_err(|e| OnlineError::Failed(SyncError::Protocol(e.to_string())))?;
        let mut events: Vec<serde_json::Value> = events
            .into_iter()
            .filter(|e| match before {
                None => true,
                Some(c) => {
                    !(e["serverTime"].as_str() == Some(c.server_time.as_str())
                        && e["id"].as_str().is_some_and(|id| id >= c.event_id.as_str()))
                }
            })
            .collect();
        let more = fetched > limit as usize;
        events.truncate(limit as usize);
        Ok(HistoryPage {
            events,
            from_server: true,
            more,
        })
    }

    /// Whether a person signed in to an account server (not the demo, not an API token).
    pub fn person_signed_in(&self) -> bool {
        matches!(*lock(&self.inner.account), Some(Account::Server { .. }))
    }

    /// The e-mail address of the person the app syncs as (None with an API token or signed out).
    pub fn account_email(&self) -> Option<String> {
        lock(&self.inner.account).as_ref().and_then(Account::email)
    }

    /// Whether the server the app is connected to keeps pictures (ours does: avatars can be set
    /// there); `None` before a connection has told.
    pub async fn keeps_pictures(&self) -> Option<bool> {
        self.inner
            .client
            .lock()
            .await
            .as_ref()
            .map(|c| c.capabilities.userdesk)
    }

    /// The picture at `uri` at `size`, fetched now from the server that names it and kept in
    /// the cache (a profile's larger picture, when it is opened). `None` offline, or when the
    /// picture cannot be had (then noted, and not asked for again).
    pub async fn fetch_picture(
        &self,
        uri: &userdesk_core::avatar::PictureRef,
        size: userdesk_cache::Size,
    ) -> Option<userdesk_cache::Picture> {
        let client = self.inner.client.lock().await.clone()?;
        crate::pictures::fetch_and_keep(&client, &self.inner.cache, uri, size)
            .await
            .ok()
            .flatten()
    }

    /// The account server the app is set up for (None: the demo account).
    pub fn server(&self) -> Option<&AccountFile> {
        self.inner.file.as_ref()
    }

    async fn attempt(&self) -> Result<(), SyncError> {
        lock(&self.inner.status).syncing = true;
        self.publish().await;
        let result = async {
            let client = self.client().await?;
            let report = sync(&client, &self.inner.cache, false).await;
            self.keep_session(&client).await;
            report
        }
        .await;
        {
            let mut s = lock(&self.inner.status);
            s.syncing = false;
            match &result {
                Ok(report) => {
                    let changed = report.push.sent
                        + report.push.conflicts
                        + report.push.rejected
                        + report.push.deleted
                        + report.pull.stored
                        + report.pull.deleted
                        + report.pull.conflicts;
                    if changed > 0 || report.pull.catalogs_changed {
                        s.generation += 1;
                    }
                    // The pull went through: the server is reachable, even if an edit had to wait.
                    s.online = Some(true);
                    s.problem = (!report.complete()).then(|| "sync-problem-incomplete".into());
                    s.needs_sign_in = false;
                }
                Err(SyncError::Unauthorized) => {
                    s.needs_sign_in = true;
                    s.problem = Some("sync-problem-sign-in".into());
                }
                Err(e) if e.is_transient() => {
                    s.online = Some(false);
                    s.problem = Some(match e {
                        SyncError::Network(_) => "sync-problem-offline".into(),
                        _ => "sync-problem-server".into(),
                    });
                }
                Err(e) => {
                    tracing::warn!(error = %e, "sync failed");
                    s.online = Some(true);
                    s.problem = Some("sync-problem-server".into());
                }
            }
        }
        if matches!(result, Err(SyncError::Unauthorized)) {
            *self.inner.client.lock().await = None;
        }
        if let Err(e) = &result {
            tracing::info!(error = %e, "sync did not complete");
        }
        self.publish().await;
        result.map(|_| ())
    }
}
