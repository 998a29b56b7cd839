//! Who may do what to whom. The app uses this to enable or disable controls (and say why); the
//! server uses the very same function to decide every request.

use crate::account_type::{AccountType, AccountTypeError, TypeChange};
use crate::lifecycle::Status;
use crate::message::{Message, Translatable};
use crate::profile::{UserId, UserProfile};
use crate::roles::{Permission, PermissionSet, Role, RoleSet};

/// The signed-in person asking to do something, with permissions as they are right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: UserId,
    pub account_type: AccountType,
    pub status: Status,
    pub permissions: PermissionSet,
}

/// The user something is done to, with the powers their account carries: what they may do
/// while active (a deactivated admin's roles come back on reactivation, so they count too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: UserId,
    pub account_type: AccountType,
    pub permissions: PermissionSet,
}

impl Target {
    /// `profile` as the target of an action, its powers read from `catalog`.
    pub fn of(profile: &UserProfile, catalog: &[Role]) -> Self {
        Target {
            id: profile.id,
            account_type: profile.account_type,
            permissions: powers(profile.account_type, &profile.roles, catalog),
        }
    }
}

/// What an account of this type with these roles may do once active.
fn powers(account_type: AccountType, roles: &RoleSet, catalog: &[Role]) -> PermissionSet {
    effective_permissions(account_type, Status::Active, roles, catalog)
}

/// The roles that count for an account of this type: only Config admins have any.
pub fn live_roles(profile: &UserProfile) -> RoleSet {
    if profile.account_type.carries_roles() {
        profile.roles.clone()
    } else {
        RoleSet::default()
    }
}

/// Roles belong only to Config admins: when a change moves someone to another type and leaves their
/// roles as they were, the roles go with the old type. (Roles the change itself sets for a type that
/// has none stay, for the policy to refuse.)
pub fn drop_stale_roles(before: &UserProfile, after: &mut UserProfile) {
    if !after.account_type.carries_roles() && after.roles == before.roles {
        after.roles = RoleSet::default();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    View,
    /// Create a user of this account type.
    Create,
    /// Names, title, badge, phones, language, group.
    EditProfile,
    ChangeAccountType {
        to: AccountType,
    },
    AssignRoles,
    Deactivate,
    Reactivate,
    /// Activation, welcome or password-reset e-mail.
    SendEmail,
    ViewAudit,
    /// Set the identifier an identity provider knows the user by (`externalId`): administration,
    /// even of oneself.
    SetExternalId,
    /// Delete the account for good.
    Delete,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("your account is not active")]
    ActorInactive,
    #[error("you need the {0:?} permission")]
    MissingPermission(Permission),
    #[error("nobody can change their own account type")]
    OwnAccountType,
    #[error("you cannot deactivate your own account")]
    OwnStatus,
    #[error("only a Super admin can manage a Super admin")]
    SuperAdminOnly,
    #[error("only Config admins have roles")]
    RolesOnlyForConfigAdmins,
    #[error("the role {0} is not in the account's role catalog")]
    UnknownRole(String),
    #[error("you cannot grant a permission you do not have yourself")]
    GrantBeyondOwn(Permission),
    #[error("this user holds the {0:?} permission, which you do not have")]
    TargetHoldsMore(Permission),
    #[error(transparent)]
    AccountType(#[from] AccountTypeError),
}

impl Translatable for Denied {
    fn message(&self) -> Message {
        match self {
            Denied::ActorInactive => Message::new("denied-actor-inactive"),
            Denied::MissingPermission(p) => {
                Message::new("denied-missing-permission").with("permission", p.as_str())
            }
            Denied::OwnAccountType => Message::new("denied-own-account-type"),
            Denied::OwnStatus => Message::new("denied-own-status"),
            Denied::SuperAdminOnly => Message::new("denied-super-admin-only"),
            Denied::RolesOnlyForConfigAdmins => Message::new("denied-roles-config-admin-only"),
            Denied::UnknownRole(id) => Message::new("denied-unknown-role").with("role", id.clone()),
            Denied::GrantBeyondOwn(p) => {
                Message::new("denied-grant-beyond-own").with("permission", p.as_str())
            }
            Denied::TargetHoldsMore(p) => {
                Message::new("denied-target-holds-more").with("permission", p.as_str())
            }
            Denied::AccountType(e) => e.message(),
        }
    }
}

/// What an account of this type, holding these roles, may do. Super admins (account owners) may do
/// everything; Config admins what their roles switch on; everyone else manages only themselves.
pub fn effective_permissions(
    account_type: AccountType,
    status: Status,
    roles: &RoleSet,
    catalog: &[Role],
) -> PermissionSet {
    if status == Status::Inactive {
        return PermissionSet::new();
    }
    match account_type {
        AccountType::SuperAdmin => Permission::ALL.into_iter().collect(),
        AccountType::ConfigAdmin => roles.effective_permissions(catalog),
        AccountType::Internal | AccountType::External | AccountType::OneTimeCompletion => {
            PermissionSet::new()
        }
    }
}

impl Actor {
    /// `profile` as the one asking, their permissions read from `catalog` as they are now.
    pub fn of(profile: &UserProfile, catalog: &[Role]) -> Self {
        Self {
            id: profile.id,
            account_type: profile.account_type,
            status: profile.status,
            permissions: effective_permissions(
                profile.account_type,
                profile.status,
                &profile.roles,
                catalog,
            ),
        }
    }

    fn require(&self, permission: Permission) -> Result<(), Denied> {
        if self.permissions.contains(&permission) {
            Ok(())
        } else {
            Err(Denied::MissingPermission(permission))
        }
    }

    /// Nobody manages someone more powerful than themselves: only a Super admin manages a Super
    /// admin, and (Super admins aside) everything the target may do, the actor must be able to
    /// do too. Equal powers are fine.
    fn guard_stronger(&self, target: &Target) -> Result<(), Denied> {
        if self.account_type == AccountType::SuperAdmin {
            return Ok(());
        }
        if target.account_type == AccountType::SuperAdmin {
            return Err(Denied::SuperAdminOnly);
        }
        match target
            .permissions
            .iter()
            .find(|p| !self.permissions.contains(p))
        {
            Some(p) => Err(Denied::TargetHoldsMore(*p)),
            None => Ok(()),
        }
    }

    /// May this actor do `action` to `target` right now?
    pub fn may(&self, action: Action, target: &Target) -> Result<(), Denied> {
        if self.status != Status::Active {
            return Err(Denied::ActorInactive);
        }
        let own = self.id == target.id;
        match action {
            Action::View if own => Ok(()),
            Action::View => self.require(Permission::UsersView),
            Action::Create => {
                self.require(Permission::UsersCreate)?;
                self.guard_stronger(target)
            }
            Action::EditProfile if own => Ok(()),
            Action::EditProfile => {
                self.require(Permission::UsersEdit)?;
                self.guard_stronger(target)
            }
            Action::ChangeAccountType { to } => {
                if own {
                    return Err(Denied::OwnAccountType);
                }
                self.require(Permission::UsersEdit)?;
                self.guard_stronger(target)?;
                if to == AccountType::SuperAdmin && self.account_type != AccountType::SuperAdmin {
                    return Err(Denied::SuperAdminOnly);
                }
                match target.account_type.change_to(to)? {
                    TypeChange::Unchanged | TypeChange::Plain | TypeChange::AsksForActivation => {
                        Ok(())
                    }
                }
            }
            Action::AssignRoles => {
                if own {
                    // Granting yourself roles is changing your own powers, like your own type.
                    return Err(Denied::OwnAccountType);
                }
                self.require(Permission::RolesAssign)?;
                if !target.account_type.carries_roles() {
                    return Err(Denied::RolesOnlyForConfigAdmins);
                }
                self.guard_stronger(target)
            }
            Action::Deactivate | Action::Reactivate | Action::Delete => {
                if own {
                    return Err(Denied::OwnStatus);
                }
                self.require(Permission::UsersDeactivate)?;
                self.guard_stronger(target)
            }
            Action::SetExternalId => {
                self.require(Permission::UsersEdit)?;
                if own {
                    Ok(())
                } else {
                    self.guard_stronger(target)
                }
            }
            Action::SendEmail => {
                self.require(Permission::UsersInvite)?;
                if own {
                    Ok(())
                } else {
                    self.guard_stronger(target)
                }
            }
            Action::ViewAudit => self.require(Permission::AuditView),
        }
    }
}

impl Actor {
    /// Creating, renaming and deleting custom groups is configuration (`config.manage`); moving
    /// people in or out of a group is editing them, checked per person with [`Actor::may_change`].
    pub fn may_manage_groups(&self) -> Result<(), Denied> {
        if self.status != Status::Active {
            return Err(Denied::ActorInactive);
        }
        self.require(Permission::ConfigManage)
    }

    /// May this actor give someone who held `before` the roles `after`? Every role must be in the
    /// catalog, and (but for Super admins) the roles added may grant only permissions the actor
    /// holds: nobody hands out more power than they have.
    pub fn may_grant(
        &self,
        before: &RoleSet,
        after: &RoleSet,
        catalog: &[Role],
    ) -> Result<(), Denied> {
        for id in after.ids() {
            let Some(role) = catalog.iter().find(|r| r.id == id) else {
                return Err(Denied::UnknownRole(id.to_owned()));
            };
            if before.contains(id) || self.account_type == AccountType::SuperAdmin {
                continue;
            }
            if let Some(p) = role
                .permissions
                .iter()
                .find(|p| !self.permissions.contains(p))
            {
                return Err(Denied::GrantBeyondOwn(*p));
            }
        }
        Ok(())
    }

    /// May this actor turn `before` into `after`? Each kind of change needs its own right: profile
    /// fields, the account type, the roles and the status are checked separately, each against
    /// the target as they are now; and (Super admins aside) what the target may do afterwards, the
    /// actor must be able to do too, so a change of type or roles never grants more than the actor
    /// holds. Roles count only for Config admins: a move to Config admin grants the roles it comes
    /// with, and roles left on another type grant nothing.
    pub fn may_change(
        &self,
        before: &UserProfile,
        after: &UserProfile,
        catalog: &[Role],
    ) -> Result<(), Denied> {
        let target = Target::of(before, catalog);
        let (roles_before, roles_after) = (live_roles(before), live_roles(after));
        let mut plain_before = before.clone();
        plain_before.account_type = after.account_type;
        plain_before.roles = after.roles.clone();
        plain_before.status = after.status;
        if plain_before != *after {
            self.may(Action::EditProfile, &target)?;
        }
        if before.account_type != after.account_type {
            self.may(
                Action::ChangeAccountType {
                    to: after.account_type,
                },
                &target,
            )?;
        }
        if !after.account_type.carries_roles() {
            // Roles go with a move away from Config admin (the type change is what is judged);
            // setting new ones on a type without roles is refused.
            if !after.roles.is_empty() && after.roles != before.roles {
                return Err(Denied::RolesOnlyForConfigAdmins);
            }
        } else if roles_before != roles_after {
            self.may(
                Action::AssignRoles,
                &Target {
                    account_type: after.account_type,
                    ..target.clone()
                },
            )?;
            self.may_grant(&roles_before, &roles_after, catalog)?;
        }
        if before.status != after.status {
            let action = if after.status == Status::Inactive {
                Action::Deactivate
            } else {
                Action::Reactivate
            };
            self.may(action, &target)?;
        }
        if *before != *after && self.id != before.id {
            self.guard_stronger(&Target::of(after, catalog))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
