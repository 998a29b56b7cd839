//! Opening what the app works on: an organization's account server (its own cache file, the
//! session from the keychain), the demo account (our account server inside the app with demo
//! users, synced like any other), or nothing yet (the sign-in screen asks).

use std::path::Path;
use std::sync::Arc;

use userdesk_cache::{CACHE_FILE, Cache, CacheError};
use userdesk_core::Role;

use userdesk_sync::account::AccountFile;
use userdesk_sync::{Account, SyncService};

use crate::keychain::OsKeychain;
use crate::state::Workspace;

/// How many people the demo account has.
pub const DEMO_USERS: usize = 500;

/// The demo account's server: started once per run of the app, on first use (choosing the demo
/// account again later in the same run finds it running).
static DEMO_SERVER: tokio::sync::OnceCell<Option<Account>> = tokio::sync::OnceCell::const_new();

async fn demo_server(dir: &Path) -> Option<Account> {
    DEMO_SERVER
        .get_or_init(|| async {
            match userdesk_server::embedded::start_demo(&dir.join("demo-server"), DEMO_USERS).await
            {
                Ok(demo) => {
                    tracing::info!(server = %demo.root, "demo account server started");
                    Some(Account::Demo {
                        base: format!("{}/scim/v2", demo.root),
                        email: demo.owner_email,
                        password: demo.owner_password,
                    })
                }
                Err(e) => {
                    tracing::error!(error = %e, "the demo account's server did not start");
                    None
                }
            }
        })
        .await
        .clone()
}

/// The workspace of the account server of `file`, signed in or not.
pub async fn server(
    dir: &Path,
    file: AccountFile,
    language: &str,
) -> Result<Workspace, CacheError> {
    let cache = Cache::open(&dir.join(file.cache_file())).await?;
    let account = if file.token {
        Some(Account::Token {
            base: file.scim_base(),
        })
    } else {
        file.email.clone().map(|email| Account::Server {
            base: file.scim_base(),
            email,
        })
    };
    let sync = SyncService::new(
        cache.clone(),
        account,
        Some(file),
        language,
        Arc::new(OsKeychain),
    );
    Ok(Workspace {
        cache,
        sync,
        demo: false,
    })
}

/// The demo account's workspace. A first start fills the cache before it answers, so the list
/// has its people from the first moment; later, what the cache holds shows at once and the
/// server joins when it is up.
pub async fn demo(dir: &Path, language: &str) -> Result<Workspace, CacheError> {
    let cache = Cache::open(&dir.join(CACHE_FILE)).await?;
    let sync = SyncService::new(cache.clone(), None, None, language, Arc::new(OsKeychain));
    if cache.is_empty().await? {
        cache.set_roles(&Role::built_ins()).await?;
        if let Some(account) = demo_server(dir).await {
            sync.use_demo(account);
            if let Err(e) = sync.sync_once().await {
                tracing::warn!(error = %e, "the first sync of the demo account failed");
            }
        }
    } else {
        let (sync, dir) = (sync.clone(), dir.to_owned());
        tokio::spawn(async move {
            if let Some(account) = demo_server(&dir).await {
                sync.use_demo(account);
            }
        });
    }
    Ok(Workspace {
        cache,
        sync,
        demo: true,
    })
}

/// Nothing chosen yet: an empty workspace that syncs with nothing, while the sign-in screen asks
/// for a server address or the demo account.
pub async fn nothing_chosen(dir: &Path, language: &str) -> Result<Workspace, CacheError> {
    let cache = Cache::open(&dir.join("userdesk-unchosen.sqlite3")).await?;
    let sync = SyncService::nothing_chosen(cache.clone(), language, Arc::new(OsKeychain));
    Ok(Workspace {
        cache,
        sync,
        demo: false,
    })
}
