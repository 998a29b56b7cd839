//! `userdesk-server`: the central account server. SCIM 2.0 (RFC 7643/7644) for the desktop app's
//! sync and for any SCIM client; every rule comes from `userdesk-core`, so the app and the server
//! cannot disagree.

pub mod account;
pub mod auth;
pub mod avatars;
pub mod embedded;
pub mod lifecycle;
pub mod mail;
pub mod openapi;
pub mod password;
pub mod scim;
pub mod sms;
pub mod store;

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};
use userdesk_core::Message;
use userdesk_i18n::{Locale, Localizer};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::mail::Mailer;
use crate::scim::error::{Refusal, ScimError};
use crate::scim::reply::scim_json;
use crate::scim::users;
use crate::scim::{bulk, discovery, groups};
use crate::store::Store;

/// Largest request body accepted; larger ones get 413.
pub const MAX_BODY: usize = 1024 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub i18n: Arc<Localizer>,
    /// Public base URL of the SCIM endpoints, e.g. `http://127.0.0.1:8080/scim/v2`.
    pub base_url: String,
    /// Public root URL of the server, for links in e-mails, e.g. `https://accounts.example.com`.
    pub public_url: String,
    pub mailer: Mailer,
    /// Passwords checked against a hash so far (sign-ins and password changes): the work a flood
    /// of guesses can cause, which throttling keeps small.
    pub password_checks: Arc<std::sync::atomic::AtomicU64>,
    /// Where phone codes go by SMS when asked for (none: by e-mail only).
    pub sms: Option<sms::SmsGateway>,
    /// Reverse proxies whose `X-Forwarded-For` names the client (sign-in throttling counts per
    /// client address; without this, everyone behind a proxy would share one count).
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl AppState {
    /// The state of a server reached at `public_url` (no trailing slash needed).
    pub fn new(store: Store, i18n: Arc<Localizer>, public_url: &str, mailer: Mailer) -> Self {
        let public_url = public_url.trim_end_matches('/').to_owned();
        Self {
            store,
            i18n,
            base_url: format!("{public_url}/scim/v2"),
            public_url,
            mailer,
            password_checks: Arc::default(),
            sms: None,
            trusted_proxies: Vec::new(),
        }
    }

    /// The same state, sending phone codes by SMS through `gateway` when a client asks.
    pub fn with_sms(self, gateway: sms::SmsGateway) -> Self {
        Self {
            sms: Some(gateway),
            ..self
        }
    }
}

/// The application as a service that knows each connection's client address (sign-in throttling
/// counts failures per client address): what every server of this crate listens with.
pub fn service(
    state: AppState,
) -> axum::extract::connect_info::IntoMakeServiceWithConnectInfo<Router, std::net::SocketAddr> {
    app(state).into_make_service_with_connect_info::<std::net::SocketAddr>()
}

/// The reader's language, from `Accept-Language` (`de-CH, de;q=0.9, en;q=0.5`).
pub(crate) fn reader_locale(i18n: &Localizer, accept: Option<&str>) -> Locale {
    let mut tags: Vec<(f32, &str)> = accept
        .unwrap_or_default()
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && tag != "*").then_some((q, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0));
    let tags: Vec<&str> = tags.into_iter().map(|(_, t)| t).collect();
    i18n.negotiate(&tags)
}

/// A refusal in the reader's language.
pub(crate) fn translate(state: &AppState, accept: Option<&str>, refusal: Refusal) -> ScimError {
    let locale = reader_locale(&state.i18n, accept);
    let text = state.i18n.message(&locale, &refusal.detail);
    let detail = match refusal.attribute {
        Some(a) => format!("{a}: {text}"),
        None => text,
    };
    ScimError {
        status: refusal.status,
        scim_type: refusal.scim_type,
        detail,
    }
}

/// Turns handler refusals into translated SCIM error bodies.
async fn translate_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let accept = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut response = next.run(request).await;
    if let Some(refusal) = response.extensions_mut().remove::<Refusal>() {
        let mut translated = translate(&state, accept.as_deref(), refusal).into_response();
        // Keep what the handler added (WWW-Authenticate, Retry-After, ETag…).
        for (name, value) in response.headers() {
            if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                translated.headers_mut().insert(name.clone(), value.clone());
            }
        }
        return translated;
    }
    match response.status() {
        // Axum's own refusals (body too large, unknown route, wrong method) become SCIM errors too.
        StatusCode::PAYLOAD_TOO_LARGE => plain(
            &state,
            &accept,
            StatusCode::PAYLOAD_TOO_LARGE,
            None,
            "scim-error-too-large",
        ),
        // No handler set a body: no route has this path.
        StatusCode::NOT_FOUND if !response.headers().contains_key(header::CONTENT_TYPE) => plain(
            &state,
            &accept,
            StatusCode::NOT_FOUND,
            None,
            "scim-error-no-route",
        ),
        StatusCode::METHOD_NOT_ALLOWED => plain(
            &state,
            &accept,
            StatusCode::METHOD_NOT_ALLOWED,
            None,
            "scim-error-method",
        ),
        _ => response,
    }
}

fn plain(
    state: &AppState,
    accept: &Option<String>,
    status: StatusCode,
    scim_type: Option<&'static str>,
    id: &'static str,
) -> Response {
    let locale = reader_locale(&state.i18n, accept.as_deref());
    ScimError {
        status,
        scim_type,
        detail: state.i18n.message(&locale, &Message::new(id)),
    }
    .into_response()
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        // Translated by `translate_errors`, which knows the reader's language.
        let mut r = self.status.into_response();
        r.extensions_mut().insert(self);
        r
    }
}

fn list_response(resources: Vec<Value>) -> Value {
    json!({
        "schemas": [userdesk_core::scim::LIST_RESPONSE],
        "totalResults": resources.len(),
        "startIndex": 1,
        "itemsPerPage": resources.len(),
        "Resources": resources,
    })
}

async fn service_provider_config(State(state): State<AppState>) -> Response {
    scim_json(
        StatusCode::OK,
        &discovery::service_provider_config(&state.base_url),
    )
}

async fn resource_types(State(state): State<AppState>) -> Response {
    scim_json(
        StatusCode::OK,
        &list_response(discovery::resource_types(&state.base_url)),
    )
}

async fn schemas(State(state): State<AppState>) -> Response {
    scim_json(
        StatusCode::OK,
        &list_response(discovery::schemas(&state.base_url)),
    )
}

async fn by_id(found: Option<Value>) -> Result<Response, Refusal> {
    found
        .map(|v| scim_json(StatusCode::OK, &v))
        .ok_or_else(Refusal::not_found)
}

async fn schema(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    by_id(discovery::schemas(&state.base_url).into_iter().find(|s| {
        s["id"]
            .as_str()
            .is_some_and(|x| x.eq_ignore_ascii_case(&id))
    }))
    .await
}

async fn resource_type(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, Refusal> {
    by_id(
        discovery::resource_types(&state.base_url)
            .into_iter()
            .find(|s| {
                s["id"]
                    .as_str()
                    .is_some_and(|x| x.eq_ignore_ascii_case(&id))
            }),
    )
    .await
}

/// The HTTP application.
pub fn app(state: AppState) -> Router {
    let scim = Router::new()
        .route("/ServiceProviderConfig", get(service_provider_config))
        .route("/ResourceTypes", get(resource_types))
        .route("/ResourceTypes/{id}", get(resource_type))
        .route("/Schemas", get(schemas))
        .route("/Schemas/{id}", get(schema))
        .route("/Users", get(users::list).post(users::create))
        .route("/Users/.search", axum::routing::post(users::search))
        .route("/Me", get(users::me_get).patch(users::me_patch))
        .route(
            "/Bulk",
            axum::routing::post(bulk::bulk).layer(DefaultBodyLimit::max(bulk::MAX_PAYLOAD)),
        )
        .route("/Groups", get(groups::list).post(groups::create))
        .route("/Groups/.search", axum::routing::post(groups::search))
        .route(
            "/Groups/{id}",
            get(groups::get)
                .put(groups::replace)
                .patch(groups::modify)
                .delete(groups::delete),
        )
        .route(
            "/Users/{id}",
            get(users::get)
                .put(users::replace)
                .patch(users::modify)
                .delete(users::delete),
        )
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_caller,
        ));
    // Everything beside SCIM is registered from its OpenAPI annotations, so the document served at
    // /api/openapi.json lists exactly these routes.
    let sign_in = OpenApiRouter::new()
        .routes(routes!(auth::sign_in))
        .routes(routes!(auth::refresh))
        .routes(routes!(auth::sign_out));
    let pictures = OpenApiRouter::new()
        .routes(routes!(avatars::upload, avatars::remove))
        .route_layer(DefaultBodyLimit::max(avatars::MAX_UPLOAD))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_caller,
        ));
    let api = OpenApiRouter::new()
        .routes(routes!(users::audit))
        .routes(routes!(users::roles))
        .routes(routes!(auth::change_password))
        .routes(routes!(lifecycle::send_email))
        .routes(routes!(lifecycle::start_phone_verification))
        .routes(routes!(lifecycle::confirm_phone))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_caller,
        ));
    // The page behind the links in e-mails: no token of ours, the link's own token is the key.
    let account_pages = OpenApiRouter::new()
        .routes(routes!(lifecycle::password_page, lifecycle::set_password))
        .routes(routes!(lifecycle::page_css));
    let (documented, doc) = OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .nest("/auth", sign_in)
        .nest("/api", api.merge(pictures))
        // Layered on the route only: an unknown address stays "no such endpoint".
        .merge(
            OpenApiRouter::new()
                .routes(routes!(avatars::serve))
                .route_layer(middleware::from_fn_with_state(
                    state.clone(),
                    auth::require_caller,
                )),
        )
        .nest("/account", account_pages)
        .split_for_parts();
    let doc = Arc::new(doc.to_json().unwrap_or_default());
    Router::new()
        .nest("/scim/v2", scim)
        .merge(documented)
        .route(
            "/api/openapi.json",
            get(move || {
                let doc = doc.clone();
                async move {
                    (
                        [(header::CONTENT_TYPE, "application/json")],
                        doc.as_str().to_owned(),
                    )
                }
            }),
        )
        .layer(middleware::from_fn_with_state(
            state.clone(),
            translate_errors,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        // A panic anywhere is a 500 answer, never a connection dropped without one.
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .with_state(state)
}
