//! The one connection that writes changes on SQLite, committing many at once (one fsync for
//! many changes, each in its own savepoint so that one refusal undoes only itself).

use super::*;

/// A change waiting for the SQLite writer.
#[derive(Debug)]
pub(super) struct Change {
    pub(super) writes: Vec<Write>,
    pub(super) audits: Vec<AuditEvent>,
    pub(super) reply: Option<StoredReply>,
    pub(super) effects: Vec<Effect>,
    /// The time the change is made at.
    pub(super) at: OffsetDateTime,
    pub(super) respond: tokio::sync::oneshot::Sender<Result<bool, StoreError>>,
}

/// Most changes committed together.
const GROUP_COMMIT: usize = 64;

/// The SQLite writer: takes what is waiting, applies each change in a savepoint, commits once.
pub(super) async fn write_loop(pool: AnyPool, mut queue: tokio::sync::mpsc::Receiver<Change>) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while batch.len() < GROUP_COMMIT {
            match queue.try_recv() {
                Ok(c) => batch.push(c),
                Err(_) => break,
            }
        }
        let results = match pool.acquire().await {
            Ok(mut conn) => commit_batch(&mut conn, &batch).await,
            Err(e) => Err(StoreError::Database(e)),
        };
        match results {
            Ok(results) => {
                for (change, result) in batch.into_iter().zip(results) {
                    let _ = change.respond.send(result);
                }
            }
            Err(e) => {
                let text = e.to_string();
                tracing::error!(error = %text, "cannot commit a batch of changes");
                for change in batch {
                    let _ = change.respond.send(Err(StoreError::Batch(text.clone())));
                }
            }
        }
    }
}

async fn commit_batch(
    conn: &mut AnyConnection,
    batch: &[Change],
) -> Result<Vec<Result<bool, StoreError>>, StoreError> {
    // Changes are almost never refused here: first try them all in one go; only when one is
    // refused, start again with each in its own savepoint, so that a refusal undoes only itself.
    conn.execute("BEGIN IMMEDIATE").await?;
    let mut all_applied = true;
    for c in batch {
        let applied = Store::apply_change(
            conn,
            &c.writes,
            &c.audits,
            c.reply.as_ref(),
            &c.effects,
            c.at,
        )
        .await;
        if !matches!(applied, Ok(true)) {
            all_applied = false;
            break;
        }
    }
    if all_applied {
        return match conn.execute("COMMIT").await {
            Ok(_) => Ok(batch.iter().map(|_| Ok(true)).collect()),
            Err(e) => {
                let _ = conn.execute("ROLLBACK").await;
                Err(e.into())
            }
        };
    }
    conn.execute("ROLLBACK").await?;
    conn.execute("BEGIN IMMEDIATE").await?;
    let mut results = Vec::with_capacity(batch.len());
    for c in batch {
        conn.execute("SAVEPOINT change").await?;
        let result = Store::apply_change(
            conn,
            &c.writes,
            &c.audits,
            c.reply.as_ref(),
            &c.effects,
            c.at,
        )
        .await;
        if matches!(result, Ok(true)) {
            conn.execute("RELEASE change").await?;
        } else {
            conn.execute("ROLLBACK TO change").await?;
            conn.execute("RELEASE change").await?;
        }
        results.push(result);
    }
    if let Err(e) = conn.execute("COMMIT").await {
        let _ = conn.execute("ROLLBACK").await;
        return Err(e.into());
    }
    Ok(results)
}
