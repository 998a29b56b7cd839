//! The Userdesk domain, shared by the desktop app and the account server.
//!
//! Everything here is pure: values that parse or fail with a typed error, the rules of who may do
//! what to whom, and the account lifecycle. Nothing here knows about Tauri, SQLite or HTTP.

pub mod account_type;
pub mod avatar;
pub mod badge;
pub mod clock;
pub mod demo;
pub mod edit;
pub mod email;
pub mod history;
pub mod language;
pub mod lifecycle;
pub mod merge;
pub mod message;
pub mod name;
pub mod name_order;
pub mod new_user;
pub mod phone;
pub mod policy;
pub mod profile;
pub mod roles;
pub mod scim;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod title;

pub use account_type::AccountType;
pub use avatar::Avatar;
pub use badge::BadgeId;
pub use clock::{Clock, SharedClock, ShiftedClock, SystemClock};
pub use edit::{Field, FieldError, FieldSpec, ProfileEdit};
pub use email::Email;
pub use language::Language;
pub use lifecycle::Status;
pub use message::Message;
pub use name::PersonName;
pub use name_order::NameOrder;
pub use phone::PhoneE164;
pub use profile::{UserId, UserProfile};
pub use roles::{Permission, Role, RoleSet};
pub use title::Title;
