"""Runs PyPI's scim2-tester (an independent RFC 7643/7644 conformance checker) against a SCIM
server and prints one line per check. Exits 1 when any check ends in ERROR or CRITICAL (a MUST
of the RFCs broken), 0 otherwise.

    python scim-conformance.py BASE_URL BEARER_TOKEN [TAG...]

With TAGs, only the checks of those scim2-tester tags run (e.g. discovery, crud:read).
"""

import sys

from httpx2 import Client
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import Status, check_server

FAILED = {Status.ERROR, Status.CRITICAL}


def main() -> int:
    base, token, tags = sys.argv[1], sys.argv[2], set(sys.argv[3:])
    http = Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60)
    client = SyncSCIMClient(http)
    results = check_server(client, include_tags=tags or None)
    failed = 0
    for r in results:
        if r.status in FAILED:
            failed += 1
        reason = f": {r.reason}" if r.reason else ""
        where = f" [{r.resource_type}]" if getattr(r, "resource_type", None) else ""
        print(f"{r.status.name} {r.title}{where}{reason}", flush=True)
    print(f"conformance: {len(results)} checks, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
