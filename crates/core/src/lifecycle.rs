//! The account status lifecycle: Created → Invited → Active, and Inactive from anywhere.
//!
//! ```text
//!   Created ──send activation──▶ Invited ──(resend)──▶ Invited
//!      │                           │
//!      └──────activate─────────────┴──────────────▶ Active
//!   any of them ──deactivate──▶ Inactive ──reactivate──▶ Active (or Created if never activated)
//! ```

use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Created,
    Invited,
    Active,
    Inactive,
}

/// Something that moves an account through its lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LifecycleEvent {
    /// "Send activation e-mail" or "Resend invite". Users who sign in with single sign-on get none.
    SendActivationEmail {
        single_sign_on: bool,
    },
    /// The user set a password from the activation link (or signed in through single sign-on).
    Activate,
    Deactivate,
    /// Back to where the account stood: Active if it had ever been activated, else Created.
    Reactivate {
        activated_before: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LifecycleError {
    #[error("users who sign in with single sign-on get no activation e-mail")]
    SingleSignOnNeedsNoActivation,
    #[error("the account is already active")]
    AlreadyActive,
    #[error("the account is inactive")]
    Inactive,
    #[error("the account is already inactive")]
    AlreadyInactive,
    #[error("only an inactive account can be reactivated")]
    NotInactive,
    #[error("only an active account can reset its password")]
    NotActive,
}

impl Translatable for LifecycleError {
    fn message(&self) -> Message {
        Message::new(match self {
            LifecycleError::SingleSignOnNeedsNoActivation => "error-lifecycle-sso",
            LifecycleError::AlreadyActive => "error-lifecycle-already-active",
            LifecycleError::Inactive => "error-lifecycle-inactive",
            LifecycleError::AlreadyInactive => "error-lifecycle-already-inactive",
            LifecycleError::NotInactive => "error-lifecycle-not-inactive",
            LifecycleError::NotActive => "error-lifecycle-not-active",
        })
    }
}

/// The e-mails an admin can have the server send a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountEmail {
    /// An invitation with a link to choose a password (sets a Created user to Invited).
    Activation,
    Welcome,
    PasswordReset,
}

impl AccountEmail {
    pub const ALL: [AccountEmail; 3] = [
        AccountEmail::Activation,
        AccountEmail::Welcome,
        AccountEmail::PasswordReset,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountEmail::Activation => "activation",
            AccountEmail::Welcome => "welcome",
            AccountEmail::PasswordReset => "password-reset",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == input)
    }

    /// Whether this e-mail is for someone of this status and sign-on: nobody signing in with
    /// single sign-on or deactivated gets one; an activation is for those not active yet, a
    /// password reset for those who are.
    pub fn offered(self, status: Status, single_sign_on: bool) -> Result<(), LifecycleError> {
        if single_sign_on {
            return Err(LifecycleError::SingleSignOnNeedsNoActivation);
        }
        match (self, status) {
            (_, Status::Inactive) => Err(LifecycleError::Inactive),
            (AccountEmail::Activation, _) => status
                .apply(LifecycleEvent::SendActivationEmail {
                    single_sign_on: false,
                })
                .map(|_| ()),
            (AccountEmail::Welcome, _) => Ok(()),
            (AccountEmail::PasswordReset, Status::Active) => Ok(()),
            (AccountEmail::PasswordReset, _) => Err(LifecycleError::NotActive),
        }
    }
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Created,
        Status::Invited,
        Status::Active,
        Status::Inactive,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Created => "created",
            Status::Invited => "invited",
            Status::Active => "active",
            Status::Inactive => "inactive",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Status::ALL.into_iter().find(|s| s.as_str() == input.trim())
    }

    /// Whether the person may sign in. Only Inactive blocks sign-in outright; Created and Invited
    /// accounts have no password yet, which blocks them on its own.
    pub fn may_sign_in(self) -> bool {
        self == Status::Active
    }

    pub fn apply(self, event: LifecycleEvent) -> Result<Status, LifecycleError> {
        use LifecycleEvent::*;
        use Status::*;
        match (self, event) {
            (
                _,
                SendActivationEmail {
                    single_sign_on: true,
                },
            ) => Err(LifecycleError::SingleSignOnNeedsNoActivation),
            (Created | Invited, SendActivationEmail { .. }) => Ok(Invited),
            (Active, SendActivationEmail { .. }) => Err(LifecycleError::AlreadyActive),
            (Inactive, SendActivationEmail { .. }) => Err(LifecycleError::Inactive),
            (Created | Invited, Activate) => Ok(Active),
            (Active, Activate) => Err(LifecycleError::AlreadyActive),
            (Inactive, Activate) => Err(LifecycleError::Inactive),
            (Created | Invited | Active, Deactivate) => Ok(Inactive),
            (Inactive, Deactivate) => Err(LifecycleError::AlreadyInactive),
            (Inactive, Reactivate { activated_before }) => {
                Ok(if activated_before { Active } else { Created })
            }
            (_, Reactivate { .. }) => Err(LifecycleError::NotInactive),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LifecycleEvent::*;
    use super::Status::*;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn activation_email_moves_created_to_invited_and_resend_keeps_invited() {
        assert_eq!(
            Created.apply(SendActivationEmail {
                single_sign_on: false
            }),
            Ok(Invited)
        );
        assert_eq!(
            Invited.apply(SendActivationEmail {
                single_sign_on: false
            }),
            Ok(Invited)
        );
    }

    #[test]
    fn single_sign_on_users_get_no_activation_email() {
        assert_eq!(
            Created.apply(SendActivationEmail {
                single_sign_on: true
            }),
            Err(LifecycleError::SingleSignOnNeedsNoActivation)
        );
    }

    #[test]
    fn activation_makes_the_account_active_once() {
        assert_eq!(Invited.apply(Activate), Ok(Active));
        assert_eq!(Active.apply(Activate), Err(LifecycleError::AlreadyActive));
    }

    #[test]
    fn deactivation_blocks_sign_in_and_reactivation_restores() {
        let inactive = Active.apply(Deactivate).expect("deactivates");
        assert!(!inactive.may_sign_in());
        assert_eq!(
            inactive.apply(Reactivate {
                activated_before: true
            }),
            Ok(Active)
        );
        assert_eq!(
            inactive.apply(Reactivate {
                activated_before: false
            }),
            Ok(Created)
        );
    }

    #[test]
    fn inactive_accounts_get_no_e_mails_and_cannot_be_deactivated_twice() {
        assert_eq!(
            Inactive.apply(SendActivationEmail {
                single_sign_on: false
            }),
            Err(LifecycleError::Inactive)
        );
        assert_eq!(
            Inactive.apply(Deactivate),
            Err(LifecycleError::AlreadyInactive)
        );
        assert_eq!(
            Active.apply(Reactivate {
                activated_before: true
            }),
            Err(LifecycleError::NotInactive)
        );
    }

    fn event() -> impl Strategy<Value = LifecycleEvent> {
        prop_oneof![
            any::<bool>().prop_map(|s| SendActivationEmail { single_sign_on: s }),
            Just(Activate),
            Just(Deactivate),
            any::<bool>().prop_map(|a| Reactivate {
                activated_before: a
            }),
        ]
    }

    /// Whatever happens, only Active may sign in, and Active is never reached by an e-mail.
    #[test]
    fn any_sequence_of_events_keeps_the_invariants() {
        let accepted = crate::testing::Accepted::at_least(100, "status changes");
        let reached_active = crate::testing::Accepted::at_least(10, "changes to Active");
        proptest!(|(events in proptest::collection::vec(event(), 0..30))| {
            let mut status = Created;
            for e in events {
                if let Ok(next) = status.apply(e) {
                    accepted.one();
                    if matches!(e, SendActivationEmail { .. }) {
                        prop_assert_eq!(next, Invited);
                    }
                    if next == Active {
                        reached_active.one();
                        let reached_by_activation = matches!(e, Activate | Reactivate { activated_before: true });
                        prop_assert!(reached_by_activation);
                    }
                    status = next;
                }
                prop_assert_eq!(status.may_sign_in(), status == Active);
            }
        });
    }

    #[test]
    fn each_e_mail_is_offered_only_where_it_means_something() {
        use AccountEmail::*;
        let ok = |k: AccountEmail, s: Status| k.offered(s, false).is_ok();
        assert!(ok(Activation, Status::Created) && ok(Activation, Status::Invited));
        assert!(!ok(Activation, Status::Active));
        assert!(ok(Welcome, Status::Created) && ok(Welcome, Status::Active));
        assert!(ok(PasswordReset, Status::Active) && !ok(PasswordReset, Status::Invited));
        for k in AccountEmail::ALL {
            assert_eq!(
                k.offered(Status::Inactive, false),
                Err(LifecycleError::Inactive)
            );
            assert_eq!(
                k.offered(Status::Active, true),
                Err(LifecycleError::SingleSignOnNeedsNoActivation)
            );
            assert_eq!(AccountEmail::parse(k.as_str()), Some(k));
        }
    }
}
