//! Tauri's build step. The app's commands are declared here so that each gets its own permission
//! (`allow-list-users`, …); the main window's capability in tauri.conf.json grants exactly those.

const COMMANDS: &[&str] = &[
    "ui_text",
    "format_message",
    "list_users",
    "count_users",
    "facets",
    "get_user",
    "update_field",
    "first_row_rendered",
    "sync_status",
    "sync_now",
    "sync_changes",
    "resolve_conflict",
    "discard_rejected",
    "sign_in",
    "sign_in_token",
    "sign_out",
    "use_demo",
    "check_server_address",
    "my_account",
    "set_app_language",
    "change_password",
    "user_history",
    "create_user",
    "send_email",
    "profile_options",
    "start_phone_verification",
    "confirm_phone",
    "role_catalog",
    "group_catalog",
    "avatar_choose",
    "avatar_open_dropped",
    "avatar_close",
    "avatar_set",
    "avatar_remove",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {e:#}");
    }
}
