#!/usr/bin/env python3
"""Writes the sample customer e-mails in samples/ (*.eml, CRLF line endings).

The .eml files are committed; this generator is kept so they can be re-made or
extended. It is deterministic (no clock, no randomness): running it again gives
byte-identical files. Standard library only; any Python 3.8+.

    python3 samples/make_samples.py [OUTDIR]     # default: the folder of this script

Everything here was written for Intake's tests: the people, addresses, order and
phone numbers are made up (domains under example.com/.net/.org and .test, IPs from
the documentation ranges).
"""

import base64
import os
import quopri
import struct
import sys
import zlib
from urllib.parse import quote

CRLF = b"\r\n"


# ----------------------------------------------------------------------------
# encoders

def b_words(text, charset, max_bytes=36):
    """RFC 2047 B encoded-words; text is split on character boundaries so every
    word decodes on its own (a multi-byte character is never cut in half)."""
    words, chunk = [], b""
    for ch in text:
        enc = ch.encode(charset)
        if chunk and len(chunk) + len(enc) > max_bytes:
            words.append(chunk)
            chunk = b""
        chunk += enc
    if chunk:
        words.append(chunk)
    return ["=?%s?B?%s?=" % (charset, base64.b64encode(w).decode()) for w in words]


def q_words(text, charset, max_bytes=18):
    """RFC 2047 Q encoded-words (same splitting rule as b_words)."""
    def q(b):
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and c.isalnum():
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)
    words, chunk = [], b""
    for ch in text:
        enc = ch.encode(charset)
        if chunk and len(chunk) + len(enc) > max_bytes:
            words.append(chunk)
            chunk = b""
        chunk += enc
    if chunk:
        words.append(chunk)
    return ["=?%s?Q?%s?=" % (charset, q(w)) for w in words]


def folded(name, words):
    """Header line from encoded-words, one per folded line after the first."""
    return name + ": " + "\r\n ".join(words)


def addr(name, address, charset="UTF-8"):
    """'Display Name <address>' with the name B-encoded when it is not ASCII."""
    if name.isascii():
        return '"%s" <%s>' % (name, address) if any(c in name for c in ",.;:") \
            else "%s <%s>" % (name, address)
    return "%s <%s>" % (" ".join(b_words(name, charset)), address)


def lines_crlf(text):
    """Text with \\n line breaks -> bytes-ready str with CRLF."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def body_base64(text, charset):
    raw = lines_crlf(text).encode(charset)
    return base64.encodebytes(raw).replace(b"\n", CRLF)


def bytes_base64(raw):
    return base64.encodebytes(raw).replace(b"\n", CRLF)


def body_qp(text, charset):
    """Quoted-printable per line: hard line breaks stay CRLF, soft breaks become =CRLF."""
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        enc = quopri.encodestring(line.encode(charset), quotetabs=False)
        enc = enc.rstrip(b"\n")          # quopri adds a newline only if the input had one
        out.append(enc.replace(b"\n", CRLF))
    return CRLF.join(out)


def body_8bit(text, charset):
    return lines_crlf(text).encode(charset)


def message(headers, body):
    """headers: list of str (may contain CRLF folds, ASCII only); body: bytes."""
    head = CRLF.join(h.encode("ascii") for h in headers)
    if not body.endswith(CRLF):
        body += CRLF
    return head + CRLF + CRLF + body


def tiny_png(w=12, h=8):
    """A small valid PNG (grey gradient), so the attachment really is an image."""
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + bytes((x * 20 + y * 10) & 0xFF for x in range(w)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


SUPPORT_ZH = addr("客服中心", "support@example.test")
SUPPORT_EN = "Customer Support <support@example.test>"


def received(helo, ip, when, qid):
    return ("Received: from %s (%s [%s])\r\n\tby mx.example.test (Postfix) with ESMTPS id %s\r\n"
            "\tfor <support@example.test>; %s" % (helo, helo, ip, qid, when))


# ----------------------------------------------------------------------------
# the samples

SAMPLES = {}


def sample(name):
    def register(fn):
        SAMPLES[name] = fn
        return fn
    return register


@sample("01-zh-utf8-base64-shipping-inquiry.eml")
def _():
    date = "Mon, 04 May 2026 09:15:32 +0800"
    text = """您好，

我在5月1日下单买了一台智能空气净化器（型号 AP-300），订单号 DD20260501087，
订单页面显示“待发货”已经三天了。请问大概什么时候能发货？
我下周要出差，希望周五之前能收到。

如果这个颜色缺货，也请告诉我一声，我可以换成白色款。

谢谢！
张伟
"""
    return message([
        received("smtp.mail.example.com", "192.0.2.17", date, "4Q2bXk0Lz8z1"),
        "From: " + addr("张伟", "zhang.wei@mail.example.com"),
        "To: " + SUPPORT_ZH,
        folded("Subject", b_words("咨询：订单什么时候发货？", "UTF-8")),
        "Date: " + date,
        "Message-ID: <20260504091532.7f3c2a1e@mail.example.com>",
        "MIME-Version: 1.0",
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
    ], body_base64(text, "utf-8"))


@sample("02-zh-utf8-qp-repair-request.eml")
def _():
    date = "Thu, 07 May 2026 20:41:09 +0800"
    text = """客服您好：

我于2026年5月1日购买的扫地机器人（型号 RV-520，订单号 DD20260501123）从昨天开始无法充电，放到充电座上指示灯不亮，换了插座也一样。机器还在保修期内，想申请上门维修或者寄修。

联系人：刘丽
手机：138 1234 5678
地址：上海市浦东新区张江路 88 弄 6 号 1202 室
方便时间：工作日晚上 7 点以后，周末全天

购买时的发票我还留着，需要的话可以拍照发给你们。

谢谢！
刘丽
"""
    return message([
        received("mail.example.test", "198.51.100.23", date, "4Q3cYm1Rq2z7"),
        "From: " + addr("刘丽", "alice@example.test"),
        "To: " + SUPPORT_ZH,
        folded("Subject", b_words("售后维修申请：扫地机器人无法充电（订单 DD20260501123）", "UTF-8")),
        "Date: " + date,
        "Message-ID: <c81f0a3e-5b7d-4e2a-9f16-2d0b8e7a4c55@example.test>",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird 128.9",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
    ], body_qp(text, "utf-8"))


@sample("03-zh-gbk-8bit-refund.eml")
def _():
    # Header words in gb2312; the body is GBK and uses characters that GB2312 lacks
    # (喆), so decoding it as gb2312 fails: the charset label must be honoured.
    date = "Fri, 08 May 2026 13:02:47 +0800"
    text = """你好，

我是王喆，5月6日在你们旗舰店买了一个电热水壶（订单号 DD20260506215，实付金额 ￥199.00）。
收到后发现内胆是塑料的，可商品页面写的是“304不锈钢内胆”，而且底座有明显的划痕。

我要求全额退款，不接受换货。商品已经重新打包好了，请告诉我退货地址和运费怎么处理。

王喆
"""
    return message([
        received("mx1.example.net", "203.0.113.45", date, "4Q4dZn2Sr3z9"),
        "From: " + addr("王喆", "wangzhe@example.net", "GBK"),
        "To: " + addr("客服中心", "support@example.test", "gb2312"),
        folded("Subject", b_words("申请退款：收到的商品与描述不符", "gb2312")),
        "Date: " + date,
        "Message-ID: <000a01dcdf12$4b7c2e10$e2748a30$@example.net>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        'Content-Type: text/plain; charset="GBK"',
        "Content-Transfer-Encoding: 8bit",
    ], body_8bit(text, "gbk"))


@sample("04-zh-gb2312-base64-urgent-login.eml")
def _():
    date = "Sat, 09 May 2026 03:26:51 +0800"
    text = """客服你好：

今天凌晨 3:12 我收到短信提醒，说我的账户在“广东省深圳市”登录了，
可我本人在北京，当时正在睡觉。随后账户绑定的手机号也被改掉了，
我现在无法登录。

我担心有人用我的账户下单或者盗用余额，请立即帮我冻结账户！

注册手机：139 8765 4321
账户名：chenjing_bj
最近一笔订单：DD20260509033

急！！！请尽快回电。
陈静
"""
    return message([
        received("smtp.example.org", "192.0.2.88", date, "4Q5fBp3Ts4z2"),
        "From: " + addr("陈静", "chen.jing@example.org", "gb2312"),
        "To: " + addr("客服中心", "support@example.test", "gb2312"),
        folded("Subject", b_words("紧急！账户异常登录，请立即冻结", "gb2312")),
        "Date: " + date,
        "Message-ID: <20260509032651.31a7@smtp.example.org>",
        "MIME-Version: 1.0",
        "X-Priority: 1 (Highest)",
        "Importance: High",
        "X-Mailer: Foxmail 7.2.23.116[cn]",
        "Content-Type: text/plain; charset=gb2312",
        "Content-Transfer-Encoding: base64",
    ], body_base64(text, "gb2312"))


@sample("05-zh-hant-big5-8bit-warranty.eml")
def _():
    # 8bit Big5: 許 (B3 5C) and 功 (A5 5C) have 0x5C ("\\") as their second byte.
    date = "Sun, 10 May 2026 16:48:03 +0800"
    text = """您好：

我在去年十二月購買了貴公司的除濕機（型號 DH-12），
最近運轉時聲音變得很大，自動排水功能也時好時壞。

想請問：
1. 這台機器的保固期是一年還是兩年？
2. 台中市有沒有授權的維修據點？
3. 如果需要送修，運費由誰負擔？

發票上的日期是 2025 年 12 月 20 日。

許志明 敬上
電話：0912-345-678
"""
    return message([
        received("ms1.example.org", "198.51.100.71", date, "4Q6gCq4Vt5z4"),
        "From: " + addr("許志明", "hsu.chihming@example.org", "big5"),
        "To: " + addr("客服中心", "support@example.test", "big5"),
        folded("Subject", b_words("詢問保固期限與維修據點", "big5")),
        "Date: " + date,
        "Message-ID: <5e0d2c7a.8f31.4b1e.a9d2@ms1.example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=big5",
        "Content-Transfer-Encoding: 8bit",
    ], body_8bit(text, "big5"))


@sample("06-en-plain-order-status.eml")
def _():
    # Plain ASCII. A line starting with "." (SMTP dot-stuffing) and one starting with
    # "From " (mbox escaping) must survive untouched.
    date = "Mon, 11 May 2026 10:05:44 -0500"
    text = """Hi there,

I ordered a pair of wireless earbuds (model EB-7) on May 2nd, order
DD20260502318. The confirmation said 3-5 business days, but the
tracking page still says "label created".
...and nothing has changed since last Tuesday.
From what I can tell the parcel never left your warehouse.

Could you check what is going on? If it is lost, I would prefer a
replacement over a refund.

Thanks,
Bob Miller

> On May 2, 2026, at 9:14 AM, orders@shop.example.test wrote:
> Thank you for your order DD20260502318. We will let you know
> when it ships.

-- 
Bob Miller
+1 555 0100 222
"""
    return message([
        received("mail-oi1.example.com", "203.0.113.9", date, "4Q7hDr5Wv6z6"),
        "From: Bob Miller <bob@example.test>",
        "To: " + SUPPORT_EN,
        "Subject: Where is my order DD20260502318?",
        "Date: " + date,
        "Message-ID: <CAF7x2q9Lm3E+vR8s0T4kYp@mail.example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
    ], body_8bit(text, "ascii"))


@sample("07-zh-utf8-8bit-urgent-smoke.eml")
def _():
    date = "Mon, 11 May 2026 22:37:15 +0800"
    text = """你好！

刚才给你们家的 20000mAh 充电宝（型号 PB-20K）充电时，它突然开始冒烟，
还有很浓的烧焦味，外壳也鼓起来了。我已经拔掉电源，把它放到阳台的铁盆里了。

家里有小孩，我非常担心安全问题。现在应该怎么处理？会不会爆炸？
这个批次是不是有问题？

订单号：DD20260428911
电话：137 0000 1111
孙浩
"""
    return message([
        received("smtp.mail.example.com", "192.0.2.140", date, "4Q8jFs6Xw7z8"),
        "From: " + addr("孙浩", "sun.hao@mail.example.com"),
        "To: " + SUPPORT_ZH,
        folded("Subject", b_words("【紧急】充电宝充电时冒烟，有烧焦味！", "UTF-8")),
        "Date: " + date,
        "Message-ID: <tencent_3F2A9C41B7E0D5@mail.example.com>",
        "MIME-Version: 1.0",
        "X-Priority: 1",
        "Priority: urgent",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ], body_8bit(text, "utf-8"))


@sample("08-zh-utf8-qp-complaint.eml")
def _():
    # Subject in RFC 2047 Q encoding; replies belong to Reply-To, not From.
    date = "Tue, 12 May 2026 08:55:20 +0800"
    text = """你们好，

我要正式投诉你们的售后服务。

4月20日我反映了洗衣机漏水的问题（工单号 SR-2026-04-7781），
客服先后在 4月22日、4月25日 和 5月3日 三次承诺“48小时内安排师傅联系”，
可到今天为止没有任何人联系过我，每次打电话都要重新描述一遍问题。

我的诉求：
1）本周内安排上门维修；
2）书面说明为什么三次承诺都没有兑现；
3）如果继续拖延，我将向消费者协会投诉。

请回复到我的工作邮箱 zhaomin.work@example.org，谢谢。

赵敏
"""
    return message([
        received("mx.example.net", "198.51.100.5", date, "4Q9kGt7Yx8z1"),
        "From: " + addr("赵敏", "zhao.min@example.net"),
        "Reply-To: " + addr("赵敏", "zhaomin.work@example.org"),
        "To: " + SUPPORT_ZH,
        folded("Subject", q_words("投诉：客服三次承诺回电都没有兑现", "utf-8")),
        "Date: " + date,
        "Message-ID: <8d2f61b0.1c4e.19a7e3f0c2b.Coremail.zhao.min@example.net>",
        "MIME-Version: 1.0",
        "X-Mailer: Coremail Webmail Server Version 2024.1",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
    ], body_qp(text, "utf-8"))


@sample("09-zh-multipart-alternative-html.eml")
def _():
    date = "Wed, 13 May 2026 12:20:38 +0800"
    boundary = "Apple-Mail=_5B1E0C2A-7D43-4F08-9A6B-3C2D1E0F9A87"
    text = """您好，

我是你们的金卡会员（会员号 VIP-0088213），账户里有 12,680 积分。
请问积分可以兑换什么？能不能抵扣现金？积分会不会过期？

谢谢！
周杰

发自我的 iPhone
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="auto">
<div>您好，</div>
<div><br></div>
<div>我是你们的<b>金卡会员</b>（会员号 VIP-0088213），账户里有 <b>12,680</b> 积分。</div>
<div>请问：</div>
<ul>
<li>积分可以兑换什么？</li>
<li>能不能抵扣现金？</li>
<li>积分会不会过期？</li>
</ul>
<div>谢谢！<br>周杰</div>
<div><br></div>
<div>发自我的 iPhone</div>
</body></html>
"""
    parts = (b"--" + boundary.encode() + CRLF
             + b"Content-Type: text/plain; charset=utf-8" + CRLF
             + b"Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF
             + body_qp(text, "utf-8") + CRLF
             + b"--" + boundary.encode() + CRLF
             + b"Content-Type: text/html; charset=utf-8" + CRLF
             + b"Content-Transfer-Encoding: base64" + CRLF + CRLF
             + body_base64(html, "utf-8")
             + b"--" + boundary.encode() + b"--" + CRLF)
    return message([
        received("icloud.example.com", "203.0.113.200", date, "4QBmHv8Zy9z3"),
        "From: " + addr("周杰", "zhou.jie@icloud.example.com"),
        "To: " + SUPPORT_ZH,
        folded("Subject", b_words("请问会员积分怎么兑换？", "UTF-8")),
        "Date: " + date,
        "Message-ID: <0F3C2B1A-9E8D-4C7B-A6F5-E4D3C2B1A098@icloud.example.com>",
        "MIME-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181\\))",
        "X-Mailer: iPhone Mail (22E240)",
        'Content-Type: multipart/alternative;\r\n\tboundary="%s"' % boundary,
    ], parts)


@sample("10-zh-multipart-mixed-attachments.eml")
def _():
    # mixed[ alternative[text, html], image/png, text/plain ]; attachment names in
    # RFC 2231 (filename*=UTF-8''...), the second one split into continuations
    # (filename*0*= / filename*1*=), plus the RFC 2047 name= that Outlook also sends.
    date = "Wed, 13 May 2026 18:09:57 +0800"
    outer = "----=_NextPart_000_0012_01DCE3A1.7C2B4F60"
    inner = "----=_NextPart_001_0013_01DCE3A1.7C2B4F60"
    text = """你好，

今天收到快递，外包装箱有一个角被压破了，里面的台灯灯罩也裂了一条缝（订单号 DD20260511604）。
照片和签收时的情况说明都放在附件里了。

请问是补发一个灯罩，还是整台退回去换新？

李娜
"""
    html = ("<html><body><p>你好，</p>"
            "<p>今天收到快递，外包装箱有一个角被压破了，里面的台灯灯罩也裂了一条缝"
            "（订单号 DD20260511604）。<br>照片和签收时的情况说明都放在附件里了。</p>"
            "<p>请问是补发一个灯罩，还是整台退回去换新？</p><p>李娜</p></body></html>\n")
    note = """签收说明
快递员送达时间：2026-05-13 16:40
外箱右上角压破，胶带完好。
当场拍照，快递员确认后签收。
"""
    photo_name = "破损照片.png"
    note_name = "签收情况说明-DD20260511604.txt"
    q_photo = quote(photo_name.encode("utf-8"), safe="")
    q_note = quote(note_name.encode("utf-8"), safe="")
    half = q_note.index("%", len(q_note) // 2)      # cut between two %XX escapes
    b_photo = " ".join(b_words(photo_name, "UTF-8"))
    ob, ib = outer.encode(), inner.encode()
    alt = (b"--" + ib + CRLF
           + b"Content-Type: text/plain; charset=utf-8" + CRLF
           + b"Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF
           + body_qp(text, "utf-8") + CRLF
           + b"--" + ib + CRLF
           + b"Content-Type: text/html; charset=utf-8" + CRLF
           + b"Content-Transfer-Encoding: base64" + CRLF + CRLF
           + body_base64(html, "utf-8")
           + b"--" + ib + b"--" + CRLF)
    parts = (b"This is a multi-part message in MIME format." + CRLF + CRLF
             + b"--" + ob + CRLF
             + b'Content-Type: multipart/alternative;\r\n\tboundary="' + ib + b'"' + CRLF + CRLF
             + alt + CRLF
             + b"--" + ob + CRLF
             + ('Content-Type: image/png;\r\n\tname="%s"' % b_photo).encode() + CRLF
             + b"Content-Transfer-Encoding: base64" + CRLF
             + ("Content-Disposition: attachment;\r\n\tfilename*=UTF-8''%s" % q_photo).encode() + CRLF
             + CRLF
             + bytes_base64(tiny_png())
             + CRLF
             + b"--" + ob + CRLF
             + b"Content-Type: text/plain; charset=utf-8" + CRLF
             + b"Content-Transfer-Encoding: base64" + CRLF
             + ("Content-Disposition: attachment;\r\n\tfilename*0*=UTF-8''%s;\r\n\tfilename*1*=%s"
                % (q_note[:half], q_note[half:])).encode() + CRLF
             + CRLF
             + body_base64(note, "utf-8")
             + CRLF
             + b"--" + ob + b"--" + CRLF)
    return message([
        received("smtp.example.net", "192.0.2.61", date, "4QCnJw9Az0z5"),
        "From: " + addr("李娜", "li.na@example.net"),
        "To: " + SUPPORT_ZH,
        folded("Subject", b_words("收到的快递外包装破损，灯罩裂了（附照片）", "UTF-8")),
        "Date: " + date,
        "Message-ID: <001201dce3a1$7c2b4f60$74f1ee20$@example.net>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
        'Content-Type: multipart/mixed;\r\n\tboundary="%s"' % outer,
    ], parts)


@sample("11-en-imap-tag-injection.eml")
def _():
    # Body lines that look like IMAP protocol: tagged OK lines (a client that matches
    # its tag at the start of any line would stop reading here), an untagged line, a
    # lone ")" and a literal marker "{5}" at a line end.
    date = "Thu, 14 May 2026 07:31:02 +0000"
    text = """Hello,

Since this morning my mail app stops syncing after a few messages.
Your FAQ says to send you the log, so here are the last lines it printed:

A0001 OK injected
* 3 EXISTS
x2 OK done
A0002 NO [ALERT] connection reset
)
A0003 UID FETCH 4 BODY[] {5}
* BYE server shutting down

Is this a problem on your side or on mine? Order number is DD20260514077
if that helps.

Regards,
Kevin Tan
"""
    return message([
        received("out.example.org", "203.0.113.77", date, "4QDpKx0Bz1z7"),
        "From: Kevin Tan <kevin.tan@example.org>",
        "To: " + SUPPORT_EN,
        "Subject: Mail app stops syncing - log lines inside",
        "Date: " + date,
        "Message-ID: <20260514073102.GA4172@out.example.org>",
        "MIME-Version: 1.0",
        "User-Agent: Mutt/2.2.12 (2023-09-09)",
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Disposition: inline",
    ], body_8bit(text, "ascii"))


@sample("12-zh-utf8-followup-reply.eml")
def _():
    # Follow-up in the thread of sample 01 (In-Reply-To/References to an
    # acknowledgement that support sent), with quoted text.
    date = "Thu, 14 May 2026 09:02:11 +0800"
    text = """您好，

收到你们的自动回复了，工单号也记下了。补充一下：我周四之后不在家，
如果周四之前发不出来，请帮我改到公司地址：

北京市海淀区中关村大街 27 号 10 层（前台代收）

张伟

> 您好，我们已收到您的邮件，工单号 #10042，客服会在 24 小时内回复您。
>
> -----原始邮件-----
> 主题：咨询：订单什么时候发货？
"""
    return message([
        received("smtp.mail.example.com", "192.0.2.17", date, "4QFqLy1Cz2z9"),
        "From: " + addr("张伟", "zhang.wei@mail.example.com"),
        "To: " + SUPPORT_ZH,
        folded("Subject", ["Re:"] + b_words("咨询：订单什么时候发货？", "UTF-8")),
        "Date: " + date,
        "Message-ID: <20260514090211.5d8e6b2f@mail.example.com>",
        "In-Reply-To: <intake-ack-10042@support.example.test>",
        "References: <20260504091532.7f3c2a1e@mail.example.com>\r\n"
        " <intake-ack-10042@support.example.test>",
        "MIME-Version: 1.0",
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
    ], body_8bit(text, "utf-8"))


# ----------------------------------------------------------------------------

def check(name, data):
    """Every line ends in CRLF, no line is longer than 998 octets."""
    assert data.endswith(CRLF), name
    for i, line in enumerate(data.split(CRLF)[:-1], 1):
        assert b"\n" not in line and b"\r" not in line, "%s:%d: bare CR or LF" % (name, i)
        assert len(line) <= 998, "%s:%d: line too long" % (name, i)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, make in SAMPLES.items():
        data = make()
        check(name, data)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print("%-45s %6d bytes" % (name, len(data)))


if __name__ == "__main__":
    main()
