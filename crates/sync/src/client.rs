//! The SCIM 2.0 client. Sign-in: e-mail and password against our server (`/auth/sign-in`, refreshed
//! when the access token runs out), or a bearer token for third-party SCIM servers.

use std::sync::Arc;

use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};
use tokio::sync::Mutex;

const SCIM_JSON: &str = "application/scim+json";

#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("cannot reach the server: {0}")]
    Network(String),
    #[error("the server refused the sign-in or the token")]
    Unauthorized,
    #[error("the server answered {status}: {detail}")]
    Server {
        status: u16,
        scim_type: Option<String>,
        detail: String,
    },
    #[error("the server's answer is not what SCIM says: {0}")]
    Protocol(String),
    /// The server's Bulk reply did not answer this operation: it stopped before it
    /// (`failOnErrors`), so it is sent again.
    #[error("the server did not get to this operation")]
    NotDone,
    /// The engine found, before or while sending, that the entry cannot be sent to this server.
    #[error("{0}")]
    Unsendable(userdesk_cache::RejectReason),
    #[error(transparent)]
    Cache(#[from] userdesk_cache::CacheError),
}

impl SyncError {
    /// Whether trying again later may work (network trouble, a server error), as opposed to a
    /// refusal that will not change by itself.
    pub fn is_transient(&self) -> bool {
        match self {
            SyncError::Network(_) => true,
            SyncError::Server { status, .. } => *status >= 500 || *status == 429,
            _ => false,
        }
    }
}

/// How the client signs in. Its `Debug` shows which kind, never the secret.
#[derive(Clone)]
pub enum Credentials {
    /// Our account server: e-mail and password for `/auth/sign-in`.
    Password { email: String, password: String },
    /// A bearer token, as third-party SCIM servers are used.
    Bearer(String),
    /// Our account server, resuming a session from its refresh token (kept in the OS keychain).
    /// Refresh tokens are single-use: read the new one with [`ScimClient::refresh_token`].
    Session { refresh: String },
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Password { email, .. } => f
                .debug_struct("Password")
                .field("email", email)
                .field("password", &"<redacted>")
                .finish(),
            Credentials::Bearer(_) => f.write_str("Bearer(<redacted>)"),
            Credentials::Session { .. } => f.write_str("Session { refresh: <redacted> }"),
        }
    }
}

/// What the server offers, from `/ServiceProviderConfig`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capabilities {
    pub patch: bool,
    /// Bulk limits (operations, bytes) when Bulk is offered.
    pub bulk: Option<(u32, u64)>,
    pub filter: bool,
    /// Most resources a list returns at once.
    pub max_results: u32,
    pub sort: bool,
    pub etag: bool,
    /// Whether `/Schemas` lists Userdesk's User extension: the server is a Userdesk account
    /// server, with its endpoints beside SCIM (audit history, e-mail actions).
    pub userdesk: bool,
}

impl Capabilities {
    fn from_config(v: &Value) -> Self {
        let supported = |k: &str| v[k]["supported"].as_bool().unwrap_or(false);
        let bulk = supported("bulk").then(|| {
            (
                u32::try_from(v["bulk"]["maxOperations"].as_u64().unwrap_or(0)).unwrap_or(0),
                v["bulk"]["maxPayloadSize"].as_u64().unwrap_or(0),
            )
        });
        Self {
            patch: supported("patch"),
            bulk: bulk.filter(|(ops, _)| *ops > 0),
            filter: supported("filter"),
            max_results: u32::try_from(v["filter"]["maxResults"].as_u64().unwrap_or(100))
                .unwrap_or(100)
                .max(1),
            sort: supported("sort"),
            etag: supported("etag"),
            userdesk: false,
        }
    }
}

/// A page of a list.
#[derive(Debug, Clone)]
pub struct Page {
    /// The server's `totalResults`, when it tells it (RFC 7644 requires it; not every server
    /// sends it).
    pub total: Option<u64>,
    pub resources: Vec<Value>,
}

#[derive(Default)]
struct Tokens {
    access: Option<String>,
    refresh: Option<String>,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |t: &Option<String>| t.as_ref().map(|_| "<redacted>");
        f.debug_struct("Tokens")
            .field("access", &shown(&self.access))
            .field("refresh", &shown(&self.refresh))
            .finish()
    }
}

/// Called with each new refresh token the moment the server hands it out (refresh tokens are
/// single-use: one lost with a half-made connection would mean signing in again).
#[derive(Clone)]
pub struct KeepRefresh(Arc<dyn Fn(&str) + Send + Sync>);

impl KeepRefresh {
    pub fn new(keep: impl Fn(&str) + Send + Sync + 'static) -> Self {
        KeepRefresh(Arc::new(keep))
    }
}

impl std::fmt::Debug for KeepRefresh {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeepRefresh")
    }
}

/// The body of a request outside the SCIM base.
#[derive(Clone, Copy)]
enum ApiBody<'a> {
    None,
    Json(&'a Value),
    Bytes {
        media_type: &'a str,
        bytes: &'a [u8],
    },
}

/// A client of one SCIM server.
#[derive(Debug, Clone)]
pub struct ScimClient {
    http: reqwest::Client,
    /// The SCIM base URL, e.g. `https://accounts.example.com/scim/v2`.
    base: String,
    credentials: Credentials,
    tokens: Arc<Mutex<Tokens>>,
    pub capabilities: Capabilities,
    /// Sent as Accept-Language, so the server's refusals come in the admin's language.
    language: Option<String>,
    keep_refresh: Option<KeepRefresh>,
    /// What the engine asks for the time (when a deletion check is due, what it records).
    clock: userdesk_core::SharedClock,
}

fn network(e: reqwest::Error) -> SyncError {
    SyncError::Network(e.to_string())
}

impl ScimClient {
    /// Connects to the SCIM service at `base` (for our server: `<address>/scim/v2`), signs in and
    /// reads what the server offers.
    pub async fn connect(base: &str, credentials: Credentials) -> Result<Self, SyncError> {
        Self::connect_keeping(base, credentials, None).await
    }

    /// [`ScimClient::connect`], handing each new refresh token to `keep` as soon as it arrives,
    /// even when the connection then fails.
    pub async fn connect_keeping(
        base: &str,
        credentials: Credentials,
        keep: Option<KeepRefresh>,
    ) -> Result<Self, SyncError> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(60))
            .connect_timeout(std::time::Duration::from_secs(10))
            .build()
            .map_err(network)?;
        let refresh = match &credentials {
            Credentials::Session { refresh } => Some(refresh.clone()),
            _ => None,
        };
        let mut client = Self {
            http,
            base: base.trim_end_matches('/').to_owned(),
            credentials,
            tokens: Arc::new(Mutex::new(Tokens {
                access: None,
                refresh,
            })),
            capabilities: Capabilities {
                patch: false,
                bulk: None,
                filter: false,
                max_results: 100,
                sort: false,
                etag: false,
                userdesk: false,
            },
            language: None,
            keep_refresh: keep,
            clock: userdesk_core::clock::system(),
        };
        let (_, config) = client
            .request(Method::GET, "/ServiceProviderConfig", None, &[])
            .await?;
        client.capabilities = Capabilities::from_config(&config);
        // A server without /Schemas (some have none) simply has no Userdesk extension.
        client.capabilities.userdesk = match client
            .request(Method::GET, "/Schemas", None, &[])
            .await
        {
            Ok((_, schemas)) => lists_schema(&schemas, userdesk_core::scim::USERDESK_USER_SCHEMA),
            Err(SyncError::Server { .. }) => false,
            Err(e) => return Err(e),
        };
        Ok(client)
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// This client with its times read from `clock` instead of the system's (tests move it).
    #[must_use]
    pub fn with_clock(mut self, clock: userdesk_core::SharedClock) -> Self {
        self.clock = clock;
        self
    }

    /// The time now by this client's clock.
    pub fn now(&self) -> time::OffsetDateTime {
        self.clock.now()
    }

    /// Asks the server to answer in `tag` (a BCP 47 language tag, e.g. `de`).
    pub fn set_language(&mut self, tag: &str) {
        self.language = Some(tag.to_owned());
    }

    /// The session's current refresh token (it changes at every refresh), to keep for next time.
    pub async fn refresh_token(&self) -> Option<String> {
        self.tokens.lock().await.refresh.clone()
    }

    /// The server's root, where our server's `/auth` lives.
    fn root(&self) -> &str {
        self.base.strip_suffix("/scim/v2").unwrap_or(&self.base)
    }

    async fn sign_in(&self) -> Result<(), SyncError> {
        let mut tokens = self.tokens.lock().await;
        let body = match (&self.credentials, &tokens.refresh) {
            (Credentials::Bearer(t), _) => {
                tokens.access = Some(t.clone());
                return Ok(());
            }
            (_, Some(refresh)) => {
                let r = self
                    .http
                    .post(format!("{}/auth/refresh", self.root()))
                    .json(&json!({"refresh_token": refresh}))
                    .send()
                    .await
                    .map_err(network)?;
                if r.status().is_success() {
                    Some(r)
                } else {
                    None
                }
            }
            _ => None,
        };
        let r = match body {
            Some(r) => r,
            None => {
                let Credentials::Password { email, password } = &self.credentials else {
                    return Err(SyncError::Unauthorized);
                };
                let r = self
                    .http
                    .post(format!("{}/auth/sign-in", self.root()))
                    .json(&json!({"email": email, "password": password}))
                    .send()
                    .await
                    .map_err(network)?;
                if r.status() == StatusCode::UNAUTHORIZED {
                    return Err(SyncError::Unauthorized);
                }
                if !r.status().is_success() {
                    return Err(error_of(r).await);
                }
                r
            }
        };
        let v: Value = r.json().await.map_err(network)?;
        tokens.access = v["access_token"].as_str().map(str::to_owned);
        let refresh = v["refresh_token"].as_str().map(str::to_owned);
        if let (Some(keep), Some(new)) = (&self.keep_refresh, &refresh)
            && tokens.refresh.as_ref() != Some(new)
        {
            (keep.0)(new);
        }
        tokens.refresh = refresh;
        if tokens.access.is_none() {
            return Err(SyncError::Protocol(
                "no access token in the sign-in reply".into(),
            ));
        }
        Ok(())
    }

    /// Ends the session on our account server (`/auth/sign-out`), so that its refresh token is
    /// worth nothing, wherever a copy of it may be. A third-party server's API token is not the
    /// client's to revoke: nothing is sent then.
    pub async fn sign_out(&self) -> Result<(), SyncError> {
        if matches!(self.credentials, Credentials::Bearer(_)) {
            return Ok(());
        }
        for round in 0..2 {
            let access = self.access_token().await?;
            let r = self
                .http
                .post(format!("{}/auth/sign-out", self.root()))
                .bearer_auth(&access)
                .send()
                .await
                .map_err(network)?;
            if r.status() == StatusCode::UNAUTHORIZED && round == 0 {
                // The access token expired: refresh it, then end the session it belongs to.
                self.tokens.lock().await.access = None;
                continue;
            }
            if !r.status().is_success() {
                return Err(error_of(r).await);
            }
            let mut tokens = self.tokens.lock().await;
            tokens.access = None;
            tokens.refresh = None;
            return Ok(());
        }
        Err(SyncError::Unauthorized)
    }

    /// The access token, signing in first when there is none.
    async fn access_token(&self) -> Result<String, SyncError> {
        let access = self.tokens.lock().await.access.clone();
        match access {
            Some(a) => Ok(a),
            None => {
                self.sign_in().await?;
                Ok(self.tokens.lock().await.access.clone().unwrap_or_default())
            }
        }
    }

    /// Sends a SCIM request (path after the base), signing in (again) when the server asks.
    /// Returns the reply's headers and body.
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Result<(header::HeaderMap, Value), SyncError> {
        for attempt in 0..2 {
            let access = self.access_token().await?;
            let mut req = self
                .http
                .request(method.clone(), format!("{}{path}", self.base))
                .bearer_auth(&access)
                .header(header::ACCEPT, SCIM_JSON);
            if let Some(l) = &self.language {
                req = req.header(header::ACCEPT_LANGUAGE, l);
            }
            if let Some(b) = body {
                req = req
                    .header(header::CONTENT_TYPE, SCIM_JSON)
                    .body(b.to_string());
            }
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            let r = req.send().await.map_err(network)?;
            if r.status() == StatusCode::UNAUTHORIZED && attempt == 0 {
                self.tokens.lock().await.access = None;
                continue;
            }
            if r.status() == StatusCode::UNAUTHORIZED {
                return Err(SyncError::Unauthorized);
            }
            if !r.status().is_success() && r.status() != StatusCode::NOT_MODIFIED {
                return Err(error_of(r).await);
            }
            let headers = r.headers().clone();
            let text = r.text().await.map_err(network)?;
            let value = if text.trim().is_empty() {
                Value::Null
            } else {
                serde_json::from_str(&text).map_err(|e| SyncError::Protocol(e.to_string()))?
            };
            return Ok((headers, value));
        }
        Err(SyncError::Unauthorized)
    }

    /// A GET outside the SCIM base (our server's `/api/…`), signed in like SCIM requests.
    pub async fn get_api(&self, path: &str) -> Result<Value, SyncError> {
        self.api(Method::GET, path, None, &[]).await
    }

    /// Confirms user `server_id`'s mobile number with the code our server sent them; answers the
    /// verified user's resource.
    pub async fn confirm_phone(&self, server_id: &str, code: &str) -> Result<Value, SyncError> {
        let path = format!(
            "/api/users/{}/phone-verification/confirm",
            encode(server_id)
        );
        self.api(
            Method::POST,
            &path,
            Some(&serde_json::json!({"code": code})),
            &[],
        )
        .await
    }

    /// A request outside the SCIM base (our server's `/api/…`), signed in like SCIM requests. An
    /// access token that ran out is renewed and the request made once more: the server refused it
    /// before doing anything.
    pub async fn api(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Result<Value, SyncError> {
        let body = body.map_or(ApiBody::None, ApiBody::Json);
        let (_, text) = self.api_request(method, path, body, headers).await?;
        if text.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_str(&text).map_err(|e| SyncError::Protocol(e.to_string()))
    }

    /// What [`ScimClient::api`] sends and answers, for any body: the reply's headers and text.
    async fn api_request(
        &self,
        method: Method,
        path: &str,
        body: ApiBody<'_>,
        headers: &[(&str, &str)],
    ) -> Result<(header::HeaderMap, String), SyncError> {
        let mut renewed = false;
        loop {
            let access = self.access_token().await?;
            let mut req = self
                .http
                .request(method.clone(), format!("{}{path}", self.root()))
                .bearer_auth(access);
            if let Some(l) = &self.language {
                req = req.header(header::ACCEPT_LANGUAGE, l);
            }
            req = match body {
                ApiBody::None => req,
                ApiBody::Json(b) => req.json(b),
                ApiBody::Bytes { media_type, bytes } => req
                    .header(header::CONTENT_TYPE, media_type)
                    .body(bytes.to_vec()),
            };
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            let r = req.send().await.map_err(network)?;
            if r.status() == StatusCode::UNAUTHORIZED {
                self.tokens.lock().await.access = None;
                if renewed {
                    return Err(SyncError::Unauthorized);
                }
                renewed = true;
                continue;
            }
            if !r.status().is_success() {
                return Err(error_of(r).await);
            }
            let h = r.headers().clone();
            return Ok((h, r.text().await.map_err(network)?));
        }
    }

    /// Sets user `server_id`'s avatar on our server from a picture's bytes (the server renders
    /// its own two sizes from it). Answers the user's resource and its version.
    pub async fn put_avatar(
        &self,
        server_id: &str,
        media_type: &str,
        bytes: &[u8],
        headers: &[(&str, &str)],
    ) -> Result<(Value, Option<String>), SyncError> {
        let path = format!("/api/users/{}/avatar", encode(server_id));
        let body = ApiBody::Bytes { media_type, bytes };
        let (h, text) = self.api_request(Method::PUT, &path, body, headers).await?;
        let resource: Value =
            serde_json::from_str(&text).map_err(|e| SyncError::Protocol(e.to_string()))?;
        let version = version_of(&resource, &h);
        Ok((resource, version))
    }

    /// The bytes at `url`, at most `max` of them: with this session's token when the picture is
    /// on the server's own origin, without any credential anywhere else.
    pub async fn fetch_picture(&self, url: &url::Url, max: usize) -> Result<Vec<u8>, SyncError> {
        let own = url::Url::parse(&self.base).is_ok_and(|b| b.origin() == url.origin());
        let mut req = self.http.get(url.as_str());
        if own {
            req = req.bearer_auth(self.access_token().await?);
        }
        let mut r = req.send().await.map_err(network)?;
        if !r.status().is_success() {
            return Err(SyncError::Server {
                status: r.status().as_u16(),
                scim_type: None,
                detail: format!("the picture could not be fetched ({})", r.status()),
            });
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = r.chunk().await.map_err(network)? {
            if bytes.len() + chunk.len() > max {
                return Err(SyncError::Protocol(format!(
                    "the picture is larger than {max} bytes"
                )));
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    }

    /// Up to `limit` events of the history of user `server_id` on our server, newest first, that
    /// reached the server before `until` (RFC 3339) when given.
    pub async fn audit(
        &self,
        server_id: &str,
        until: Option<&str>,
        limit: u32,
    ) -> Result<Vec<Value>, SyncError> {
        let mut path = format!("/api/audit?user={}&limit={limit}", encode(server_id));
        if let Some(until) = until {
            path.push_str("&until=");
            path.push_str(&encode(until));
        }
        let v = self.get_api(&path).await?;
        Ok(v["events"].as_array().cloned().unwrap_or_default())
    }

    /// Changes the signed-in person's own password on our server, giving the current one; their
    /// other sessions end, this one stays.
    pub async fn change_password(&self, current: &str, new: &str) -> Result<(), SyncError> {
        let body = serde_json::json!({"current_password": current, "new_password": new});
        self.api(Method::POST, "/api/me/password", Some(&body), &[])
            .await
            .map(|_| ())
    }

    /// One user as the server has it now, with its version (from `meta.version` or the ETag).
    pub async fn get_user(&self, server_id: &str) -> Result<(Value, Option<String>), SyncError> {
        let (h, v) = self
            .request(
                Method::GET,
                &format!("/Users/{}", encode(server_id)),
                None,
                &[],
            )
            .await?;
        let version = version_of(&v, &h);
        Ok((v, version))
    }

    /// One page of user ids only (`attributes=id`), for finding users deleted on the server.
    pub async fn list_ids(&self, start: u64, count: u32) -> Result<Page, SyncError> {
        self.list(&[
            ("startIndex".into(), start.to_string()),
            ("count".into(), count.to_string()),
            ("attributes".into(), "id".into()),
        ])
        .await
    }

    /// One page of users (`start` is 1-based).
    pub async fn list_users(
        &self,
        filter: Option<&str>,
        sort_by: Option<&str>,
        start: u64,
        count: u32,
    ) -> Result<Page, SyncError> {
        let mut query = vec![
            ("startIndex".to_owned(), start.to_string()),
            ("count".to_owned(), count.to_string()),
        ];
        if let Some(f) = filter {
            query.push(("filter".into(), f.to_owned()));
        }
        if let Some(s) = sort_by {
            query.push(("sortBy".into(), s.to_owned()));
            query.push(("sortOrder".into(), "ascending".into()));
        }
        self.list(&query).await
    }

    async fn list(&self, query: &[(String, String)]) -> Result<Page, SyncError> {
        let encoded: Vec<String> = query
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        let (_, v) = self
            .request(
                Method::GET,
                &format!("/Users?{}", encoded.join("&")),
                None,
                &[],
            )
            .await?;
        let resources = match v.get("Resources") {
            Some(Value::Array(a)) => a.clone(),
            None | Some(Value::Null) => Vec::new(),
            Some(_) => return Err(SyncError::Protocol("Resources is not a list".into())),
        };
        Ok(Page {
            total: v["totalResults"].as_u64(),
            resources,
        })
    }
}

/// Whether a `/Schemas` answer (a ListResponse, or a bare list) holds the schema `id`.
fn lists_schema(v: &Value, id: &str) -> bool {
    let items = match v {
        Value::Array(a) => a.as_slice(),
        v => v["Resources"].as_array().map_or(&[][..], Vec::as_slice),
    };
    items.iter().any(|s| s["id"].as_str() == Some(id))
}

async fn error_of(r: reqwest::Response) -> SyncError {
    let status = r.status().as_u16();
    let v: Value = r.json().await.unwrap_or(Value::Null);
    SyncError::Server {
        status,
        scim_type: v["scimType"].as_str().map(str::to_owned),
        detail: v["detail"].as_str().unwrap_or_default().to_owned(),
    }
}

/// A resource's version: `meta.version`, else the reply's ETag.
pub fn version_of(resource: &Value, headers: &header::HeaderMap) -> Option<String> {
    resource["meta"]["version"]
        .as_str()
        .map(str::to_owned)
        .or_else(|| {
            headers
                .get(header::ETAG)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        })
}

/// Percent-encodes a query value or path segment.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
