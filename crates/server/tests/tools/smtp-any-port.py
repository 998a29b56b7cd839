"""An SMTP server for the account server's tests: aiosmtpd storing what it receives in the
Maildir given as the only argument, on a port of 127.0.0.1 the system picks. It prints
"listening on PORT" once it accepts connections, so a test never races another program for a port.
"""

import asyncio
import sys

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP


async def main() -> None:
    handler = Mailbox(sys.argv[1])
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler), "127.0.0.1", 0)
    print("listening on", server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


asyncio.run(main())
