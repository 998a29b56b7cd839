// Every call to the backend goes through this module, so the UI can be driven without Tauri.

const core = window.__TAURI__ && window.__TAURI__.core;

async function call(command, args = {}) {
  if (!core) throw { code: "internal", field: null, message: "The Userdesk backend is not available." };
  return core.invoke(command, args);
}

export const api = {
  uiText: () => call("ui_text"),
  format: (id, args) => call("format_message", { id, args }),
  listUsers: (query) => call("list_users", { query }),
  countUsers: (query) => call("count_users", { query }),
  facets: () => call("facets"),
  getUser: (id) => call("get_user", { id }),
  updateField: (id, field, value) => call("update_field", { id, field, value }),
  createUser: (form) => call("create_user", { form }),
  sendEmail: (id, kind) => call("send_email", { id, kind }),
  profileOptions: () => call("profile_options"),
  startPhoneVerification: (id, country, number) => call("start_phone_verification", { id, country, number }),
  confirmPhone: (id, code) => call("confirm_phone", { id, code }),
  roleCatalog: () => call("role_catalog"),
  groupCatalog: () => call("group_catalog"),
  firstRowRendered: () => call("first_row_rendered"),
  syncStatus: () => call("sync_status"),
  syncNow: () => call("sync_now"),
  syncChanges: () => call("sync_changes"),
  resolveConflict: (id, field, choice) => call("resolve_conflict", { id, field, choice }),
  discardRejected: (seq) => call("discard_rejected", { seq }),
  checkServerAddress: (server) => call("check_server_address", { server }),
  signIn: (server, email, password) => call("sign_in", { server, email, password }),
  signInToken: (server, token) => call("sign_in_token", { server, token }),
  useDemo: () => call("use_demo"),
  signOut: () => call("sign_out"),
  myAccount: () => call("my_account"),
  userHistory: (id, before) => call("user_history", { id, before }),
  setAppLanguage: (language) => call("set_app_language", { language }),
  changePassword: (current, next, repeat) => call("change_password", { current, new: next, repeat }),
  avatarChoose: () => call("avatar_choose"),
  avatarOpenDropped: () => call("avatar_open_dropped"),
  avatarClose: (session) => call("avatar_close", { session }),
  avatarSet: (id, chosen) => call("avatar_set", { id, chosen }),
  avatarRemove: (id) => call("avatar_remove", { id }),
  // Where the webview loads a picture the cache holds (the app's `picture:` scheme).
  pictureUrl: (uri) => (core ? core.convertFileSrc(uri, "picture") : ""),
  // Tauri's events (files dropped on the window, sync status).
  listen: (event, handler) => window.__TAURI__.event.listen(event, handler),
};
