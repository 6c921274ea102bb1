#!/usr/bin/python3
"""Loopback SMTP sink for Intake's tests (stdlib + aiosmtpd).

Run it with /usr/bin/python3: aiosmtpd comes from Debian's python3-aiosmtpd
package, which is installed for the system interpreter only (a pyenv or venv
python3 on $PATH does not have it). scripts/servers starts it; it can also be
run by hand (--help).

What it does with every accepted message:

  --out DIR        writes DIR/NNNNNN.eml, the message bytes exactly as received
                   (after SMTP dot-unstuffing; line endings untouched), and then
                   DIR/NNNNNN.json with the envelope:
                     {"seq", "mail_from", "rcpt_tos", "auth_user", "tls", "size",
                      "tls_mode", "mail_options", "rcpt_options", "helo",
                      "delivered_to", "received_at"}
                   Both files appear atomically (tmp + rename), .json last: a
                   test that sees NNNNNN.json can read NNNNNN.eml.
  --maildir-root ROOT
                   also delivers the same bytes into ROOT/<user>/Maildir/new/
                   (Dovecot picks them up, so they can be read over IMAP) for
                   recipients <user>@<--domain> where <user> is a --mailbox-user
                   (a "+tag" suffix is ignored). Any other recipient goes to the
                   --catchall-user's Maildir, if one is given; otherwise it is
                   only written to --out.

Recipient rules (checked at RCPT TO, before anything else):
  --reject-rcpt REGEX     550 5.1.1 for matching addresses (case-insensitive)
  --tempfail-rcpt REGEX   451 4.3.0 for matching addresses

Listeners: --listen 127.0.0.1:PORT (plain, STARTTLS when --tls-cert/--tls-key
are given) and --smtps-port PORT (implicit TLS). Loopback addresses only.
AUTH PLAIN and LOGIN against --auth user:password (repeatable) and/or the
user:password lines of --auth-file; AUTH is offered
without TLS too unless --auth-require-tls; --auth-required makes MAIL FROM
without AUTH fail with 530.

Writes --pidfile once all listeners are bound; stops cleanly on SIGTERM/SIGINT.
Logs one line per message (and errors) to stderr.
"""

import argparse
import asyncio
import datetime
import json
import logging
import os
import re
import signal
import socket
import ssl
import sys
import time

try:
    from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
except ImportError:  # pragma: no cover - depends on the machine
    sys.exit("smtp-sink: cannot import aiosmtpd; install Debian's python3-aiosmtpd "
             "and run this with /usr/bin/python3 (now: %s)" % sys.executable)

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def log(msg):
    print("smtp-sink: " + msg, file=sys.stderr, flush=True)


def write_atomically(path, payload, uid=-1, gid=-1):
    """Write bytes to path via path.tmp + rename, so readers never see half a file."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(payload)
    if uid >= 0:
        os.chown(tmp, uid, gid)
    os.rename(tmp, path)


class Sink:
    """aiosmtpd handler: recipient checks at RCPT, capture at DATA."""

    def __init__(self, args):
        self.out = args.out
        self.root = args.maildir_root
        self.domains = {d.lower() for d in args.domain}
        self.users = set(args.mailbox_user)
        self.catchall = args.catchall_user
        self.uid, self.gid = args.uid, args.gid
        self.reject = [re.compile(r, re.I) for r in args.reject_rcpt]
        self.tempfail = [re.compile(r, re.I) for r in args.tempfail_rcpt]
        self.seq = 0
        if self.out:
            os.makedirs(self.out, exist_ok=True)
            # continue numbering after a restart on the same folder
            numbers = [int(f[:-4]) for f in os.listdir(self.out)
                       if f.endswith(".eml") and f[:-4].isdigit()]
            self.seq = max(numbers, default=0)
        if self.catchall:
            self.users.add(self.catchall)
        self.hostname = socket.gethostname()

    # -- recipients -----------------------------------------------------------

    def mailbox_user(self, rcpt):
        """Dovecot user whose INBOX gets a copy for rcpt, or None."""
        if not self.root:
            return None
        local, _, domain = rcpt.rpartition("@")
        local = local.split("+", 1)[0].lower()
        if domain.lower() in self.domains and local in self.users:
            return local
        return self.catchall

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if any(r.search(address) for r in self.reject):
            return "550 5.1.1 <%s>: recipient rejected (test server rule)" % address
        if any(r.search(address) for r in self.tempfail):
            return "451 4.3.0 <%s>: temporary failure (test server rule)" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.append(rcpt_options)
        return "250 2.1.5 OK"

    # -- messages -------------------------------------------------------------

    def deliver_maildir(self, user, data, seq):
        """Put data into ROOT/user/Maildir/new the way an MDA does (tmp, then rename)."""
        maildir = os.path.join(self.root, user, "Maildir")
        for sub in ("", "cur", "new", "tmp"):
            path = os.path.join(maildir, sub)
            if not os.path.isdir(path):
                os.makedirs(path, exist_ok=True)
                if self.uid >= 0:
                    os.chown(path, self.uid, self.gid)
        now = time.time()
        name = "%d.M%dP%dQ%d.%s,S=%d" % (int(now), time.time_ns() // 1000 % 1000000,
                                          os.getpid(), seq, self.hostname, len(data))
        tmp = os.path.join(maildir, "tmp", name)
        with open(tmp, "wb") as f:
            f.write(data)
        if self.uid >= 0:
            os.chown(tmp, self.uid, self.gid)
        os.rename(tmp, os.path.join(maildir, "new", name))

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content
        if data is None:
            data = envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        self.seq += 1
        seq = self.seq

        auth = session.auth_data
        transport_tls = server.transport is not None and \
            server.transport.get_extra_info("ssl_object") is not None
        if session.ssl is not None:
            tls_mode = "starttls"
        elif transport_tls:
            tls_mode = "implicit"
        else:
            tls_mode = None

        delivered = []
        try:
            for rcpt in envelope.rcpt_tos:
                user = self.mailbox_user(rcpt)
                if user is not None and user not in delivered:
                    self.deliver_maildir(user, data, seq)
                    delivered.append(user)
            meta = {
                "seq": seq,
                "mail_from": envelope.mail_from,
                "rcpt_tos": list(envelope.rcpt_tos),
                "auth_user": auth.login.decode("utf-8", "replace")
                if isinstance(auth, LoginPassword) else None,
                "tls": tls_mode is not None,
                "size": len(data),
                "tls_mode": tls_mode,
                "mail_options": list(envelope.mail_options),
                "rcpt_options": [list(o) for o in envelope.rcpt_options],
                "helo": session.host_name,
                "delivered_to": delivered,
                "received_at": datetime.datetime.now(datetime.timezone.utc)
                .isoformat(timespec="milliseconds"),
            }
            if self.out:
                base = os.path.join(self.out, "%06d" % seq)
                write_atomically(base + ".eml", data)
                write_atomically(base + ".json",
                                 (json.dumps(meta, indent=1, ensure_ascii=False) + "\n").encode())
        except OSError as e:
            log("#%06d: cannot store message: %s" % (seq, e))
            return "451 4.3.0 test server could not store the message"
        log("#%06d from=<%s> to=%s size=%d tls=%s auth=%s maildir=%s" % (
            seq, envelope.mail_from, ",".join("<%s>" % r for r in envelope.rcpt_tos),
            len(data), tls_mode or "no", meta["auth_user"] or "-", ",".join(delivered) or "-"))
        return "250 2.0.0 OK queued as %06d" % seq


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--listen", default="127.0.0.1:10025", metavar="HOST:PORT",
                    help="plain SMTP listener (STARTTLS if a certificate is given)")
    ap.add_argument("--smtps-port", type=int, default=0, help="implicit-TLS listener port")
    ap.add_argument("--out", help="folder for NNNNNN.eml + NNNNNN.json")
    ap.add_argument("--maildir-root", help="Dovecot mail root: ROOT/<user>/Maildir")
    ap.add_argument("--domain", action="append", default=[],
                    help="recipient domain whose users have Maildirs (repeatable)")
    ap.add_argument("--mailbox-user", action="append", default=[],
                    help="user with a Maildir under --maildir-root (repeatable)")
    ap.add_argument("--catchall-user", help="Maildir user for all other recipients")
    ap.add_argument("--uid", type=int, default=-1, help="owner for Maildir files (root only)")
    ap.add_argument("--gid", type=int, default=-1)
    ap.add_argument("--reject-rcpt", action="append", default=[], metavar="REGEX")
    ap.add_argument("--tempfail-rcpt", action="append", default=[], metavar="REGEX")
    ap.add_argument("--tls-cert")
    ap.add_argument("--tls-key")
    ap.add_argument("--require-starttls", action="store_true")
    ap.add_argument("--auth", action="append", default=[], metavar="USER:PASSWORD")
    ap.add_argument("--auth-file", metavar="FILE",
                    help="USER:PASSWORD lines (keeps passwords off the command line)")
    ap.add_argument("--auth-required", action="store_true")
    ap.add_argument("--auth-require-tls", action="store_true")
    ap.add_argument("--hostname", default="sink.intake.test", help="name in greeting/EHLO")
    ap.add_argument("--pidfile")
    ap.add_argument("--debug", action="store_true", help="log the SMTP dialogue")
    a = ap.parse_args()
    if not a.out and not a.maildir_root:
        ap.error("need --out and/or --maildir-root")
    if a.maildir_root and not a.domain:
        ap.error("--maildir-root needs at least one --domain")
    if bool(a.tls_cert) != bool(a.tls_key):
        ap.error("--tls-cert and --tls-key go together")
    if a.smtps_port and not a.tls_cert:
        ap.error("--smtps-port needs --tls-cert/--tls-key")
    host, _, port = a.listen.rpartition(":")
    host = host.strip("[]")
    if host not in LOOPBACK:
        ap.error("this test server listens on loopback only")
    a.host, a.port = host, int(port)
    return a


def main():
    a = parse_args()
    logging.basicConfig(level=logging.DEBUG if a.debug else logging.WARNING,
                        format="smtp-sink: %(name)s: %(message)s", stream=sys.stderr)
    # aiosmtpd logs a warning per connection about AUTH without TLS; not useful here
    if not a.debug:
        logging.getLogger("mail.log").setLevel(logging.ERROR)

    ctx = None
    if a.tls_cert:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(a.tls_cert, a.tls_key)

    users = {}
    if a.auth_file:
        with open(a.auth_file, encoding="utf-8") as f:
            a.auth += [line.rstrip("\r\n") for line in f if line.strip() and not line.startswith("#")]
    for up in a.auth:
        user, sep, password = up.partition(":")
        if not sep:
            sys.exit("smtp-sink: --auth wants USER:PASSWORD")
        users[user.encode()] = password.encode()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and users.get(auth_data.login) == auth_data.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    handler = Sink(a)

    def make_smtp(implicit_tls):
        kw = dict(hostname=a.hostname, ident="Intake test SMTP sink", enable_SMTPUTF8=True,
                  decode_data=False, data_size_limit=64 * 1024 * 1024)
        if ctx is not None and not implicit_tls:
            kw.update(tls_context=ctx, require_starttls=a.require_starttls)
        if users:
            kw.update(authenticator=authenticator, auth_required=a.auth_required,
                      # on the implicit-TLS port the connection is already encrypted, but
                      # aiosmtpd only knows about STARTTLS: never hide AUTH there
                      auth_require_tls=a.auth_require_tls and not implicit_tls)
        else:
            kw.update(auth_require_tls=False)
        return SMTP(handler, **kw)

    async def run():
        loop = asyncio.get_running_loop()
        servers = [await loop.create_server(lambda: make_smtp(False), a.host, a.port)]
        if a.smtps_port:
            servers.append(await loop.create_server(lambda: make_smtp(True), a.host,
                                                    a.smtps_port, ssl=ctx))
        if a.pidfile:
            write_atomically(a.pidfile, b"%d\n" % os.getpid())
        log("ready: smtp %s:%d%s, pid %d" % (a.host, a.port,
                                             ", smtps %d" % a.smtps_port if a.smtps_port else "",
                                             os.getpid()))
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        for s in servers:
            s.close()
        try:  # newer Pythons wait here for open client connections: bound it
            await asyncio.wait_for(asyncio.gather(*(s.wait_closed() for s in servers)), 2)
        except asyncio.TimeoutError:
            pass
        if a.pidfile:
            try:
                os.unlink(a.pidfile)
            except OSError:
                pass
        log("stopped")

    try:
        asyncio.run(run())
    except OSError as e:  # typically: address already in use
        sys.exit("smtp-sink: cannot listen: %s" % e)


if __name__ == "__main__":
    main()
