// A SCIM 2.0 server made of npm's SCIMMY and SCIMMY Express Routers (a code base and language of
// its own, written by nobody on this team) over an in-memory store: the second independent
// server the sync engine and the app are tested against.
//
// It is set up unlike the first one: no ETags (`etag.supported: false`, no `meta.version`), ids
// that are not UUIDs, list pages of at most `--page-size` users whatever `count` asks for,
// `meta.lastModified` with milliseconds, Bulk results for PATCH without a `bulkId`.
//
//     node server.mjs --token TOKEN [--page-size N]
//
// It listens on a port the system picks and prints `listening on <port>` once it does.

import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const token = option("--token");
const pageSize = Number.parseInt(option("--page-size", "1000"), 10);
if (!token || !(pageSize > 0)) {
    console.error("usage: node server.mjs --token TOKEN [--page-size N]");
    process.exit(2);
}

/** Resources by id, per type; each kept as the server last wrote it. */
const stores = {User: new Map(), Group: new Map()};
let sequence = 0;
// Each write moves the clock on by at least a millisecond, so `meta.lastModified` orders writes.
let lastTime = 0;
const now = () => {
    lastTime = Math.max(Date.now(), lastTime + 1);
    return new Date(lastTime);
};

const handlers = (type, prefix) => ({
    egress(resource) {
        const store = stores[type];
        if (resource.id) {
            const found = store.get(resource.id);
            if (!found) throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
            return found;
        }
        const all = [...store.values()];
        const matched = resource.filter ? resource.filter.match(all) : all;
        // A page is never longer than this server's page size, whatever the client asked.
        const constraints = resource.constraints ?? {};
        constraints.count = Math.min(constraints.count ?? pageSize, pageSize);
        resource.constraints = constraints;
        return matched;
    },
    ingress(resource, instance) {
        const store = stores[type];
        const unique = type === "User" ? "userName" : "displayName";
        const clash = [...store.values()].find(
            (r) => r.id !== resource.id && String(r[unique]).toLowerCase() === String(instance[unique]).toLowerCase());
        if (clash) throw new SCIMMY.Types.Error(409, "uniqueness", `${unique} is already taken`);
        const time = now();
        if (resource.id) {
            const before = store.get(resource.id);
            if (!before) throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
            const after = {...JSON.parse(JSON.stringify(instance)), id: resource.id,
                meta: {resourceType: type, created: before.meta.created, lastModified: time}};
            store.set(resource.id, after);
            return after;
        }
        sequence += 1;
        const id = `${prefix}-${sequence}`;
        const created = {...JSON.parse(JSON.stringify(instance)), id,
            meta: {resourceType: type, created: time, lastModified: time}};
        store.set(id, created);
        return created;
    },
    degress(resource) {
        if (!stores[type].delete(resource.id))
            throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
    },
});

SCIMMY.Resources.declare(SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser), handlers("User", "user"));
SCIMMY.Resources.declare(SCIMMY.Resources.Group, handlers("Group", "group"));

const app = express();
app.use("/scim/v2", new SCIMMYRouters({
    type: "bearer",
    handler: (request) => {
        if (request.header("Authorization") !== `Bearer ${token}`) throw new Error("Not signed in");
        return "the-api-client";
    },
}));
SCIMMY.Config.set({filter: {supported: true, maxResults: 1000}, bulk: {supported: true, maxOperations: 100}});

const listener = app.listen(0, "127.0.0.1", () => {
    console.log(`listening on ${listener.address().port}`);
});
