//! The desktop app's executable: it starts the app (`src-tauri/lib.rs`).

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    userdesk_app::run();
}
