//! Account types and which type may become which.

use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum AccountType {
    SuperAdmin,
    ConfigAdmin,
    Internal,
    External,
    OneTimeCompletion,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountTypeError {
    #[error("an account of this type cannot become One-time completion")]
    CannotBecomeOneTimeCompletion,
    #[error("unknown account type")]
    Unknown,
}

impl Translatable for AccountTypeError {
    fn message(&self) -> Message {
        match self {
            AccountTypeError::CannotBecomeOneTimeCompletion => {
                Message::new("error-account-type-one-time")
            }
            AccountTypeError::Unknown => Message::new("error-account-type-unknown"),
        }
    }
}

/// What saving a type change must ask the admin, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeChange {
    /// Nothing changes.
    Unchanged,
    /// Saved as is.
    Plain,
    /// One-time completion became a full account: ask "Send activation e-mail" or "I'll do it later".
    AsksForActivation,
}

impl AccountType {
    pub const ALL: [AccountType; 5] = [
        AccountType::SuperAdmin,
        AccountType::ConfigAdmin,
        AccountType::Internal,
        AccountType::External,
        AccountType::OneTimeCompletion,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountType::SuperAdmin => "super_admin",
            AccountType::ConfigAdmin => "config_admin",
            AccountType::Internal => "internal",
            AccountType::External => "external",
            AccountType::OneTimeCompletion => "one_time_completion",
        }
    }

    pub fn parse(input: &str) -> Result<Self, AccountTypeError> {
        AccountType::ALL
            .into_iter()
            .find(|t| t.as_str() == input.trim())
            .ok_or(AccountTypeError::Unknown)
    }

    /// Only Config admins carry roles; the other types' powers come from the type itself.
    pub fn carries_roles(self) -> bool {
        self == AccountType::ConfigAdmin
    }

    /// The type rules alone (who is asking is `policy`'s business): every type may become any
    /// other, except that nothing becomes One-time completion.
    pub fn change_to(self, to: AccountType) -> Result<TypeChange, AccountTypeError> {
        if self == to {
            return Ok(TypeChange::Unchanged);
        }
        match (self, to) {
            (_, AccountType::OneTimeCompletion) => {
                Err(AccountTypeError::CannotBecomeOneTimeCompletion)
            }
            (AccountType::OneTimeCompletion, _) => Ok(TypeChange::AsksForActivation),
            _ => Ok(TypeChange::Plain),
        }
    }

    /// The types the picker offers as enabled for an account of this type.
    pub fn allowed_targets(self) -> Vec<AccountType> {
        AccountType::ALL
            .into_iter()
            .filter(|t| self.change_to(*t).is_ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AccountType::*;

    #[test]
    fn full_accounts_cannot_become_one_time_completion() {
        for from in [SuperAdmin, ConfigAdmin, Internal, External] {
            assert_eq!(
                from.change_to(OneTimeCompletion),
                Err(AccountTypeError::CannotBecomeOneTimeCompletion),
                "{from:?}"
            );
        }
    }

    #[test]
    fn one_time_completion_can_become_any_other_type_and_asks_about_activation() {
        for to in [SuperAdmin, ConfigAdmin, Internal, External] {
            assert_eq!(
                OneTimeCompletion.change_to(to),
                Ok(TypeChange::AsksForActivation)
            );
        }
    }

    #[test]
    fn internal_can_be_promoted_to_config_admin_and_config_admin_to_super_admin() {
        assert_eq!(Internal.change_to(ConfigAdmin), Ok(TypeChange::Plain));
        assert_eq!(ConfigAdmin.change_to(SuperAdmin), Ok(TypeChange::Plain));
    }

    #[test]
    fn the_picker_disables_one_time_completion_for_full_accounts() {
        assert!(!Internal.allowed_targets().contains(&OneTimeCompletion));
        assert_eq!(OneTimeCompletion.allowed_targets().len(), 5);
    }

    #[test]
    fn only_config_admins_carry_roles() {
        let with_roles: Vec<_> = AccountType::ALL
            .into_iter()
            .filter(|t| t.carries_roles())
            .collect();
        assert_eq!(with_roles, vec![ConfigAdmin]);
    }

    #[test]
    fn stored_names_round_trip() {
        for t in AccountType::ALL {
            assert_eq!(AccountType::parse(t.as_str()), Ok(t));
        }
        assert_eq!(AccountType::parse("root"), Err(AccountTypeError::Unknown));
    }
}
