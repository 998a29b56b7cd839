//! What this server offers (RFC 7644 §4): `/ServiceProviderConfig`, `/ResourceTypes`, `/Schemas`.
//! Generic SCIM clients read these to learn what they may use.

use serde_json::{Value, json};
use userdesk_core::scim::{
    ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA, USERDESK_USER_SCHEMA,
};

/// Most resources a list may return at once.
pub const MAX_RESULTS: u32 = 1000;

pub fn service_provider_config(base: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        "patch": {"supported": true},
        "bulk": {
            "supported": true,
            "maxOperations": super::bulk::MAX_OPERATIONS,
            "maxPayloadSize": super::bulk::MAX_PAYLOAD,
        },
        "filter": {"supported": true, "maxResults": MAX_RESULTS},
        "changePassword": {"supported": false},
        "sort": {"supported": true},
        "etag": {"supported": true},
        "authenticationSchemes": [{
            "type": "oauthbearertoken",
            "name": "Bearer token",
            "description": "A bearer token from signing in to this server.",
            "primary": true
        }],
        "meta": {"resourceType": "ServiceProviderConfig", "location": format!("{base}/ServiceProviderConfig")}
    })
}

pub fn resource_types(base: &str) -> Vec<Value> {
    vec![
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "User",
            "name": "User",
            "endpoint": "/Users",
            "description": "A person in the account",
            "schema": USER_SCHEMA,
            "schemaExtensions": [
                {"schema": ENTERPRISE_USER_SCHEMA, "required": false},
                {"schema": USERDESK_USER_SCHEMA, "required": false}
            ],
            "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/User")}
        }),
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
            "id": "Group",
            "name": "Group",
            "endpoint": "/Groups",
            "description": "A custom user group; each user belongs to at most one",
            "schema": GROUP_SCHEMA,
            "schemaExtensions": [],
            "meta": {"resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/Group")}
        }),
    ]
}

/// One attribute definition of a schema (RFC 7643 §7): a single-valued, optional, case-insensitive,
/// read-write string unless `overrides` says otherwise.
fn attr(name: &str, kind: &str, overrides: Value) -> Value {
    let mut a = json!({
        "name": name, "type": kind, "multiValued": false, "required": false, "caseExact": false,
        "mutability": "readWrite", "returned": "default", "uniqueness": "none", "description": ""
    });
    if let (Some(a), Value::Object(o)) = (a.as_object_mut(), overrides) {
        a.extend(o);
    }
    a
}

fn string(name: &str) -> Value {
    attr(name, "string", json!({}))
}

fn complex(name: &str, multi: bool, subs: Vec<Value>) -> Value {
    attr(
        name,
        "complex",
        json!({"multiValued": multi, "subAttributes": subs}),
    )
}

fn multi_item_subs() -> Vec<Value> {
    vec![
        string("value"),
        string("display"),
        string("type"),
        attr("primary", "boolean", json!({})),
    ]
}

pub fn schemas(base: &str) -> Vec<Value> {
    let schema = |id: &str, name: &str, attributes: Vec<Value>| {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
            "id": id, "name": name, "description": name, "attributes": attributes,
            "meta": {"resourceType": "Schema", "location": format!("{base}/Schemas/{id}")}
        })
    };
    let user = vec![
        attr(
            "userName",
            "string",
            json!({"required": true, "returned": "always", "uniqueness": "server"}),
        ),
        // Every user has a given and a family name (PRODUCT.md): `name` is required, as enforced.
        {
            let mut name = complex(
                "name",
                false,
                vec![
                    string("formatted"),
                    attr("familyName", "string", json!({"required": true})),
                    attr("givenName", "string", json!({"required": true})),
                ],
            );
            name["required"] = json!(true);
            name
        },
        string("displayName"),
        string("title"),
        string("preferredLanguage"),
        attr("active", "boolean", json!({})),
        complex("emails", true, multi_item_subs()),
        complex("phoneNumbers", true, multi_item_subs()),
        complex("photos", true, multi_item_subs()),
        complex("roles", true, multi_item_subs()),
        {
            let mut g = complex("groups", true, multi_item_subs());
            g["mutability"] = json!("readOnly");
            g
        },
    ];
    let enterprise = vec![attr(
        "employeeNumber",
        "string",
        json!({"uniqueness": "server"}),
    )];
    let userdesk = vec![
        {
            let mut a = attr("accountType", "string", json!({"caseExact": true}));
            a["canonicalValues"] = json!([
                "super_admin",
                "config_admin",
                "internal",
                "external",
                "one_time_completion"
            ]);
            a
        },
        {
            let mut a = attr(
                "status",
                "string",
                json!({"caseExact": true, "mutability": "readOnly"}),
            );
            a["canonicalValues"] = json!(["created", "invited", "active", "inactive"]);
            a
        },
        attr("singleSignOn", "boolean", json!({})),
        attr(
            "mobileVerified",
            "boolean",
            json!({"mutability": "readOnly"}),
        ),
        attr("officeExtension", "string", json!({"caseExact": true})),
        attr("groupManager", "boolean", json!({})),
        attr("invitedAt", "dateTime", json!({"mutability": "readOnly"})),
        attr("activatedAt", "dateTime", json!({"mutability": "readOnly"})),
        attr(
            "lastActiveAt",
            "dateTime",
            json!({"mutability": "readOnly"}),
        ),
        {
            let mut a = attr(
                "notificationFrequency",
                "string",
                json!({"caseExact": true}),
            );
            a["canonicalValues"] = json!(["instant", "hourly", "daily", "weekly", "never"]);
            a
        },
        {
            let mut a = attr("presence", "string", json!({"caseExact": true}));
            a["canonicalValues"] = json!(["online", "away", "busy", "offline"]);
            a
        },
    ];
    let group = vec![
        attr(
            "displayName",
            "string",
            json!({"required": true, "uniqueness": "server"}),
        ),
        complex(
            "members",
            true,
            vec![
                attr(
                    "value",
                    "string",
                    json!({"caseExact": true, "mutability": "immutable"}),
                ),
                attr("display", "string", json!({"mutability": "readOnly"})),
                {
                    let mut t = attr("type", "string", json!({"mutability": "immutable"}));
                    t["canonicalValues"] = json!(["User"]);
                    t
                },
                attr(
                    "$ref",
                    "reference",
                    json!({"mutability": "immutable", "referenceTypes": ["User"]}),
                ),
            ],
        ),
    ];
    vec![
        schema(USER_SCHEMA, "User", user),
        schema(GROUP_SCHEMA, "Group", group),
        schema(ENTERPRISE_USER_SCHEMA, "EnterpriseUser", enterprise),
        schema(USERDESK_USER_SCHEMA, "UserdeskUser", userdesk),
    ]
}
