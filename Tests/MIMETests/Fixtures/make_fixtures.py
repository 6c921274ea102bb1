#!/usr/bin/env python3
"""Writes the MIME test fixtures: hand-written messages in the shapes real clients send.

Each fixture is composed here byte by byte (charsets encoded with Python's codecs) so the files stay
reproducible; the expected values live in the Swift test tables, written independently of the parser.
Run from anywhere: python3 Tests/MIMETests/Fixtures/make_fixtures.py
"""
import base64
import os
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)).encode()


def qp(data):
    return quopri.encodestring(data).replace(b"\n", b"\r\n")


def word(text, charset, enc="B"):
    data = text.encode(charset) if isinstance(text, str) else text
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode())
    return "=?%s?Q?%s?=" % (charset, "".join(
        "_" if c == 0x20 else (chr(c) if 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 else "=%02X" % c)
        for c in data))


def msg(headers, body=b"", crlf=True):
    """headers: list of (name, value-bytes-or-str); body: bytes."""
    out = b""
    for name, value in headers:
        if isinstance(value, str):
            value = value.encode()
        out += name.encode() + b": " + value + b"\n"
    out += b"\n"
    if crlf:
        out = out.replace(b"\n", b"\r\n")
        body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out + body


BASE = [
    ("From", "Customer <customer@example.com>"),
    ("To", "support@intake.example"),
    ("Date", "Wed, 01 May 2024 10:30:00 +0800"),
]


def simple(subject_hdr, body, charset, cte="8bit", ctype="text/plain", mid="fixture"):
    hs = BASE + [("Subject", subject_hdr), ("Message-ID", "<%s@example.com>" % mid), ("MIME-Version", "1.0")]
    ct = "%s; charset=%s" % (ctype, charset) if charset else ctype
    hs.append(("Content-Type", ct))
    hs.append(("Content-Transfer-Encoding", cte))
    if cte == "base64":
        body = b64(body)
    elif cte == "quoted-printable":
        body = qp(body)
    return msg(hs, body)


fixtures = {}

# ---------------------------------------------------------------- charsets
ZH = "您好，我的订单还没有发货，请帮忙查询。"
fixtures["charset/utf8-base64.eml"] = simple(word("订单查询", "UTF-8"), ZH.encode("utf-8"), "UTF-8", "base64")
fixtures["charset/gb2312-qp.eml"] = simple(word("退款申请", "gb2312"), "我要申请退款，谢谢。".encode("gb2312"),
                                           "gb2312", "quoted-printable")
# 镕 (U+9555) is in GBK but not in GB2312: a GB2312 label must still decode it (as GB18030).
fixtures["charset/gb2312-label-gbk-char.eml"] = simple(word("朱镕基", "gbk"), "联系人：朱镕基先生".encode("gbk"),
                                                       "gb2312", "8bit")
fixtures["charset/gbk-8bit.eml"] = simple(word("发票问题", "GBK", "Q"), "请开具增值税发票。".encode("gbk"), "GBK")
fixtures["charset/x-gbk.eml"] = simple(word("物流", "gbk"), "物流单号是多少？".encode("gbk"), "x-gbk")
fixtures["charset/cp936.eml"] = simple("=?cp936?B?%s?=" % base64.b64encode("售后".encode("gbk")).decode(),
                                       "售后服务电话".encode("gbk"), "cp936")
# GB18030 four-byte sequences: 𠀀 (U+20000) and € (U+20AC, two bytes in GB18030 0xA2E3).
fixtures["charset/gb18030-4byte.eml"] = simple(word("生僻字𠀀", "gb18030"), "生僻字：𠀀，欧元€".encode("gb18030"),
                                               "GB18030", "base64")
# Big5 with a Big5-HKSCS character (嘅, U+5605).
fixtures["charset/big5-hkscs.eml"] = simple(word("保固查詢", "big5"), "你好，我嘅手機保固到幾時？".encode("big5hkscs"),
                                            "big5", "8bit")
fixtures["charset/iso-2022-jp.eml"] = simple(word("お問い合わせ", "iso-2022-jp"), "注文の確認をお願いします。".encode("iso-2022-jp"),
                                             "ISO-2022-JP", "7bit")
fixtures["charset/shift_jis.eml"] = simple(word("返品", "shift_jis"), "返品の手続きについて".encode("shift_jis"), "Shift_JIS")
fixtures["charset/euc-kr.eml"] = simple(word("주문 문의", "euc-kr"), "주문 상태를 알려주세요.".encode("euc-kr"), "EUC-KR")
fixtures["charset/koi8-r.eml"] = simple(word("Заказ", "koi8-r"), "Где мой заказ?".encode("koi8-r"), "KOI8-R")
fixtures["charset/windows-1251.eml"] = simple(word("Счёт", "windows-1251", "Q"), "Пришлите счёт, пожалуйста.".encode("cp1251"),
                                              "windows-1251", "quoted-printable")
# Labelled ISO-8859-1 but using the windows-1252 euro sign (0x80), as Outlook does.
fixtures["charset/latin1-as-1252.eml"] = simple(word("Café", "iso-8859-1", "Q"), "Prix : 12 € – merci".encode("cp1252"),
                                                "iso-8859-1", "quoted-printable")
fixtures["charset/iso-8859-2.eml"] = simple(word("Zamówienie", "iso-8859-2"), "Dziękuję bardzo".encode("iso-8859-2"),
                                            "ISO-8859-2")
fixtures["charset/utf-7.eml"] = simple("Hello", "Hi 你好".encode("utf-7"), "UTF-7", "7bit")
fixtures["charset/utf-16-bom.eml"] = simple("UTF-16 body", "你好 world\r\nline two".encode("utf-16"), "UTF-16", "base64")
fixtures["charset/undeclared-utf8.eml"] = msg(BASE + [("Subject", "无编码声明".encode("utf-8")), ("Message-ID", "<u8@x>")],
                                              "没有声明字符集的正文".encode("utf-8"))
fixtures["charset/undeclared-gbk.eml"] = msg(BASE + [("Subject", "无编码声明".encode("gbk")), ("Message-ID", "<gbk@x>")],
                                             "没有声明字符集的正文".encode("gbk"))
fixtures["charset/utf8-label-gbk-bytes.eml"] = simple("mislabelled", "标注为UTF-8的GBK正文".encode("gbk"), "utf-8")
fixtures["charset/gb2312-label-utf8-bytes.eml"] = simple("mislabelled", "标注为GB2312的UTF-8正文".encode("utf-8"), "gb2312")
fixtures["charset/unknown-charset.eml"] = simple("=?x-unknown?B?%s?=" % base64.b64encode("未知字符集".encode()).decode(),
                                                 "未知字符集的正文".encode("utf-8"), "x-unknown-charset")
# One invalid byte (0xFF) in the middle of GB2312 text: it becomes U+FFFD, the rest survives.
fixtures["charset/gb2312-invalid-byte.eml"] = simple("bad byte", "前面".encode("gbk") + b"\xff" + "后面".encode("gbk"), "gb2312")
# UTF-8 damaged in one place (a byte lost in transit): the characters survive, the bad byte is U+FFFD.
fixtures["charset/utf8-one-bad-byte.eml"] = simple("damaged", "您好，订单".encode() + b"\xff" + "已经发货了吗？".encode(), "utf-8")
fixtures["charset/undeclared-utf8-truncated.eml"] = msg(BASE + [("Subject", "truncated"), ("Message-ID", "<trunc@x>")],
                                                         "最后一个字被截断".encode() + "了".encode()[:2])
fixtures["charset/raw-8bit-headers.eml"] = msg([
    ("From", "张三 <zhangsan@example.com>".encode("utf-8")),
    ("To", "support@intake.example"),
    ("Subject", "原始8位主题".encode("utf-8")),
    ("Message-ID", "<raw8@x>"),
    ("Content-Type", "text/plain; charset=utf-8"),
], "正文".encode("utf-8"))
fixtures["charset/raw-gbk-headers.eml"] = msg([
    ("From", "李四 <lisi@example.com>".encode("gbk")),
    ("To", "support@intake.example"),
    ("Subject", "原始GBK主题".encode("gbk")),
    ("Message-ID", "<rawgbk@x>"),
    ("Content-Type", "text/plain; charset=gbk"),
], "正文".encode("gbk"))

# Raw Big5 in headers: only the body's charset tells how to read them.
fixtures["charset/raw-big5-headers.eml"] = msg([
    ("From", "陳志明 <chen@example.com.tw>".encode("big5")),
    ("To", "<@relay.example:support@intake.example>"),
    ("Subject", "保固查詢".encode("big5")),
    ("Message-ID", "<rawbig5@x>"),
    ("Content-Type", "text/plain; charset=big5"),
], "手機保固".encode("big5"))

# ---------------------------------------------------------------- encoded words in Subject
def subject_only(subject_bytes, name):
    fixtures["words/%s.eml" % name] = msg(BASE + [("Subject", subject_bytes), ("Message-ID", "<%s@x>" % name)], b"x\n")


ni_hao = "你好".encode("utf-8")  # E4 BD A0 E5 A5 BD
subject_only("=?UTF-8?B?%s?= =?UTF-8?B?%s?=" % (base64.b64encode(ni_hao[:4]).decode(),
                                                base64.b64encode(ni_hao[4:]).decode()), "split-utf8-b")
subject_only("%s\r\n %s" % (word("订单".encode("gbk")[:3], "gbk", "Q"), word("订单".encode("gbk")[3:] + "号".encode("gbk"), "gbk", "Q")),
             "split-gbk-q-folded")
subject_only("=?utf-8?B?5LitYQ==?==?utf-8?B?5paH?=", "after-padding")
subject_only("Re: %s %s" % (word("订单", "utf-8"), "已发货"), "mixed-plain")
subject_only("=?gb2312?B?%s?= =?big5?B?%s?=" % (base64.b64encode("简体".encode("gb2312")).decode(),
                                              base64.b64encode("繁體".encode("big5")).decode()), "two-charsets")
subject_only("=?utf-8?q?hello_world=21?=", "q-underscore")
subject_only("=?x-unknown?B?%s?=" % base64.b64encode("你好".encode()).decode(), "unknown-charset")
subject_only("=?utf-8?B?broken", "unterminated")
subject_only("=?UTF-8*zh-CN?B?%s?=" % base64.b64encode("语言标签".encode()).decode(), "rfc2231-language")
subject_only("a =?utf-8?q?b?= c", "spaces-kept")
# A word ending in "=" padding, folded, then the word holding the last character (as QQ Mail writes it).
subject_only("=?UTF-8?B?%s?=\r\n =?UTF-8?B?%s?=" % (base64.b64encode("订单DD202".encode()).decode(),
                                                     base64.b64encode("）".encode()).decode()), "padding-then-fold")
# One GBK character split across a word labelled gb2312 and one labelled gbk: both read as GB18030.
dan = "订单".encode("gbk")
subject_only("=?gb2312?B?%s?= =?gbk?B?%s?=" % (base64.b64encode(dan[:3]).decode(), base64.b64encode(dan[3:]).decode()),
             "split-across-gb-labels")

# ---------------------------------------------------------------- replies
def reply(name, body, charset="utf-8"):
    fixtures["reply/%s.eml" % name] = simple("Re: order", body.encode(charset), charset, "8bit", mid=name)


reply("gmail-en", "Thanks, that works.\n\nOn Mon, May 1, 2024 at 10:30 AM Support <support@intake.example> wrote:\n> Your order has shipped.\n> Tracking: 123\n")
reply("gmail-wrapped", "Still waiting.\n\nOn Mon, May 1, 2024 at 10:30 AM Intake Support Team <\nsupport@intake.example> wrote:\n\n> We are looking into it.\n")
reply("gmail-zh", "好的，谢谢！\n\nSupport <support@intake.example> 于2024年5月1日周三 10:30写道：\n\n> 您的订单已发货。\n")
reply("apple-zh", "收到。\n\n> 2024年5月1日 上午10:30，客服 <support@intake.example> 写道：\n> \n> 请提供订单号。\n")
reply("apple-en", "Order 12345.\n\nSent from my iPhone\n\n> On May 1, 2024, at 10:30, Support <support@intake.example> wrote:\n>\n> Which order?\n")
reply("outlook-en", "Please cancel it.\n\n-----Original Message-----\nFrom: Support <support@intake.example>\nSent: Wednesday, May 1, 2024 10:30 AM\nTo: Customer\nSubject: RE: order\n\nWe received your request.\n")
reply("outlook-web", "Any update?\r\n\r\n________________________________\r\nFrom: Support <support@intake.example>\r\nSent: Wednesday, May 1, 2024 10:30\r\nTo: Customer <customer@example.com>\r\nSubject: order\r\n\r\nWe are checking.\r\n")
reply("outlook-zh", "请尽快处理。\n\n发件人: 客服 <support@intake.example>\n发送时间: 2024年5月1日 10:30\n收件人: 客户\n主题: 回复: 订单\n\n我们已收到。\n", "gbk")
reply("outlook-zh-separator", "谢谢\n\n-----原始邮件-----\n发件人: 客服\n发送时间: 2024年5月1日 10:30\n\n旧内容\n", "gb2312")
reply("outlook-zh-hant", "請盡快處理。\n\n寄件者: 客服 <support@intake.example>\n寄件日期: 2024年5月1日 上午 10:30\n收件者: 客戶\n主旨: 回覆: 訂單\n\n我們已收到。\n", "big5")
reply("outlook-zh-hant-separator", "謝謝\n\n-----郵件原件-----\n寄件者: 客服\n\n舊內容\n", "big5")
reply("qq", "我的手机号是13812345678\n\n------------------ 原始邮件 ------------------\n发件人: \"客服\"<support@intake.example>;\n发送时间: 2024年5月1日(星期三) 上午10:30\n收件人: \"客户\"<customer@example.com>;\n主题: 回复：订单\n\n旧内容\n", "gb18030")
reply("qq-hant", "收到\n\n------------------ 原始郵件 ------------------\n寄件人: \"客服\"<support@intake.example>;\n\n舊內容\n", "big5")
reply("foxmail-en", "OK\n\n------------------ Original ------------------\nFrom:  \"Support\"<support@intake.example>;\nDate:  Wed, May 1, 2024 10:30 AM\nTo:  \"me\"<me@example.com>;\n\nold\n")
reply("netease", "已经重启了，还是不行。\n\n在 2024-05-01 10:30:00，\"客服\" <support@intake.example> 写道：\n>请重启设备。\n", "gbk")
reply("netease-hant", "已經重啟了。\n\n在 2024-05-01 10:30:00，\"客服\" <support@intake.example> 寫道：\n>請重啟設備。\n", "big5")
reply("netease-mobile", "好的\n\n发自网易邮箱大师\n\n---- 回复的原邮件 ----\n旧内容\n")
reply("signature", "The printer is broken.\n\n-- \nJohn Smith\nACME Corp\n")
reply("interleaved", "> Which model?\nThe X200.\n\n> Since when?\nSince Monday.\n")
reply("mobile-zh", "我在路上\n\n发自我的iPhone\n\n------------------ 原始邮件 ------------------\n旧\n")
fixtures["reply/html-blockquote.eml"] = simple("Re: 订单", ("<div>新的回复，请看附件。</div><div><br></div>"
                                                          "<blockquote style=\"margin:0 0 0 .8ex\"><div>旧的内容</div>"
                                                          "<blockquote><p>更旧的内容</p></blockquote></blockquote>").encode(),
                                                "utf-8", "quoted-printable", "text/html", "bq")
reply("gmail-zh-hant", "已收到，謝謝。\n\n客服 <support@intake.example> 於 2024年5月1日 週三 上午10:30寫道：\n\n> 請提供序號。\n", "big5")
reply("outlook-express", "See below.\n\n----- Original Message -----\nFrom: \"Support\" <support@intake.example>\nTo: <me@example.com>\nSent: Wednesday, May 01, 2024 10:30 AM\nSubject: order\n\nold text\n", "iso-8859-1")
reply("outlook-web-zh", "麻烦再确认一下。\n\n________________________________\n发件人: 客服 <support@intake.example>\n发送时间: 2024年5月1日 10:30\n收件人: 客户\n主题: 订单\n\n旧内容\n", "gb18030")
reply("yahoo", "Done, thanks.\n\nOn Wednesday, May 1, 2024, 10:30:00 AM GMT+8, Support <support@intake.example> wrote:\n\nWe need the serial number.\n")
reply("bottom-post", "> Did the reset help?\n> \n> Support\n\nNo, it still does not start.\n")
reply("gmail-forward-zh", "再转一次之前的邮件，还是没人处理。\n\n---------- Forwarded message ---------\n发件人: 客户 <c@example.com>\n"
      "Date: 2024年8月5日周一 下午9:14\nSubject: 净化器故障\nTo: <support@intake.example>\n\n订单号 DD20240210066，开机十分钟自动关机。\n\n"
      "On Mon, Aug 5, 2024 at 9:00 PM Support <support@intake.example> wrote:\n> 请提供订单号。\n")
reply("apple-forward", "FYI, see below.\n\nBegin forwarded message:\n\nFrom: Me <me@example.com>\nSubject: Broken\nDate: 1 May 2024\nTo: support@intake.example\n\nOrder 12345 arrived broken.\n")
reply("no-quote", "第一行\n\n第二行，没有引用。\n")
fixtures["reply/qq-html.eml"] = simple("Re: 订单", ("<html><body><div>手机号13812345678，麻烦回电。</div><div><br></div>"
                                                 "<div style=\"font-size: 12px;\">------------------&nbsp;原始邮件&nbsp;------------------</div>"
                                                 "<div><b>发件人:</b>&nbsp;\"客服\";</div><div><b>发送时间:</b>&nbsp;2024年5月1日</div>"
                                                 "<div>旧内容</div></body></html>").encode("gb18030"), "gb18030", "base64", "text/html", "qqhtml")

# Thunderbird-style format=flowed: soft breaks end in a space; one stuffed line; a quoted flowed paragraph.
fixtures["reply/thunderbird-flowed.eml"] = msg(BASE + [("Subject", "Re: flowed"), ("Message-ID", "<flowed@x>"),
    ("Content-Type", "text/plain; charset=UTF-8; format=flowed"), ("Content-Transfer-Encoding", "8bit")],
    "This paragraph was written as one long line and the mail client \n"
    "wrapped it with soft breaks.\n  From here a stuffed line.\n\n"
    "On 2024-05-01 10:30, Support wrote:\n> Please send the \n> serial number.\n\n-- \nJohn\n".encode())

# ---------------------------------------------------------------- broken and structural
def mp(headers, parts, boundary, close=True, preamble=b"", epilogue=b""):
    body = preamble
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p + b"\n"
    if close:
        body += b"--" + boundary.encode() + b"--\n" + epilogue
    return msg(headers, body)


def part(headers, body):
    return msg(headers, body, crlf=False)


H = BASE + [("Subject", "structure"), ("Message-ID", "<s@x>"), ("MIME-Version", "1.0")]
TXT = part([("Content-Type", "text/plain; charset=utf-8")], "正文内容".encode())
PDF = bytes(range(256)) * 4  # 1024 bytes
fixtures["broken/missing-final-boundary.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=\"b1\"")],
                                                   [TXT, part([("Content-Type", "application/pdf; name=\"a.pdf\""), ("Content-Transfer-Encoding", "base64")], b64(PDF))],
                                                   "b1", close=False)
fixtures["broken/duplicate-boundary-lines.eml"] = msg(H + [("Content-Type", "multipart/mixed; boundary=\"d\"; boundary=\"other\"")],
                                                      b"--d\n--d\n" + TXT + b"\n--d\n--d--\n")
fixtures["broken/multipart-no-boundary-param.eml"] = msg(H + [("Content-Type", "multipart/mixed")], "没有边界参数的正文\n".encode())
fixtures["broken/multipart-no-delimiters.eml"] = msg(H + [("Content-Type", "multipart/alternative; boundary=zzz")], "boundary never appears\n".encode())
fixtures["broken/preamble-epilogue.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=\"=_odd (boundary) ?\"")], [TXT], "=_odd (boundary) ?",
                                              preamble=b"This is a multi-part message in MIME format.\n", epilogue=b"epilogue junk\n")
fixtures["broken/duplicate-content-type.eml"] = msg(H + [("Content-Type", "text/plain; charset=gbk"), ("Content-Type", "text/html; charset=utf-8")],
                                                    "重复的头".encode("gbk"))
fixtures["broken/base64-junk.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=b")], [TXT, part(
    [("Content-Type", "application/octet-stream; name=junk.bin"), ("Content-Transfer-Encoding", "base64")],
    b"AAEC A wQF\n!!BgcI\tCQoL\nDA")], "b")  # 00..0C with junk, spaces and no padding: 13 bytes
fixtures["broken/qp-bad-escapes.eml"] = simple("qp", b"", "utf-8", "7bit").replace(b"Content-Transfer-Encoding: 7bit", b"Content-Transfer-Encoding: quoted-printable") + \
    b"soft=\r\nbreak =E4=BD=A0=E5=A5=BD bad=ZZ escape=\r\nend 100%=\r\n"
fixtures["broken/no-blank-line.eml"] = b"From: a@example.com\r\nSubject: no blank line\r\nThis line is body text.\r\nSecond line.\r\n"
fixtures["broken/bare-lf.eml"] = msg(H + [("Content-Type", "text/plain; charset=utf-8")], "第一行\n第二行\n".encode(), crlf=False)
fixtures["broken/truncated-header.eml"] = b"From: a@example.com\r\nSubject: cut off mid"
fixtures["broken/empty.eml"] = b""
fixtures["broken/header-space-before-colon.eml"] = b"From : old@example.com\r\nSubject : obsolete syntax\r\n\r\nbody\r\n"
deep = TXT
for k in range(30):
    deep = part([("Content-Type", "multipart/mixed; boundary=\"d%d\"" % k)], b"--d%d\n" % k + deep + b"\n--d%d--" % k)
fixtures["broken/nesting-30.eml"] = msg(H + [("Content-Type", "multipart/mixed; boundary=\"top\"")], b"--top\n" + deep + b"\n--top--\n")
fixtures["broken/8bit-binary.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=b")], [
    part([("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")], "八位正文".encode()),
    part([("Content-Type", "application/octet-stream; name=raw.bin"), ("Content-Transfer-Encoding", "binary")], b"\x00\x01\x02\xff\xfe")], "b")

inner = msg([("From", "Boss <boss@example.com>"), ("Subject", word("转发的邮件", "utf-8")), ("Content-Type", "text/plain; charset=utf-8")],
            "内部正文".encode(), crlf=False)
fixtures["structure/attached-message.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=m")],
                                                [TXT, part([("Content-Type", "message/rfc822")], inner)], "m")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)
html_part = part([("Content-Type", "text/html; charset=utf-8")], "<p>见图：<img src=\"cid:img1@x\"></p>".encode())
related = part([("Content-Type", "multipart/related; boundary=r")],
               b"--r\n" + html_part + b"\n--r\n" + part([("Content-Type", "image/png"), ("Content-ID", "<img1@x>"),
                                                         ("Content-Transfer-Encoding", "base64")], b64(PNG)) + b"\n--r--")
fixtures["structure/alternative-related-cid.eml"] = mp(H + [("Content-Type", "multipart/alternative; boundary=a")],
                                                       [part([("Content-Type", "text/plain; charset=utf-8")], "见图".encode()), related], "a")
fixtures["structure/html-only.eml"] = simple("html", ("<html><head><style>p{color:red}</style><script>x()</script></head><body>"
                                                      "<h1>标题</h1><p>第一段&amp;内容</p><ul><li>一</li><li>二</li></ul>"
                                                      "<p>链接 <a href=\"https://example.com/a\">这里</a><br>换行&#x4F60;&#22909;</p></body></html>").encode(),
                                             "utf-8", "quoted-printable", "text/html", "htmlonly")
fixtures["structure/attachment-no-disposition.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=b")], [
    TXT, part([("Content-Type", "application/pdf; name=\"invoice.pdf\""), ("Content-Transfer-Encoding", "base64")], b64(PDF))], "b")
fixtures["structure/rfc2231-filename.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=b")], [
    TXT, part([("Content-Type", "application/pdf"), ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", "attachment;\n filename*0*=utf-8''%E5%8F%91%E7%A5%A8;\n filename*1*=%E6%89%AB%E6%8F%8F;\n filename*2=\".pdf\"")], b64(PDF))], "b")
fixtures["structure/encoded-word-filename.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=b")], [
    TXT, part([("Content-Type", "application/vnd.ms-excel; name=\"%s\"" % word("报价单.xls", "gbk")),
               ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", "attachment; filename=\"%s\"" % word("报价单.xls", "gbk"))], b64(b"xls-bytes"))], "b")
fixtures["structure/raw-gbk-filename.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=b")], [
    TXT, part([("Content-Type", b"application/octet-stream; name=\"" + "合同.doc".encode("gbk") + b"\""),
               ("Content-Disposition", b"attachment; filename=\"" + "合同.doc".encode("gbk") + b"\""),
               ("Content-Transfer-Encoding", "base64")], b64(b"doc"))], "b")
fixtures["structure/text-attachment.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=b")], [
    TXT, part([("Content-Type", "text/plain; charset=utf-8; name=log.txt"), ("Content-Disposition", "attachment; filename=log.txt")], b"log line\n")], "b")
fixtures["structure/addresses.eml"] = msg([
    ("From", "\"Zhang, San\" (sales) <zhang@example.com>"),
    ("To", "undisclosed-recipients:;"),
    ("Cc", "%s <li@example.com>, wang@example.com (王五), Team: a@example.com, b@example.com;" % word("李四", "gb2312")),
    ("Reply-To", "<reply@example.com>"),
    ("Subject", "addresses"),
    ("Date", "Wed, 1 May 2024 02:30:00 GMT"),
    ("Message-ID", "<  abc@example.com  >"),
    ("In-Reply-To", "<prev@example.com> (comment)"),
    ("References", "<r1@example.com>\r\n <r2@example.com>  <prev@example.com>"),
    ("X-Custom", "one"),
    ("X-Custom", "two"),
], b"hi\r\n")

fixtures["structure/empty-plain-alternative.eml"] = mp(H + [("Content-Type", "multipart/alternative; boundary=e")], [
    part([("Content-Type", "text/plain; charset=utf-8")], b"\n"),
    part([("Content-Type", "text/html; charset=utf-8")], "<div>只有HTML里有内容</div>".encode())], "e")
fixtures["structure/html-meta-charset.eml"] = simple("meta", ("<html><head><meta http-equiv=\"Content-Type\" "
                                                          "content=\"text/html; charset=big5\"></head><body>"
                                                          "<p>繁體內容</p></body></html>").encode("big5"),
                                                     None, "8bit", "text/html", "meta")
fixtures["structure/attached-message-base64.eml"] = mp(H + [("Content-Type", "multipart/mixed; boundary=m")], [
    TXT, part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "base64")], b64(inner))], "m")

for name, data in fixtures.items():
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
print("wrote %d fixtures" % len(fixtures))
