//! The app's UI with 100,000 users in its cache, measured inside the page (`performance.now()`)
//! in the build `cargo xtask run` makes (the dev profile: `cargo bench --profile dev`): a keystroke
//! in the search box to the new rows drawn (debounce included), opening a profile to its fields
//! drawn, an edit from leaving the field to saved and queued, the Add-user form's uniqueness
//! check, and scrolling the list (time per 1,000 rows and frames over 50 ms). Run by
//! `cargo xtask bench`; figures go to BENCHMARKS.md.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use serde_json::{Value, json};
use support::App;
use userdesk_cache::{CACHE_FILE, Cache};
use userdesk_core::Role;

const USERS: usize = 100_000;

fn seed(dir: &std::path::Path) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let cache = Cache::open(&dir.join(CACHE_FILE)).await.expect("the cache");
        if cache.user_count().await.expect("a count") == 0 {
            let start = Instant::now();
            cache.set_roles(&Role::built_ins()).await.expect("roles");
            let users =
                userdesk_core::demo::demo_users(USERS, 2026, time::OffsetDateTime::now_utc());
            for chunk in users.chunks(5_000) {
                cache.upsert_users(chunk).await.expect("users");
            }
            println!(
                "seeded {USERS} users in {:.1} s",
                start.elapsed().as_secs_f64()
            );
        }
        cache.close().await;
    });
}

fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(f64::total_cmp);
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples.get(i).copied().unwrap_or(f64::NAN)
}

fn report(what: &str, samples: &Value) {
    let mut s: Vec<f64> = samples
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default();
    let n = s.len();
    println!(
        "{what:<58} n={n:<3} p50 {:>7.1} ms  p95 {:>7.1} ms  max {:>7.1} ms",
        percentile(&mut s, 0.50),
        percentile(&mut s, 0.95),
        percentile(&mut s, 1.0),
    );
}

/// Helpers every scenario uses: wait for a condition (checked every 4 ms), and for the next frame
/// drawn.
const PRELUDE: &str = "
const done = arguments[arguments.length - 1];
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const until = async (ok) => { const t = performance.now(); while (!ok()) { if (performance.now() - t > 10000) throw new Error('timeout'); await new Promise((r) => setTimeout(r, 4)); } };
";

fn scenario(app: &App, body: &str) -> Value {
    let script = format!(
        "{PRELUDE} (async () => {{ {body} }})().then(done, (e) => done({{error: String(e)}}));"
    );
    let v = app.js_async(&script, json!([]));
    assert!(v.get("error").is_none(), "{v}");
    v
}

fn main() {
    let dir = std::env::var_os("USERDESK_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::env::temp_dir().join(format!("userdesk-ui-bench-{}", std::process::id()))
        });
    seed(&dir);
    // USERDESK_BENCH_WEBKIT_ENV="NAME=value" passes one variable to the webview (to compare
    // WebKit's rendering modes on a machine without a GPU).
    let extra: Vec<(String, String)> = std::env::var("USERDESK_BENCH_WEBKIT_ENV")
        .ok()
        .and_then(|v| v.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())))
        .into_iter()
        .collect();
    let env: Vec<(&str, String)> = extra.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let app = App::launch_with("bench-ui", &dir, &["--demo"], &env);
    app.wait_for("the list", |a| a.try_find("#user-list a.grid-row"));

    // What one frame costs here with nothing to do, and with one small change of the page.
    let idle = scenario(
        &app,
        "const t = [];
         await frame();
         for (let i = 0; i < 20; i++) { const t0 = performance.now(); await frame(); t.push(performance.now() - t0); }
         const c = [];
         const note = document.getElementById('sync-last');
         for (let i = 0; i < 20; i++) { const t0 = performance.now(); note.dataset.tick = String(i); note.textContent = note.textContent + ''; await frame(); c.push(performance.now() - t0); }
         return { idle: t, changed: c };",
    );
    report("a frame with nothing to do", &idle["idle"]);
    report("a frame after one small text change", &idle["changed"]);

    // Keystrokes: each a prefix of a name, typed as a person does (one more letter each time).
    let keys = scenario(
        &app,
        "const search = document.getElementById('user-search');
         const list = document.getElementById('user-list');
         const times = [];
         for (const word of ['martin', 'schmidt', 'tanaka', 'garcia', 'nguyen', 'kowalski']) {
           for (let n = 1; n <= word.length; n++) {
             const term = word.slice(0, n);
             const t0 = performance.now();
             search.value = term;
             search.dispatchEvent(new Event('input', { bubbles: true }));
             await until(() => list.dataset.drawn === term);
             await frame();
             times.push(performance.now() - t0);
           }
           search.value = '';
           search.dispatchEvent(new Event('input', { bubbles: true }));
           await until(() => list.dataset.drawn === '');
         }
         return times;",
    );
    report("search: keystroke to rows drawn (debounce included)", &keys);

    // Profiles: opened from the list's first rows, each to its fields drawn.
    let ids = app.js(
        "return [...document.querySelectorAll('#user-list a.grid-row')].slice(0, 20).map((r) => r.dataset.id);",
        json!([]),
    );
    let opened = scenario(
        &app,
        &format!(
            "const ids = {ids};
             const times = [];
             for (const id of ids) {{
               location.hash = '#/users';
               await until(() => document.getElementById('user-list'));
               const t0 = performance.now();
               location.hash = '#/users/' + id;
               await until(() => {{ const f = document.getElementById('field-title'); const h = document.getElementById('profile-head'); return f && h && document.getElementById('more-options'); }});
               await frame();
               times.push(performance.now() - t0);
             }}
             return times;"
        ),
    );
    report("open a profile to its fields drawn", &opened);

    // Edits: the title typed and left, to saved and queued.
    let edits = scenario(
        &app,
        "const times = [];
         for (let i = 0; i < 20; i++) {
           const input = document.getElementById('field-title');
           const state = document.getElementById('field-title-state');
           input.focus();
           input.value = 'Benchmark title ' + i;
           const t0 = performance.now();
           input.blur();
           await until(() => state.classList.contains('ok') && state.textContent !== '' && input.value === 'Benchmark title ' + i && !document.querySelector('ud-field[data-field=title]').busy);
           times.push(performance.now() - t0);
           state.className = 'save-state';
         }
         return times;",
    );
    report("an edit: leaving the field to saved and queued", &edits);

    // The Add-user form's uniqueness check: an address the cache holds, refused at once.
    let unique = scenario(
        &app,
        "const taken = document.getElementById('field-email').value;
         const times = [];
         for (let i = 0; i < 30; i++) {
           const t0 = performance.now();
           try {
             await window.__TAURI__.core.invoke('create_user', { form: { first_name: 'Ada', last_name: 'Byron', email: taken } });
             throw new Error('a taken address was accepted');
           } catch (e) {
             if (e && e.code !== 'taken') throw new Error(JSON.stringify(e));
           }
           times.push(performance.now() - t0);
         }
         return times;",
    );
    report("Add-user: the e-mail address's uniqueness check", &unique);

    // Where the time goes: the commands alone, as the page invokes them.
    let calls = scenario(
        &app,
        &format!(
            "const ids = {ids};
             const invoke = window.__TAURI__.core.invoke;
             const time = async (f) => {{ const t = []; for (let i = 0; i < 20; i++) {{ const t0 = performance.now(); await f(i); t.push(performance.now() - t0); }} return t; }};
             return {{
               get_user: await time((i) => invoke('get_user', {{ id: ids[i % ids.length] }})),
               list_users: await time((i) => invoke('list_users', {{ query: {{ search: ['m', 'ma', 'mart', 'martin'][i % 4], status: null, account_type: null, role: null, group: null, sort: 'name', order: 'ascending', offset: 0, limit: 100 }} }})),
               list_users_while_counting: await time((i) => {{ const q = {{ search: ['m', 'ma', 'mart', 'martin'][i % 4], status: null, account_type: null, role: null, group: null, sort: 'name', order: 'ascending', offset: 0, limit: 100 }}; invoke('count_users', {{ query: q }}); return invoke('list_users', {{ query: q }}); }}),
               count_users: await time((i) => invoke('count_users', {{ query: {{ search: ['m', 'ma', 'mart', 'martin'][i % 4] }} }})),
               format_message: await time((i) => invoke('format_message', {{ id: 'users-count', args: {{ count: String(i) }} }})),
             }};"
        ),
    );
    for (name, samples) in calls.as_object().into_iter().flatten() {
        report(&format!("  the command {name} alone"), samples);
    }

    // Scrolling: a screenful per frame through 1,000 rows; time per 1,000 rows and long frames.
    let scroll = scenario(
        &app,
        "location.hash = '#/users';
         await until(() => document.querySelector('#user-list a.grid-row'));
         const list = document.getElementById('user-list');
         const row = list.querySelector('a.grid-row').getBoundingClientRect().height;
         const frames = [];
         const t0 = performance.now();
         let last = t0;
         while (list.scrollTop < row * 1000) {
           list.scrollTop += list.clientHeight;
           await frame();
           const now = performance.now();
           frames.push(now - last);
           last = now;
         }
         const rows = list.scrollTop / row;
         return { per_thousand: (performance.now() - t0) / rows * 1000, frames, long: frames.filter((f) => f > 50).length };",
    );
    report("scroll: one frame per screenful", &scroll["frames"]);
    println!(
        "scroll: {:.0} ms per 1,000 rows, {} of {} frames over 50 ms",
        scroll["per_thousand"].as_f64().unwrap_or(f64::NAN),
        scroll["long"],
        scroll["frames"].as_array().map_or(0, Vec::len),
    );
    drop(app);
    if std::env::var_os("USERDESK_BENCH_DIR").is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
