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
mod tests {
    use super::*;

    #[test]
    fn the_signed_in_admin_acts_with_what_their_profile_allows_now() {
        let catalog = Role::built_ins();
        let users = crate::demo::demo_users(40, 5, time::macros::datetime!(2026-06-01 00:00 UTC));
        let mut admin = users
            .iter()
            .find(|u| u.account_type == AccountType::ConfigAdmin && u.status == Status::Active)
            .expect("an active Config admin")
            .clone();
        let target = users
            .iter()
            .find(|u| u.account_type == AccountType::Internal)
            .expect("internal");
        admin.roles = RoleSet::new([Role::USER_MANAGER]).expect("valid");
        let me = Actor::of(&admin, &catalog);
        assert_eq!(
            me.may(Action::EditProfile, &Target::of(target, &catalog)),
            Ok(())
        );
        admin.roles = RoleSet::new([Role::USER_VIEWER]).expect("valid");
        let me = Actor::of(&admin, &catalog);
        assert_eq!(
            me.may(Action::EditProfile, &Target::of(target, &catalog)),
            Err(Denied::MissingPermission(Permission::UsersEdit))
        );
        admin.status = Status::Inactive;
        assert!(Actor::of(&admin, &catalog).permissions.is_empty());
    }

    #[test]
    fn roles_granted_come_from_the_catalog_and_never_exceed_the_granter() {
        let catalog = Role::built_ins();
        let none = RoleSet::default();
        let owner = actor(AccountType::SuperAdmin, &[]);
        let manager = actor(AccountType::ConfigAdmin, &[Role::USER_MANAGER]);
        let viewer = RoleSet::new([Role::USER_VIEWER]).expect("valid");
        let owner_role = RoleSet::new([Role::ACCOUNT_OWNER]).expect("valid");
        assert_eq!(owner.may_grant(&none, &owner_role, &catalog), Ok(()));
        assert_eq!(manager.may_grant(&none, &viewer, &catalog), Ok(()));
        assert!(matches!(
            manager.may_grant(&none, &owner_role, &catalog),
            Err(Denied::GrantBeyondOwn(_))
        ));
        // Keeping a role someone already has is not granting it.
        assert_eq!(
            manager.may_grant(&owner_role, &owner_role, &catalog),
            Ok(())
        );
        let ghost = RoleSet::new(["no-such-role"]).expect("valid");
        assert_eq!(
            owner.may_grant(&none, &ghost, &catalog),
            Err(Denied::UnknownRole("no-such-role".into()))
        );
    }
    use uuid::Uuid;

    fn actor(account_type: AccountType, roles: &[&str]) -> Actor {
        let roles = RoleSet::new(roles.iter().copied()).expect("valid");
        Actor {
            id: UserId(Uuid::new_v4()),
            account_type,
            status: Status::Active,
            permissions: effective_permissions(
                account_type,
                Status::Active,
                &roles,
                &Role::built_ins(),
            ),
        }
    }

    fn target(account_type: AccountType) -> Target {
        target_with(account_type, &[])
    }

    fn target_with(account_type: AccountType, roles: &[&str]) -> Target {
        let roles = RoleSet::new(roles.iter().copied()).expect("valid");
        Target {
            id: UserId(Uuid::new_v4()),
            account_type,
            permissions: powers(account_type, &roles, &Role::built_ins()),
        }
    }

    fn itself(a: &Actor) -> Target {
        Target {
            id: a.id,
            account_type: a.account_type,
            permissions: a.permissions.clone(),
        }
    }

    #[test]
    fn super_admins_can_edit_anyone() {
        let owner = actor(AccountType::SuperAdmin, &[]);
        for t in AccountType::ALL {
            assert_eq!(owner.may(Action::EditProfile, &target(t)), Ok(()), "{t:?}");
        }
    }

    #[test]
    fn account_owner_role_can_edit_other_users() {
        let a = actor(AccountType::ConfigAdmin, &[Role::ACCOUNT_OWNER]);
        assert_eq!(
            a.may(Action::EditProfile, &target(AccountType::Internal)),
            Ok(())
        );
    }

    #[test]
    fn administrator_role_cannot_manage_users() {
        let a = actor(AccountType::ConfigAdmin, &[Role::ADMINISTRATOR]);
        let t = target(AccountType::Internal);
        assert_eq!(
            a.may(Action::View, &t),
            Err(Denied::MissingPermission(Permission::UsersView))
        );
        assert_eq!(
            a.may(Action::EditProfile, &t),
            Err(Denied::MissingPermission(Permission::UsersEdit))
        );
        assert_eq!(
            a.may(Action::Deactivate, &t),
            Err(Denied::MissingPermission(Permission::UsersDeactivate))
        );
    }

    #[test]
    fn viewers_see_but_do_not_edit() {
        let a = actor(AccountType::ConfigAdmin, &[Role::USER_VIEWER]);
        let t = target(AccountType::External);
        assert_eq!(a.may(Action::View, &t), Ok(()));
        assert_eq!(
            a.may(Action::EditProfile, &t),
            Err(Denied::MissingPermission(Permission::UsersEdit))
        );
    }

    #[test]
    fn nobody_changes_their_own_account_type() {
        for t in AccountType::ALL {
            let a = actor(t, &[Role::ACCOUNT_OWNER]);
            assert_eq!(
                a.may(
                    Action::ChangeAccountType {
                        to: AccountType::Internal
                    },
                    &itself(&a)
                ),
                Err(Denied::OwnAccountType)
            );
        }
    }

    #[test]
    fn full_accounts_cannot_become_one_time_completion_even_for_super_admins() {
        let owner = actor(AccountType::SuperAdmin, &[]);
        assert_eq!(
            owner.may(
                Action::ChangeAccountType {
                    to: AccountType::OneTimeCompletion
                },
                &target(AccountType::Internal)
            ),
            Err(Denied::AccountType(
                AccountTypeError::CannotBecomeOneTimeCompletion
            ))
        );
        assert_eq!(
            owner.may(
                Action::ChangeAccountType {
                    to: AccountType::External
                },
                &target(AccountType::OneTimeCompletion)
            ),
            Ok(())
        );
    }

    #[test]
    fn only_super_admins_manage_or_create_super_admins() {
        let manager = actor(AccountType::ConfigAdmin, &[Role::USER_MANAGER]);
        assert_eq!(
            manager.may(Action::EditProfile, &target(AccountType::SuperAdmin)),
            Err(Denied::SuperAdminOnly)
        );
        assert_eq!(
            manager.may(
                Action::ChangeAccountType {
                    to: AccountType::SuperAdmin
                },
                &target(AccountType::Internal)
            ),
            Err(Denied::SuperAdminOnly)
        );
    }

    #[test]
    fn everyone_sees_and_edits_themselves_but_not_their_status() {
        let a = actor(AccountType::External, &[]);
        assert_eq!(a.may(Action::View, &itself(&a)), Ok(()));
        assert_eq!(a.may(Action::EditProfile, &itself(&a)), Ok(()));
        assert_eq!(
            a.may(Action::View, &target(AccountType::External)),
            Err(Denied::MissingPermission(Permission::UsersView))
        );
        let owner = actor(AccountType::SuperAdmin, &[]);
        assert_eq!(
            owner.may(Action::Deactivate, &itself(&owner)),
            Err(Denied::OwnStatus)
        );
    }

    #[test]
    fn creating_needs_the_create_permission_and_super_admins_need_a_super_admin() {
        let manager = actor(AccountType::ConfigAdmin, &[Role::USER_MANAGER]);
        assert_eq!(
            manager.may(Action::Create, &target(AccountType::Internal)),
            Ok(())
        );
        assert_eq!(
            manager.may(Action::Create, &target(AccountType::SuperAdmin)),
            Err(Denied::SuperAdminOnly)
        );
        let viewer = actor(AccountType::ConfigAdmin, &[Role::USER_VIEWER]);
        assert_eq!(
            viewer.may(Action::Create, &target(AccountType::Internal)),
            Err(Denied::MissingPermission(Permission::UsersCreate))
        );
    }

    #[test]
    fn each_kind_of_change_needs_its_own_right() {
        let users = crate::demo::demo_users(40, 5, time::macros::datetime!(2026-06-01 00:00 UTC));
        let before = users
            .iter()
            .find(|u| u.account_type == AccountType::Internal && u.status == Status::Active)
            .expect("internal")
            .clone();
        let viewer = actor(AccountType::ConfigAdmin, &[Role::USER_VIEWER]);
        let manager = actor(AccountType::ConfigAdmin, &[Role::USER_MANAGER]);
        let owner = actor(AccountType::SuperAdmin, &[]);

        let mut renamed = before.clone();
        renamed.last_name = crate::PersonName::parse("Renamed").expect("valid");
        assert_eq!(
            viewer.may_change(&before, &renamed, &Role::built_ins()),
            Err(Denied::MissingPermission(Permission::UsersEdit))
        );
        assert_eq!(
            manager.may_change(&before, &renamed, &Role::built_ins()),
            Ok(())
        );
        assert_eq!(
            manager.may_change(&before, &before, &Role::built_ins()),
            Ok(()),
            "no change needs no right"
        );

        let mut deactivated = before.clone();
        deactivated.status = Status::Inactive;
        assert_eq!(
            manager.may_change(&before, &deactivated, &Role::built_ins()),
            Ok(())
        );
        assert_eq!(
            viewer.may_change(&before, &deactivated, &Role::built_ins()),
            Err(Denied::MissingPermission(Permission::UsersDeactivate))
        );

        let mut promoted = before.clone();
        promoted.account_type = AccountType::SuperAdmin;
        assert_eq!(
            manager.may_change(&before, &promoted, &Role::built_ins()),
            Err(Denied::SuperAdminOnly)
        );
        assert_eq!(
            owner.may_change(&before, &promoted, &Role::built_ins()),
            Ok(())
        );

        let mut own = before.clone();
        own.account_type = AccountType::External;
        let me = Actor {
            id: before.id,
            ..owner.clone()
        };
        assert_eq!(
            me.may_change(&before, &own, &Role::built_ins()),
            Err(Denied::OwnAccountType)
        );
    }

    #[test]
    fn roles_only_for_config_admins() {
        let owner = actor(AccountType::SuperAdmin, &[]);
        assert_eq!(
            owner.may(Action::AssignRoles, &target(AccountType::ConfigAdmin)),
            Ok(())
        );
        assert_eq!(
            owner.may(Action::AssignRoles, &target(AccountType::Internal)),
            Err(Denied::RolesOnlyForConfigAdmins)
        );
    }

    #[test]
    fn deactivated_admins_can_do_nothing_and_get_their_permissions_back_on_reactivation() {
        let roles = RoleSet::new([Role::USER_MANAGER]).expect("valid");
        let catalog = Role::built_ins();
        assert!(
            effective_permissions(AccountType::ConfigAdmin, Status::Inactive, &roles, &catalog)
                .is_empty()
        );
        let restored =
            effective_permissions(AccountType::ConfigAdmin, Status::Active, &roles, &catalog);
        assert!(restored.contains(&Permission::UsersEdit));
        let mut a = actor(AccountType::SuperAdmin, &[]);
        a.status = Status::Inactive;
        assert_eq!(
            a.may(Action::View, &target(AccountType::Internal)),
            Err(Denied::ActorInactive)
        );
    }

    /// Every action on another user, by a User manager, against a target weaker than, equal to
    /// and stronger than them: only the stronger one is out of reach.
    #[test]
    fn nobody_acts_on_someone_stronger_than_themselves() {
        let manager = actor(AccountType::ConfigAdmin, &[Role::USER_MANAGER]);
        let weaker = target_with(AccountType::ConfigAdmin, &[Role::USER_VIEWER]);
        let equal = target_with(AccountType::ConfigAdmin, &[Role::USER_MANAGER]);
        let stronger = target_with(AccountType::ConfigAdmin, &[Role::ACCOUNT_OWNER]);
        let config = target_with(AccountType::ConfigAdmin, &[Role::ADMINISTRATOR]);
        let actions = [
            Action::EditProfile,
            Action::ChangeAccountType {
                to: AccountType::Internal,
            },
            Action::Deactivate,
            Action::Reactivate,
            Action::Delete,
            Action::SendEmail,
            Action::SetExternalId,
        ];
        for action in actions {
            assert_eq!(manager.may(action, &weaker), Ok(()), "{action:?} weaker");
            assert_eq!(manager.may(action, &equal), Ok(()), "{action:?} equal");
            assert!(
                matches!(
                    manager.may(action, &stronger),
                    Err(Denied::TargetHoldsMore(_))
                ),
                "{action:?} stronger"
            );
            assert!(
                matches!(
                    manager.may(action, &config),
                    Err(Denied::TargetHoldsMore(_))
                ),
                "{action:?} an Administrator holds config.manage, which a User manager lacks"
            );
        }
        // Seeing is not acting: a viewer of users sees everyone.
        assert_eq!(manager.may(Action::View, &stronger), Ok(()));
        // A Super admin is above the rule, and an Account owner reaches every Config admin.
        let owner = actor(AccountType::SuperAdmin, &[]);
        let account_owner = actor(AccountType::ConfigAdmin, &[Role::ACCOUNT_OWNER]);
        for action in actions {
            assert_eq!(owner.may(action, &stronger), Ok(()), "{action:?}");
            assert_eq!(account_owner.may(action, &stronger), Ok(()), "{action:?}");
        }
    }

    #[test]
    fn a_deactivated_admin_counts_with_the_powers_reactivation_gives_back() {
        let users = crate::demo::demo_users(40, 5, time::macros::datetime!(2026-06-01 00:00 UTC));
        let mut owner_off = users[0].clone();
        owner_off.account_type = AccountType::ConfigAdmin;
        owner_off.roles = RoleSet::new([Role::ACCOUNT_OWNER]).expect("valid");
        owner_off.status = Status::Inactive;
        let manager = actor(AccountType::ConfigAdmin, &[Role::USER_MANAGER]);
        let mut back = owner_off.clone();
        back.status = Status::Active;
        assert!(matches!(
            manager.may_change(&owner_off, &back, &Role::built_ins()),
            Err(Denied::TargetHoldsMore(_))
        ));
    }

    #[test]
    fn roles_count_only_for_config_admins_and_a_move_there_grants_them() {
        let catalog = Role::built_ins();
        let users = crate::demo::demo_users(40, 5, time::macros::datetime!(2026-06-01 00:00 UTC));
        let mut admin = users
            .iter()
            .find(|u| u.status == Status::Active)
            .expect("active")
            .clone();
        admin.account_type = AccountType::ConfigAdmin;
        admin.roles = RoleSet::new([Role::USER_VIEWER]).expect("valid");
        let manager = actor(AccountType::ConfigAdmin, &[Role::USER_MANAGER]);

        // A demotion leaves no roles behind.
        let mut demoted = admin.clone();
        demoted.account_type = AccountType::Internal;
        drop_stale_roles(&admin, &mut demoted);
        assert!(demoted.roles.is_empty());
        assert_eq!(manager.may_change(&admin, &demoted, &catalog), Ok(()));

        // Someone who still carries roles from an earlier time as Internal gets them only by a
        // grant: moving them back to Config admin is granting the roles they come with.
        let mut stale = demoted.clone();
        stale.roles = RoleSet::new([Role::ACCOUNT_OWNER]).expect("valid");
        let mut promoted = stale.clone();
        promoted.account_type = AccountType::ConfigAdmin;
        assert_eq!(
            manager.may_change(&stale, &promoted, &catalog),
            Err(Denied::MissingPermission(Permission::RolesAssign))
        );
        let granter = actor(
            AccountType::ConfigAdmin,
            &[Role::USER_MANAGER, Role::USER_VIEWER],
        );
        let mut granter = granter;
        granter.permissions.insert(Permission::RolesAssign);
        assert!(matches!(
            granter.may_change(&stale, &promoted, &catalog),
            Err(Denied::GrantBeyondOwn(_))
        ));
        // Setting roles on a type that has none is refused, whoever asks.
        let mut internal_with_roles = demoted.clone();
        internal_with_roles.roles = RoleSet::new([Role::USER_VIEWER]).expect("valid");
        let owner = actor(AccountType::SuperAdmin, &[]);
        assert_eq!(
            owner.may_change(&demoted, &internal_with_roles, &catalog),
            Err(Denied::RolesOnlyForConfigAdmins)
        );
    }
}
