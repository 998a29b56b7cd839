//! Tests of who may do what: every account type and role against every action.

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
