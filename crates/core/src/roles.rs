//! Permissions, roles and the role set of a user: at most 25 roles, and effective permissions are
//! the union of what every role switches on.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::message::{Message, Translatable};

pub const MAX_ROLES_PER_USER: usize = 25;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Permission {
    #[serde(rename = "users.view")]
    UsersView,
    #[serde(rename = "users.edit")]
    UsersEdit,
    #[serde(rename = "users.create")]
    UsersCreate,
    #[serde(rename = "users.deactivate")]
    UsersDeactivate,
    /// Send activation, welcome and password-reset e-mails.
    #[serde(rename = "users.invite")]
    UsersInvite,
    #[serde(rename = "roles.assign")]
    RolesAssign,
    #[serde(rename = "config.manage")]
    ConfigManage,
    #[serde(rename = "audit.view")]
    AuditView,
}

impl Permission {
    pub const ALL: [Permission; 8] = [
        Permission::UsersView,
        Permission::UsersEdit,
        Permission::UsersCreate,
        Permission::UsersDeactivate,
        Permission::UsersInvite,
        Permission::RolesAssign,
        Permission::ConfigManage,
        Permission::AuditView,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Permission::UsersView => "users.view",
            Permission::UsersEdit => "users.edit",
            Permission::UsersCreate => "users.create",
            Permission::UsersDeactivate => "users.deactivate",
            Permission::UsersInvite => "users.invite",
            Permission::RolesAssign => "roles.assign",
            Permission::ConfigManage => "config.manage",
            Permission::AuditView => "audit.view",
        }
    }

    /// The permissions that let someone manage other users.
    pub const USER_MANAGEMENT: [Permission; 5] = [
        Permission::UsersView,
        Permission::UsersEdit,
        Permission::UsersCreate,
        Permission::UsersDeactivate,
        Permission::UsersInvite,
    ];
}

pub type PermissionSet = BTreeSet<Permission>;

/// A role from the account's role catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub permissions: PermissionSet,
    pub built_in: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleError {
    #[error("a user can have at most {MAX_ROLES_PER_USER} roles")]
    TooMany,
    #[error("the Administrator role manages configuration, not users")]
    AdministratorCannotManageUsers,
}

impl Translatable for RoleError {
    fn message(&self) -> Message {
        match self {
            RoleError::TooMany => {
                Message::new("error-roles-too-many").with("max", MAX_ROLES_PER_USER)
            }
            RoleError::AdministratorCannotManageUsers => {
                Message::new("error-role-administrator-users")
            }
        }
    }
}

impl Role {
    pub const ACCOUNT_OWNER: &'static str = "account-owner";
    pub const USER_MANAGER: &'static str = "user-manager";
    pub const USER_VIEWER: &'static str = "user-viewer";
    pub const ADMINISTRATOR: &'static str = "administrator";

    /// The roles every account starts with.
    pub fn built_ins() -> Vec<Role> {
        let role = |id: &str, name: &str, permissions: &[Permission]| Role {
            id: id.to_owned(),
            name: name.to_owned(),
            permissions: permissions.iter().copied().collect(),
            built_in: true,
        };
        vec![
            role(Self::ACCOUNT_OWNER, "Account owner", &Permission::ALL),
            role(
                Self::USER_MANAGER,
                "User manager",
                &[
                    Permission::UsersView,
                    Permission::UsersEdit,
                    Permission::UsersCreate,
                    Permission::UsersDeactivate,
                    Permission::UsersInvite,
                    Permission::AuditView,
                ],
            ),
            role(Self::USER_VIEWER, "User viewer", &[Permission::UsersView]),
            role(
                Self::ADMINISTRATOR,
                "Administrator",
                &[Permission::ConfigManage, Permission::AuditView],
            ),
        ]
    }

    /// The built-in Administrator role may be edited, but never to manage users.
    pub fn validate(&self) -> Result<(), RoleError> {
        let manages_users = self
            .permissions
            .iter()
            .any(|p| Permission::USER_MANAGEMENT.contains(p));
        if self.id == Self::ADMINISTRATOR && manages_users {
            return Err(RoleError::AdministratorCannotManageUsers);
        }
        Ok(())
    }
}

/// The roles held by one user: distinct, at most [`MAX_ROLES_PER_USER`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct RoleSet(BTreeSet<String>);

impl RoleSet {
    pub fn new<I, S>(ids: I) -> Result<Self, RoleError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let set: BTreeSet<String> = ids.into_iter().map(Into::into).collect();
        if set.len() > MAX_ROLES_PER_USER {
            return Err(RoleError::TooMany);
        }
        Ok(Self(set))
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.contains(id)
    }

    /// The first role held that `catalog` does not have, if any.
    pub fn unknown_in(&self, catalog: &[Role]) -> Option<&str> {
        self.ids().find(|id| !catalog.iter().any(|r| r.id == *id))
    }

    /// Every permission switched on in any held role, whatever the other roles say.
    pub fn effective_permissions(&self, catalog: &[Role]) -> PermissionSet {
        catalog
            .iter()
            .filter(|r| self.0.contains(&r.id))
            .flat_map(|r| r.permissions.iter().copied())
            .collect()
    }
}

impl<'de> Deserialize<'de> for RoleSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let ids = Vec::<String>::deserialize(d)?;
        RoleSet::new(ids).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn at_most_twenty_five_roles() {
        assert!(RoleSet::new((0..25).map(|i| format!("r{i}"))).is_ok());
        assert_eq!(
            RoleSet::new((0..26).map(|i| format!("r{i}"))),
            Err(RoleError::TooMany)
        );
    }

    #[test]
    fn duplicates_count_once() {
        let set = RoleSet::new(["a", "a", "b"]).expect("two roles");
        assert_eq!(set.len(), 2);
    }

    #[test]
    fn effective_permissions_are_the_union_of_roles() {
        let catalog = Role::built_ins();
        let set = RoleSet::new([Role::USER_VIEWER, Role::ADMINISTRATOR]).expect("valid");
        let perms = set.effective_permissions(&catalog);
        assert!(perms.contains(&Permission::UsersView));
        assert!(perms.contains(&Permission::ConfigManage));
        assert!(!perms.contains(&Permission::UsersEdit));
    }

    #[test]
    fn administrator_role_cannot_manage_users() {
        let catalog = Role::built_ins();
        let admin = catalog
            .iter()
            .find(|r| r.id == Role::ADMINISTRATOR)
            .expect("built in");
        assert_eq!(admin.validate(), Ok(()));
        let only_admin = RoleSet::new([Role::ADMINISTRATOR]).expect("valid");
        assert!(
            !only_admin
                .effective_permissions(&catalog)
                .contains(&Permission::UsersView)
        );

        let mut widened = admin.clone();
        widened.permissions.insert(Permission::UsersEdit);
        assert_eq!(
            widened.validate(),
            Err(RoleError::AdministratorCannotManageUsers)
        );
    }

    #[test]
    fn serialized_permissions_use_dotted_names() {
        assert_eq!(
            serde_json::to_string(&Permission::UsersView)
                .ok()
                .as_deref(),
            Some("\"users.view\"")
        );
    }

    proptest! {
        /// Adding a role never takes a permission away.
        #[test]
        fn union_is_monotonic(held in proptest::sample::subsequence(vec!["account-owner", "user-manager", "user-viewer", "administrator"], 0..4), extra in 0usize..4) {
            let catalog = Role::built_ins();
            let before = RoleSet::new(held.clone()).expect("valid").effective_permissions(&catalog);
            let mut more = held.clone();
            more.push(catalog[extra].id.as_str());
            let after = RoleSet::new(more).expect("valid").effective_permissions(&catalog);
            prop_assert!(before.is_subset(&after));
        }
    }
}
