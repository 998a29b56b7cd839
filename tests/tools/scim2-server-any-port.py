"""Starts PyPI's scim2-server on a port the system picks and prints `listening on <port>` once it
listens, so a test never chooses a port that something else could take before the server binds it.

Run with the scim2-server venv's Python: `python scim2-server-any-port.py [scim2-server options]`
(the options as for `scim2-server`, without `--port`)."""

import sys

from scim2_server.testserver import cli

make_server = cli.make_server


def announced(*args, **kwargs):
    server = make_server(*args, **kwargs)
    print(f"listening on {server.server_port}", flush=True)
    return server


cli.make_server = announced
sys.argv = ["scim2-server", *sys.argv[1:], "--port", "0"]
cli.main()
