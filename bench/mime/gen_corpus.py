#!/usr/bin/env python3
"""Deterministic corpus of realistic customer mail for bench/mime.

    gen_corpus.py OUT_DIR [--count N] [--seed S]

Defaults: 10,000 messages, seed 3. About half are Chinese (GB2312, GBK, GB18030, Big5, UTF-8 labels; Q/B
encoded-word subjects, some split mid-character), the rest English; about 15% carry attachments (PDF/PNG/XLSX
bytes, base64, some with RFC 2231 Chinese names); bodies are text/plain (7bit, 8bit, QP, base64),
multipart/alternative with HTML, or HTML only; replies quote earlier mail in the styles of Gmail, Outlook,
QQ and NetEase. Header blocks look like mail that crossed a few relays (Received, DKIM, ARC), so the median
size is about 8 KB. Same seed, same bytes.
"""
import argparse
import base64
import os
import quopri
import random

ZH_SIMPLIFIED = [
    "您好，我上周在贵店购买的扫地机器人今天突然无法开机了。",
    "订单号是 2024050112345，麻烦帮我查一下物流到哪里了。",
    "收到的商品外包装破损，里面的杯子碎了两个，请问怎么处理？",
    "我想申请退款，已经等了十天还没有发货。",
    "发票抬头写错了，需要重新开具增值税专用发票。",
    "请问这个型号支持七天无理由退换吗？",
    "客服电话一直打不通，只好发邮件咨询。",
    "账户登录不了，提示密码错误，但是我确定密码是对的。",
    "麻烦尽快回复，我们公司下周就要用这批设备。",
    "谢谢你们的耐心解答，问题已经解决了。",
    "安装师傅说配件缺少一个螺丝，请补发。",
    "我的会员积分为什么突然清零了？",
    "快递员把包裹放在门口就走了，结果丢了。",
    "能否开具电子发票并发送到这个邮箱？",
    "产品说明书是英文的，有没有中文版本？",
]
ZH_GBK_EXTRA = ["联系人朱镕基先生的订单", "请寄到浙江省杭州市西湖区", "冰箱压缩机噪音很大，晚上睡不着。"]
ZH_TRADITIONAL = [
    "您好，我上週購買的手機螢幕出現裂痕，請問保固是否涵蓋？",
    "訂單編號 TW20240501，請協助查詢出貨進度。",
    "收到的商品與網頁描述不符，想要辦理退貨。",
    "請問發票可以改開公司抬頭嗎？",
    "維修中心的電話一直無人接聽。",
    "謝謝你們的協助，問題已經解決了。",
    "我想更改收件地址，請盡快回覆。",
    "產品附的充電器無法使用，請補寄一個。",
]
EN = [
    "Hello, I ordered a vacuum cleaner last week and it still has not arrived.",
    "The tracking number you sent does not work on the carrier's website.",
    "Could you please send me an invoice with our company's VAT number?",
    "The device stopped charging after two days. What should I do?",
    "I was charged twice for the same order, please refund one of the payments.",
    "Thanks for the quick reply, that solved the problem.",
    "Our team needs twenty more licenses before the end of the month.",
    "The login page keeps saying my password is wrong even after a reset.",
    "Please cancel my subscription and confirm by email.",
    "The replacement part arrived but it is the wrong size.",
]
NAMES_ZH = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄晓明"]
NAMES_HANT = ["陳志明", "林美玲", "黃建國", "張淑芬"]
NAMES_EN = ["John Smith", "Mary Johnson", "David Lee", "Sarah Brown", "Michael Chen"]
DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com", "yahoo.com.tw"]


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def eword(text, charset, rng):
    data = text.encode(charset)
    if rng.random() < 0.7:
        # B words, sometimes split mid-character across two words.
        if len(data) > 6 and rng.random() < 0.3:
            cut = rng.randrange(1, len(data) - 1)
            return "=?%s?B?%s?= =?%s?B?%s?=" % (charset, base64.b64encode(data[:cut]).decode(), charset,
                                                 base64.b64encode(data[cut:]).decode())
        return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode())
    q = "".join("_" if c == 32 else (chr(c) if chr(c).isalnum() and c < 128 else "=%02X" % c) for c in data)
    return "=?%s?Q?%s?=" % (charset, q)


def relay_headers(rng, i):
    hs = []
    for hop in range(rng.randint(3, 8)):
        ip = "%d.%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        hs.append("Received: from mx%d.relay%d.example.net (mx%d.relay%d.example.net [%s])\r\n"
                  "\tby mail%d.intake.example (Postfix) with ESMTPS id %08X\r\n"
                  "\tfor <support@intake.example>; Wed, 1 May 2024 10:%02d:%02d +0800 (CST)"
                  % (hop, i % 97, hop, i % 97, ip, hop, rng.getrandbits(32), rng.randint(0, 59), rng.randint(0, 59)))
    sig = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(rng.choice([128, 256])))).decode()
    hs.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s%d;\r\n"
              "\th=from:to:subject:date:message-id; bh=%s;\r\n\tb=%s"
              % (i % 9, base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode(),
                 "\r\n\t ".join(sig[k:k + 70] for k in range(0, len(sig), 70))))
    if rng.random() < 0.5:
        hs.append("ARC-Authentication-Results: i=1; mx.example.net; dkim=pass header.d=example.com; spf=pass")
        hs.append("X-Spam-Status: No, score=-0.1 required=5.0 tests=BAYES_00,DKIM_SIGNED,DKIM_VALID")
    hs.append("X-Mailer: %s" % rng.choice(["Foxmail 7.2.25", "QQMail 2.x", "Microsoft Outlook 16.0",
                                            "Apple Mail (2.3731)", "NetEase Flash Mail 2.4"]))
    return hs


def quote_block(rng, lang, sentences):
    old = "\r\n".join(rng.choice(sentences) for _ in range(rng.randint(4, 16)))
    style = rng.randrange(4)
    if lang == "en":
        if style < 2:
            return "\r\n\r\nOn Tue, Apr 30, 2024 at 9:15 AM Support <support@intake.example> wrote:\r\n" + \
                "\r\n".join("> " + l for l in old.split("\r\n"))
        return "\r\n\r\n-----Original Message-----\r\nFrom: Support <support@intake.example>\r\n" \
               "Sent: Tuesday, April 30, 2024 9:15 AM\r\nTo: Customer\r\nSubject: RE: order\r\n\r\n" + old
    if style == 0:
        return "\r\n\r\n------------------ 原始邮件 ------------------\r\n发件人: \"客服\"<support@intake.example>;\r\n" \
               "发送时间: 2024年4月30日(星期二) 上午9:15\r\n收件人: \"客户\";\r\n主题: 回复：订单\r\n\r\n" + old
    if style == 1:
        return "\r\n\r\n在 2024-04-30 09:15:00，\"客服\" <support@intake.example> 写道：\r\n" + \
            "\r\n".join(">" + l for l in old.split("\r\n"))
    if style == 2:
        return "\r\n\r\n发件人: 客服 <support@intake.example>\r\n发送时间: 2024年4月30日 9:15\r\n收件人: 客户\r\n主题: 回复: 订单\r\n\r\n" + old
    return "\r\n\r\n-- \r\n" + rng.choice(sentences)


def html_of(text, rng):
    paras = "".join("<p style=\"margin:0;font-family:'Microsoft YaHei',Arial\">%s</p>\r\n" % l
                    .replace("&", "&amp;").replace("<", "&lt;") for l in text.split("\r\n") if l)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\">\r\n<style>p{margin:0}"
            ".signature{color:#999;font-size:12px}</style></head>\r\n<body>\r\n<div class=\"mail\">\r\n" + paras +
            "<div class=\"signature\">&nbsp;<br>%s</div>\r\n</div></body></html>\r\n" % ("-" * rng.randint(10, 40)))


def encode_body(data, rng, allow8bit=True):
    if all(b < 128 for b in data) and rng.random() < 0.5:
        return "7bit", data
    r = rng.random()
    if r < 0.4:
        return "base64", b64lines(data).encode()
    if r < 0.75 or not allow8bit:
        return "quoted-printable", quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")
    return "8bit", data


def attachment(rng, zh):
    kind = rng.choice(["pdf", "png", "xlsx", "txt"])
    size = int(rng.lognormvariate(9.3, 0.9))  # median ~11 KB
    size = max(200, min(size, 400_000))
    data = bytes(rng.getrandbits(8) for _ in range(size)) if kind != "txt" else \
        ("log line %d\n" % rng.randrange(1000)).encode() * max(1, size // 12)
    name_base = rng.choice(["发票", "合同扫描件", "故障照片", "报价单"]) if zh else rng.choice(["invoice", "photo", "report"])
    name = "%s%d.%s" % (name_base, rng.randrange(100), kind)
    ctype = {"pdf": "application/pdf", "png": "image/png", "txt": "text/plain",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}[kind]
    if all(ord(c) < 128 for c in name):
        disp = "attachment; filename=\"%s\"" % name
        ct = "%s; name=\"%s\"" % (ctype, name)
    elif rng.random() < 0.5:
        enc = "".join("%%%02X" % b for b in name.encode("utf-8"))
        disp = "attachment;\r\n filename*=utf-8''%s" % enc
        ct = ctype
    else:
        w = "=?UTF-8?B?%s?=" % base64.b64encode(name.encode()).decode()
        disp = "attachment; filename=\"%s\"" % w
        ct = "%s; name=\"%s\"" % (ctype, w)
    return ("Content-Type: %s\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: %s\r\n\r\n%s\r\n"
            % (ct, disp, b64lines(data))).encode()


def make(i, rng):
    lang = rng.choices(["zh", "zh-hant", "en"], [0.42, 0.08, 0.5])[0]
    if lang == "zh":
        charset = rng.choice(["gb2312", "gbk", "GB18030", "utf-8", "utf-8", "GBK"])
        sentences = ZH_SIMPLIFIED + (ZH_GBK_EXTRA if charset.lower() != "gb2312" else [])
        name = rng.choice(NAMES_ZH)
    elif lang == "zh-hant":
        charset = rng.choice(["big5", "utf-8"])
        sentences = ZH_TRADITIONAL
        name = rng.choice(NAMES_HANT)
    else:
        charset = rng.choice(["us-ascii", "utf-8", "iso-8859-1"])
        sentences = EN
        name = rng.choice(NAMES_EN)
    text = "\r\n".join(rng.choice(sentences) for _ in range(rng.randint(10, 50)))
    if rng.random() < 0.45:
        text += quote_block(rng, "en" if lang == "en" else "zh", sentences)
    subject_text = ("回复：" if rng.random() < 0.3 else "") + rng.choice(sentences)[:rng.randint(6, 20)] \
        if lang != "en" else "Re: " + rng.choice(sentences)[:40]
    local = "user%d" % rng.randrange(100000)
    domain = rng.choice(DOMAINS)
    hs = relay_headers(rng, i)
    if lang == "en":
        hs.append("From: %s <%s@%s>" % (name, local, domain))
        hs.append("Subject: %s" % subject_text)
    else:
        hs.append("From: %s <%s@%s>" % (eword(name, charset, rng), local, domain))
        hs.append("Subject: %s" % eword(subject_text, charset, rng))
    hs.append("To: \"Support\" <support@intake.example>")
    hs.append("Date: Wed, %d May 2024 %02d:%02d:%02d +0800" % (rng.randint(1, 28), rng.randint(0, 23),
                                                               rng.randint(0, 59), rng.randint(0, 59)))
    hs.append("Message-ID: <%d.%08x@%s>" % (i, rng.getrandbits(32), domain))
    hs.append("MIME-Version: 1.0")
    body_bytes = text.encode(charset if charset != "us-ascii" else "ascii", errors="replace")
    shape = rng.choices(["plain", "alternative", "html"], [0.4, 0.5, 0.1])[0]
    with_attachments = rng.random() < 0.15

    def plain_part():
        cte, data = encode_body(body_bytes, rng)
        return ("Content-Type: text/plain; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (charset, cte)).encode() + data

    def html_part():
        html = html_of(text, rng).encode(charset if charset != "us-ascii" else "ascii", errors="replace")
        cte, data = encode_body(html, rng)
        return ("Content-Type: text/html; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (charset, cte)).encode() + data

    if shape == "plain":
        content = plain_part()
    elif shape == "html":
        content = html_part()
    else:
        b = "----=_Part_%d_%d" % (i, rng.getrandbits(24))
        content = ("Content-Type: multipart/alternative;\r\n\tboundary=\"%s\"\r\n\r\n" % b).encode() + \
            b"--" + b.encode() + b"\r\n" + plain_part() + b"\r\n--" + b.encode() + b"\r\n" + html_part() + \
            b"\r\n--" + b.encode() + b"--\r\n"
    if with_attachments:
        b = "----=_NextPart_%06X" % rng.getrandbits(24)
        body = ("Content-Type: multipart/mixed;\r\n\tboundary=\"%s\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
                % b).encode() + b"--" + b.encode() + b"\r\n" + content + b"\r\n"
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            body += b"--" + b.encode() + b"\r\n" + attachment(rng, lang != "en")
        body += b"--" + b.encode() + b"--\r\n"
    else:
        body = content
    head = "\r\n".join(hs).encode("utf-8") + b"\r\n"
    return head + body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    sizes = []
    for i in range(args.count):
        data = make(i, rng)
        sizes.append(len(data))
        with open(os.path.join(args.out, "%05d.eml" % i), "wb") as f:
            f.write(data)
    sizes.sort()
    print("wrote %d messages, %.1f MB, median %d bytes" % (len(sizes), sum(sizes) / 1e6, sizes[len(sizes) // 2]))


if __name__ == "__main__":
    main()
