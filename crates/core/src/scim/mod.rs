//! SCIM 2.0 (RFC 7643) as Userdesk speaks it: schema URNs and the mapping between a
//! [`UserProfile`](crate::UserProfile) and a SCIM `User` resource. Shared by the server (which
//! serves these resources) and the sync client (which reads and writes them).

pub mod eval;
pub mod filter;
pub mod group;
pub mod patch;
pub mod user;

pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
pub const ENTERPRISE_USER_SCHEMA: &str =
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
pub const USERDESK_USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:extension:userdesk:2.0:User";
pub const LIST_RESPONSE: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
pub const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
pub const ERROR: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
pub const BULK_REQUEST: &str = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
pub const BULK_RESPONSE: &str = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
pub const SEARCH_REQUEST: &str = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
