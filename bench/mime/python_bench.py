#!/usr/bin/env python3
"""Python stdlib `email` (policy=default) doing the bench/mime work; see Sources/MIMEBench for the result format.

    python_bench.py DIR [--dump FILE]
"""
import email
import email.policy
import html.parser
import os
import sys
import time
import zlib

WS = b" \t\n\r\x0b\x0c"


class _Text(html.parser.HTMLParser):
    SKIP = {"script", "style", "head", "title"}
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "table", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data.replace("\xa0", " "))


def render(html):
    p = _Text()
    p.feed(html)
    return "".join(p.out)




def leaves(part):
    if part.is_multipart() and part.get_content_maintype() == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    else:
        yield part


def result_line(name, msg):
    subject = str(msg.get("subject", "") or "")
    sender = ""
    try:
        frm = msg.get("from")
        if frm is not None and frm.addresses:
            sender = frm.addresses[0].addr_spec
    except Exception:
        pass
    body_part = None
    plain = html = None
    for p in leaves(msg):
        if p.get_content_disposition() == "attachment":
            continue
        ct = p.get_content_type()
        if ct == "text/plain" and plain is None:
            plain = p
        elif ct == "text/html" and html is None:
            html = p
    text = ""
    try:
        if plain is not None:
            body_part, text = plain, plain.get_content()
        elif html is not None:
            body_part, text = html, render(html.get_content())
    except Exception:
        text = ""
    sizes = []
    for p in leaves(msg):
        if p is plain or p is html:
            continue
        if p.get_content_type() == "message/rfc822":
            sizes.append(len(bytes(p.get_payload(0))))
            continue
        data = p.get_payload(decode=True)
        sizes.append(len(data or b""))
    body_hash = zlib.crc32(text.encode("utf-8", "surrogateescape").translate(None, WS))
    subj = subject.encode("utf-8", "surrogateescape").translate(None, WS).decode("utf-8", "replace")
    return "%s\t%s\t%s\t%08x\t%s" % (name, subj, sender, body_hash, ",".join(map(str, sizes)))


def main():
    args = sys.argv[1:]
    dump = None
    if "--dump" in args:
        i = args.index("--dump")
        dump = open(args[i + 1], "w", encoding="utf-8")
        del args[i:i + 2]
    directory = args[0]
    names = sorted(n for n in os.listdir(directory) if n.endswith(".eml"))
    checksum = 0
    total = 0
    start = time.monotonic()
    for name in names:
        with open(os.path.join(directory, name), "rb") as f:
            raw = f.read()
        total += len(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        line = result_line(name, msg) + "\n"
        checksum = zlib.crc32(line.encode("utf-8", "replace"), checksum)
        if dump:
            dump.write(line)
    seconds = time.monotonic() - start
    print("messages=%d bytes=%d seconds=%f checksum=%08x" % (len(names), total, seconds, checksum))


if __name__ == "__main__":
    main()
