#!/usr/bin/env python3
"""Build the Intake evaluation set (eval/tune, eval/holdout) from hand-written emails.

Every email below was written by hand for this project, as a customer would write it.
The script is deterministic: same input -> byte-identical .eml files and labels.jsonl.
Assignment rule (fixed, stratified): emails are grouped by (category, priority) and taken
in the order they appear in this file; the 2nd, 5th, 8th ... of each group goes to holdout/,
the rest to tune/. Files are numbered 001.. within each folder in that same order.

Run:  python3 eval/make_eval.py      (from /work/main, or anywhere)
"""
import base64
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

CHARSETS = {"u": "UTF-8", "gb": "GB2312", "gbk": "GBK", "g18": "GB18030",
            "b5": "Big5", "a": "us-ascii", "l1": "ISO-8859-1"}
CODECS = {"UTF-8": "utf-8", "GB2312": "gb2312", "GBK": "gbk", "GB18030": "gb18030",
          "Big5": "big5", "us-ascii": "ascii",
          "ISO-8859-1": "latin-1"}
CTES = {"8": "8bit", "7": "7bit", "b": "base64", "q": "quoted-printable"}

EMAILS = []


def L(cat, sub, pri, name=None, phone=None, cid=None, orders="", demand=""):
    return {"category": cat, "subcategory": sub, "priority": pri, "name": name,
            "phone": phone, "customer_id": cid,
            "order_ids": orders.split() if orders else [],
            "demand": demand.split() if demand else []}


def M(lang, cs, cte, frm, subj, body, lab, html=False, date=None, hq=None, extra=None):
    """lang: zh-Hans/zh-Hant/en; cs: key of CHARSETS; cte: key of CTES;
    frm: 'Display <addr>' or 'addr'; hq: RFC 2047 mode for headers (B or Q;
    default: Q for every 4th email and for most Big5 ones, B otherwise)."""
    EMAILS.append(dict(lang=lang, cs=CHARSETS[cs], cte=CTES[cte], frm=frm, subj=subj,
                       body=body.strip("\n"), lab=lab, html=html, date=date, hq=hq,
                       extra=extra or []))


# ---------------------------------------------------------------- encoders
def _q_word_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and c < 128:
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def enc_header(text, charset, mode):
    """RFC 2047-encode `text` if it is not plain ASCII; split into several words."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    codec = CODECS[charset]
    if charset == "us-ascii":
        charset, codec = "UTF-8", "utf-8"
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        b = trial.encode(codec)
        n = len(base64.b64encode(b)) if mode == "B" else len(_q_word_bytes(b))
        if n > 45 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    enc = []
    for w in words:
        b = w.encode(codec)
        if mode == "B":
            enc.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            enc.append("=?%s?Q?%s?=" % (charset, _q_word_bytes(b)))
    return "\r\n ".join(enc)


def qp_encode(data):
    """Quoted-printable for a CRLF-terminated byte body."""
    out_lines = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, c in enumerate(line):
            last = i == len(line) - 1
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and not last):
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\r\n".join(out_lines).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# Sending times for emails whose text pins down "today" (quoted replies, explicit dates).
DATE_FOR = {
    "sunli_sh@163.com": "2024-06-04 09:12", "wumin0808@163.com": "2024-06-10 20:35",
    "zhengwei77@163.com": "2024-07-04 10:20", "tangkai_gz@gmail.com": "2024-07-18 21:05",
    "yanxf@163.com": "2024-08-13 11:40", "yangguang_sh@gmail.com": "2024-08-20 22:10",
    "mandy.chow@gmail.com": "2024-10-10 14:02", "priya.raman@outlook.com": "2024-04-02 08:30",
    "ryan.cole@protonmail.com": "2024-04-22 19:48", "laura.bianchi@libero.it": "2024-07-08 10:05",
    "mei.tan@gmail.com": "2024-09-04 07:30", "oliver.bennett@gmail.com": "2024-09-30 09:15",
    "caizm@tom.com": "2024-08-09 18:20", "qian.nvshi@yeah.net": "2024-06-11 13:30",
    "tsai.th@pchome.com.tw": "2024-09-06 16:45", "tbecker@mail.com": "2024-06-12 11:00",
    "zhuxt@wo.cn": "2024-07-08 10:30", "robert.lang@lang-partners.com": "2024-09-11 12:00",
    "deng_ns@163.com": "2025-03-15 23:05", "ella.wright@gmail.com": "2024-09-14 13:00",
    "jen.scott@gmail.com": "2024-09-16 10:00", "caowen@huaxin-law.com": "2024-07-16 20:10",
    "yang.cw@gmail.com": "2024-10-08 15:20", "david.huang@sunrise-foods.com": "2024-09-20 07:45",
    "zengfan@hengda-mfg.com": "2024-10-22 06:50", "changys@163.com": "2024-07-21 22:40",
}


def make_date(i, override, addr="", body=""):
    import datetime
    import re
    m = re.search(r"DD(20\d\d)(\d\d)(\d\d)", body)
    if not override and addr in DATE_FOR:
        override = DATE_FOR[addr]
    if override:
        d = datetime.datetime.strptime(override, "%Y-%m-%d %H:%M")
    elif m and m.group(1) >= "2024":
        # a few days after the (first) order the customer mentions
        d = datetime.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), 8, 0)
        d += datetime.timedelta(days=2 + i % 8, hours=(i * 5) % 14, minutes=(i * 37) % 60)
        d = d.replace(second=(i * 13) % 60)
    else:
        base = datetime.datetime(2024, 1, 4, 8, 0)
        d = base + datetime.timedelta(days=i * 4 + (i * 7) % 3, hours=(i * 5) % 14,
                                      minutes=(i * 37) % 60)
        d = d.replace(second=(i * 13) % 60)
    return "%s, %02d %s %04d %02d:%02d:%02d +0800" % (
        DOW[d.weekday()], d.day, MON[d.month - 1], d.year, d.hour, d.minute, d.second)


def build(i, e):
    cs, codec = e["cs"], CODECS[e["cs"]]
    if e["hq"] is None:
        e = dict(e, hq="Q" if (i % 4 == 1 or (cs == "Big5" and i % 3)) else "B")
    body = e["body"].replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    try:
        raw = body.encode(codec)
    except UnicodeEncodeError as ex:
        raise SystemExit("email #%d cannot be encoded in %s: %r" % (i, cs, ex))
    frm = e["frm"]
    if "<" in frm:
        disp, addr = frm.split("<", 1)
        disp = disp.strip().strip('"')
        addr = "<" + addr
        try:
            disp.encode("ascii")
            if any(c in disp for c in ",.()"):
                disp = '"%s"' % disp
        except UnicodeEncodeError:
            disp = enc_header(disp, cs, e["hq"])
        from_h = "%s %s" % (disp, addr)
    else:
        from_h = frm
    domain_addr = frm.split("<", 1)[-1].rstrip(">").strip()
    domain = domain_addr.rsplit("@", 1)[1]
    hdrs = [
        ("From", from_h),
        ("To", "support@example.com"),
        ("Subject", enc_header(e["subj"], cs, e["hq"])),
        ("Date", make_date(i, e["date"], domain_addr, e["body"])),
        ("Message-ID", "<%d.%s.intake-eval@%s>" % (
            100000 + i * 7919, "%08x" % ((i * 2654435761) % 2**32), domain)),
    ]
    hdrs += e["extra"]
    hdrs += [
        ("MIME-Version", "1.0"),
        ("Content-Type", '%s; charset="%s"' % ("text/html" if e["html"] else "text/plain", cs)),
        ("Content-Transfer-Encoding", e["cte"]),
    ]
    if e["cte"] == "base64":
        payload = b64_encode(raw)
    elif e["cte"] == "quoted-printable":
        payload = qp_encode(raw)
    else:
        payload = raw
    head = "".join("%s: %s\r\n" % kv for kv in hdrs).encode("ascii")
    return head + b"\r\n" + payload.rstrip(b"\r\n") + b"\r\n"


def write_sets(emails, root, build_one):
    """Writes root/tune and root/holdout (.eml files and labels.jsonl); build_one(i, e) gives an email's bytes."""
    for split in ("tune", "holdout"):
        d = os.path.join(root, split)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    counters = {"tune": 0, "holdout": 0}
    labels = {"tune": [], "holdout": []}
    group_seen = {}
    for i, e in enumerate(emails, 1):
        # Fixed, stratified rule: within each (category, priority) group, taken in the
        # order written here, the 2nd, 5th, 8th ... email goes to holdout, the rest to tune.
        key = (e["lab"]["category"], e["lab"]["priority"])
        group_seen[key] = group_seen.get(key, 0) + 1
        split = "holdout" if group_seen[key] % 3 == 2 else "tune"
        counters[split] += 1
        fname = "%03d.eml" % counters[split]
        with open(os.path.join(root, split, fname), "wb") as f:
            f.write(build_one(i, e))
        lab = dict(file=fname)
        lab.update(e["lab"])
        lab["language"] = e["lang"]
        ordered = {k: lab[k] for k in ("file", "category", "subcategory", "priority",
                                        "language", "name", "phone", "customer_id",
                                        "order_ids", "demand")}
        labels[split].append(ordered)
    for split in labels:
        with open(os.path.join(root, split, "labels.jsonl"), "w", encoding="utf-8",
                  newline="\n") as f:
            for lab in labels[split]:
                f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d tune + %d holdout emails" % (counters["tune"], counters["holdout"]))


def main():
    write_sets(EMAILS, HERE, build)



# ================================================================ the emails
# ---------------------------------------------------------------- zh-Hans, part 1
M("zh-Hans", "gbk", "b", "王女士 <wangli_0521@163.com>", "投诉！！！刚买的破壁机用两次就坏了",
"""你们好：

我是王女士，5月1日在你们旗舰店买的破壁机，订单号：DD20240501123。
第一次用还行，第二次打豆浆的时候电机咔咔响，然后直接不转了，闻到一股焦味。
我前天已经打过一次电话，客服说会有人联系我，到现在没有任何人联系！

我的要求很简单：全额退款，并且给我一个正式的道歉。
如果明天中午之前还没人处理，我就直接打12315投诉，并且把视频发到网上曝光。

电话：13812345678
王女士""",
L("complaint", "product_quality", "urgent", "王女士", "13812345678", None, "DD20240501123", "refund apology"))

M("zh-Hans", "u", "8", "hz.wangyu@qq.com", "滤网",
"""KJ-300的滤网多久换一次？在哪里买原装的？""",
L("inquiry", "product_info", "low"))

M("zh-Hans", "gb", "q", "刘洋 <liuyang1988@126.com>", "紧急：我的账号被别人登录了，钱包余额没了",
"""客服你好，

我叫刘洋，客户编号 C20231108017。
今天早上6点多收到短信，说我的账号在广州登录，可我人在北京，根本没有去过广州。
我登进去一看，钱包里的1260元余额已经被转走了，绑定的手机也被改了！！

请马上冻结我的账号，帮我把钱追回来。我现在用另一个号码联系：139 0011 2233

刘洋""",
L("emergency", "account_security", "urgent", "刘洋", "13900112233", "C20231108017", "", "callback"))

M("zh-Hans", "u", "8", "陈先生 <chen.hz@sina.com>", "热水器安装时间能不能改一下",
"""您好，

我在你们家买的燃气热水器，原来约的是周六上午安装，师傅叫张师傅，他电话是13600001111，刚才他打给我说周六来不了。
我周日全天都在家，能不能改到周日上午？麻烦帮我重新安排一下。

订单号：DD20240518077
联系我：15012345678（陈先生）

谢谢""",
L("after_sales", "installation", "normal", "陈先生", "15012345678", None, "DD20240518077", ""))

M("zh-Hans", "u", "b", "赵磊 <zhaolei.dev@outlook.com>", "关于App的一点小建议",
"""你好，

用你们的智能家居App快一年了，整体挺好用。有两个小建议：
1. 希望能增加深色模式，晚上打开App特别刺眼；
2. 设备列表能不能支持按房间拖动排序，现在设备一多就很难找。

不着急，只是提个想法，希望后续版本能考虑。

--
赵磊""",
L("suggestion", "feature_request", "low", "赵磊"))

M("zh-Hans", "u", "q", "孙丽 <sunli_sh@163.com>", "Re: 关于您的咨询",
"""这就是你们的答复？我问的是为什么电话里那位客服直接挂我电话，你们回一个“请您耐心等待”就完了？
我打过去说明情况，她一句“这不归我们管”就挂了，态度非常差。请给我一个说法，并让主管联系我。

孙丽
手机：186-2233-4455

在 2024-06-03 10:30:00，"优家客服" <support@example.com> 写道：
> 尊敬的客户您好，
> 您咨询的产品退换货政策如下：签收后7天内可无理由退货。
> 如有疑问请拨打客服热线 400-820-1234。
> 请您耐心等待，感谢您的理解与支持！""",
L("complaint", "service_attitude", "normal", "孙丽", "18622334455", None, "", "explanation callback"))

M("zh-Hans", "gbk", "8", "周先生 <zhou_xs@139.com>", "申请退货",
"""客服您好：

我5月20日买的一台蓝牙音箱，订单编号 2024052012345678，东西没问题，就是买了以后发现家里已经有一台了，
还没拆封，想走七天无理由退货，麻烦告诉我怎么寄回，运费怎么算。退款原路退回就行。

周先生""",
L("after_sales", "return", "normal", "周先生", None, None, "2024052012345678", "return refund"))

M("zh-Hans", "u", "q", "吴敏 <wumin0808@163.com>", "Re: 感谢您的好评",
"""你好，不是来评价的。

刚才给手机充电的时候，你们的充电宝突然发烫，外壳鼓起来了，还冒出一股白烟，我赶紧拔下来扔到阳台了。
家里有小孩，我现在很害怕还会不会起火。请尽快派人联系我，告诉我该怎么处理这个充电宝。

吴敏
+86 137 1234 5678

------------------ 原始邮件 ------------------
发件人: "优家商城" <service@example.com>
发送时间: 2024年6月10日(星期一) 上午9:12
收件人: "wumin0808" <wumin0808@163.com>
主题: 感谢您的好评

亲爱的顾客，感谢您对本店的好评，祝您生活愉快！""",
L("emergency", "safety", "urgent", "吴敏", "13712345678", None, "", "callback explanation"))

M("zh-Hans", "gb", "b", "gs_fapiao@vip.sohu.net", "【代开】各类发票 正规可查 优惠中",
"""老板您好：

本公司常年代开增值税发票、普通发票，点数优惠，可先验票后付款。
长期合作另有优惠，欢迎加QQ 2876543210 咨询。

如有打扰，敬请谅解。""",
L("other", None, "low"))

M("zh-Hans", "u", "8", "李娜 <lina_bj@qq.com>", "请问什么时候发货",
"""您好，

我6月12号下的单，订单号：DD20240612088，页面一直显示“待发货”，已经4天了。
请问大概什么时候能发？我客户编号是C20240115032。

李娜""",
L("inquiry", "order_status", "normal", "李娜", None, "C20240115032", "DD20240612088", ""))

M("zh-Hans", "g18", "b", "钱女士 <qian.nvshi@yeah.net>", "咨询一下",
"""咨询？我真是没法好好咨询了。

下单的时候页面写的“48小时发货，三天送达”，我6月1号付的款，今天都6月11号了，东西还没到。
物流信息停在“已揽收”一动不动，打客服电话永远在排队。这是给孩子的生日礼物，生日已经过了！

订单号：DD20240601215
请给我一个解释，到底还发不发？不发就退钱。

钱女士""",
L("complaint", "delivery_delay", "normal", "钱女士", None, None, "DD20240601215", "explanation refund"))

M("zh-Hans", "u", "b", "郑伟 <zhengwei77@163.com>", "回复：扫地机器人不能充电",
"""你好，按照你们说的把充电座擦干净了，也重启了，还是不能充电，指示灯一直红灯闪烁。
机器是去年9月买的，还在保修期内，麻烦安排维修吧，上门或者寄修都可以。

郑伟
手机：１５８１２３４５６７８

------------------ 原始邮件 ------------------
发件人: "售后服务" <support@example.com>
发送时间: 2024年7月2日(星期二) 下午3:40
收件人: "郑伟" <zhengwei77@163.com>
主题: 扫地机器人不能充电

郑先生您好，请先清洁充电触点并重启机器，如仍无法解决，请致电售后热线 400-820-1234 或回复本邮件。""",
L("after_sales", "repair", "normal", "郑伟", "15812345678", None, "", "repair"))

M("zh-Hans", "u", "b", "林志强 <lin.zq@fresh-mart.cn>", "【急】商家后台登录不了，所有门店无法接单",
"""技术支持：

从今天上午10:20开始，我们的商家后台一直提示“服务器错误 502”，收银端也同步不了订单，
现在三家门店都没法接外卖单，中午高峰马上就到了，损失很大。

商户号：C20230902005
请立刻安排技术人员处理，处理进度请打我座机 021-5888 1234 或直接回邮件。

鲜到家生鲜 运营负责人
林志强""",
L("emergency", "system_outage", "urgent", "林志强", "02158881234", "C20230902005", "", "callback"))

M("zh-Hans", "gbk", "q", "黄莉 <huangli@xinda-tech.com>", "开票问题",
"""你好，想问一下：
1. 公司采购的话能开增值税专用发票吗？
2. 下单以后多久能收到发票，是电子的还是纸质的？

我们还没下单，先了解一下，谢谢。

黄莉""",
L("inquiry", "policy", "low", "黄莉"))

M("zh-Hans", "u", "8", "何先生 <he_xs2024@qq.com>", "发错货了",
"""订单号:DD20240703456

我买的是黑色的电动牙刷，收到的是白色的，而且型号也不对，是低配版。
麻烦尽快给我换成我买的那款。我手机尾号5678，就是下单那个号，138****5678。

何先生""",
L("complaint", "wrong_item", "normal", "何先生", None, None, "DD20240703456", "exchange"))

M("zh-Hans", "g18", "8", "朱晓彤 <zhuxt@wo.cn>", "退款什么时候到账",
"""客服您好，不是投诉哈，就是问问。

我6月25号申请了退货退款，商品你们已经签收了（6月28号），但是到现在钱还没退回来。
订单编号 2024062198765432
麻烦帮我看一下退款卡在哪一步了，谢谢。

朱晓彤""",
L("after_sales", "refund", "normal", "朱晓彤", None, None, "2024062198765432", "refund"))

M("zh-Hans", "gb", "8", "许静 <xujing_hz@163.com>", "关于包装的一点意见",
"""你好：

前几天收到你们寄来的一个小小的滤芯，外面套了三层塑料袋，还有一大块泡沫和一个很大的纸箱。
感觉有点浪费，也不环保。希望以后能精简一下包装，用纸质填充物就挺好。
产品本身很好，没有别的问题。

许静""",
L("suggestion", "feedback", "low", "许静"))

M("zh-Hans", "u", "q", "马超 <machao_sz@139.com>", "有人在用我的账号吗？？",
"""你好，

我半小时内连续收到了5条你们的登录验证码短信，可我根本没有操作过。
刚才又收到一条“您的账号已在新设备登录”。我改了密码，但是担心账号已经被盗，里面绑定了我的银行卡。
请帮我查一下最近的登录记录，并先把支付功能停掉。

马超 13066778899""",
L("emergency", "account_security", "urgent", "马超", "13066778899", None, "", "explanation"))

M("zh-Hans", "u", "b", "feng.ayi@qq.com", "谢谢李师傅",
"""你好，我是冯阿姨，住在翠苑小区。
昨天你们的李建军师傅上门修洗衣机，很耐心，还帮我把排水管也理了一下，一分钱没多收。
他留的电话是13955556666，我以后有事就直接找他了。
特地写信表扬一下，谢谢你们！""",
L("other", "thanks", "low", "冯阿姨"))

M("zh-Hans", "gbk", "b", "罗斌 <luobin_cd@sina.com>", "电水壶塑料味太重",
"""客服你好：

上周买的电水壶（订单号：DD20240708311），烧出来的水一股很重的塑料味，已经按说明书烧了五六次清水了还是有味道。
先说明一下，没有冒烟，也没有漏电，就是味道重，不敢给家里人喝。
想问一下这是正常的吗？如果不正常，希望给换一个。

罗斌""",
L("complaint", "product_quality", "normal", "罗斌", None, None, "DD20240708311", "explanation exchange"))

M("zh-Hans", "u", "8", "a13552@163.com", "配网",
"""净化器怎么连wifi啊，说明书看不懂，App里一直搜不到设备""",
L("inquiry", "how_to", "low"))

M("zh-Hans", "u", "q", "曹文 <caowen@huaxin-law.com>", "洗碗机保修",
"""<html><body>
<p>您好：</p>
<p>我家的洗碗机（订单号：DD20230815042）用了11个月，最近不排水了，每次洗完底部都积着水。</p>
<p>问题是购买时的纸质发票找不到了，请问凭订单记录能不能走保修？希望按保修给免费维修。</p>
<p>方便的话请电话联系我：<b>137-0101-2323</b>，工作日晚上7点以后都可以。</p>
<p>曹文<br>
&nbsp;&nbsp;2024年7月</p>
</body></html>""",
L("after_sales", "warranty", "normal", "曹文", "13701012323", None, "DD20230815042", "repair callback"), html=True)

M("zh-Hans", "gb", "q", "蒋先生 <jiang_home@21cn.com>", "插座冒火花！！",
"""刚才插着你们的智能插座用电暖器，插座那里啪的一声冒了火花，外壳都烧黑了，屋里一股焦味。
我已经把总闸拉了。家里有两个老人，现在不敢再用电。
你们这个产品是不是有安全问题？请马上派人来看，电话 0755-26661234，蒋先生。""",
L("emergency", "safety", "urgent", "蒋先生", "075526661234", None, "", "callback explanation"))

M("zh-Hans", "u", "q", "唐凯 <tangkai_gz@gmail.com>", "FW: 第三次投诉快递员",
"""这是我第三次发邮件投诉同一个快递员了，前两次你们都说“已反馈”，然后呢？
这次他直接把我的包裹从门外扔进院子里，箱子都摔瘪了，里面的显示器不知道有没有事。
我打电话给他，他说“爱签不签”。
今天之内再不给我处理结果，我就去消协投诉，同时发到网上曝光你们合作的这家快递。

唐凯

-----Original Message-----
From: 唐凯 <tangkai_gz@gmail.com>
Sent: Monday, July 15, 2024 8:02 PM
To: support@example.com
Subject: 第二次投诉快递员

你们的快递员又没打电话就把东西放在楼下了，订单号：DD20240712009。""",
L("complaint", "logistics", "urgent", "唐凯", None, None, "DD20240712009", "explanation"))

M("zh-Hans", "u", "b", "韩梅梅 <hanmeimei@foxmail.com>", "建议支持分期付款",
"""<div>你好，</div>
<div>你们的新款洗地机挺想买的，不过价格有点高，能不能考虑支持花呗或者信用卡分期？</div>
<div>另外商品详情页如果能放一个和上一代的对比表就更好了。</div>
<div><br></div>
<div>一点小建议，仅供参考&#65281;</div>
<div>韩梅梅</div>""",
L("suggestion", "feature_request", "low", "韩梅梅"), html=True)

M("zh-Hans", "g18", "q", "谢宇航 <xieyh@263.net>", "显示器坏点，要求换货",
"""你好，

上周收到的27寸显示器，开机后屏幕中间偏左有一个很明显的亮点，白色背景下特别扎眼。
订单 No. 88120456，会员号 C20220310118。
收货还不到10天，要求换一台新的，麻烦安排上门取件。

谢宇航
电话：0571-8765 4321""",
L("after_sales", "exchange", "normal", "谢宇航", "057187654321", "C20220310118", "88120456", "exchange"))

M("zh-Hans", "u", "8", "邱月 <qiuyue@qq.com>", "怎么扣了两次钱",
"""您好，我昨天买的那个加湿器，订单号：DD20240720150，
银行卡显示扣了两笔399元，但订单只有一个。是不是系统重复扣款了？
麻烦查一下，如果多扣了请把多的那笔退回给我。

邱月""",
L("inquiry", "billing", "normal", "邱月", None, None, "DD20240720150", "explanation refund"))

M("zh-Hans", "u", "8", "邓女士 <deng_ns@163.com>", "门锁打不开了，App所有设备离线",
"""你好，

现在是晚上11点，你们的App里我家所有设备都显示离线，智能门锁的远程开锁用不了，指纹也识别不了，
我和孩子被锁在门外了！！！打400电话一直占线。
请马上处理，电话18700008888，邓女士。""",
L("emergency", "system_outage", "urgent", "邓女士", "18700008888", None, "", "callback"))

M("zh-Hans", "gbk", "q", "彭建国 <pengjg@china.com>", "我要找你们领导",
"""我已经打了三次你们的400-820-1234，每次都说“已记录，会有专人联系”，一个星期过去了，没有一个人给我打电话。
上次那个接电话的还跟我说“你爱投诉就去投诉”。
这就是你们的服务？我再说最后一次：明天之前没有主管给我打电话，我就去消协，顺便找律师。

手机：18911112222
彭建国""",
L("complaint", "service_attitude", "urgent", "彭建国", "18911112222", None, "", "callback apology"))

M("zh-Hans", "u", "b", "曾凡 <zengfan@hengda-mfg.com>", "工业除湿机故障，车间停产",
"""你好：

我司去年采购的6台工业除湿机中，2号车间的两台从今天凌晨起报E4故障，无法启动。
该车间生产电子元件，湿度一超标只能停线，目前整条线已经停了。
采购订单号：DD20231120008，客户编号：C20231120003。
请今天务必派工程师到现场维修，越快越好。

恒达制造 生产部
曾凡
手机：135 1234 9876""",
L("after_sales", "repair", "urgent", "曾凡", "13512349876", "C20231120003", "DD20231120008", "repair"))

M("zh-Hans", "u", "8", "肖红 <xiaohong_fin@163.com>", "6月报销单",
"""张会计：

附件是我6月份的差旅报销单和发票扫描件，麻烦帮忙审核一下，有问题微信找我。

肖红""",
L("other", None, "low", "肖红"))

M("zh-Hans", "gb", "b", "毛先生 <mao_xs@sohu.com>", "查不到物流",
"""您好，我的订单号：DD20240725066，页面显示已发货，快递单号SF1402233456789，
但是在顺丰官网上一直查不到任何信息，已经三天了。请问是不是单号填错了？

毛先生""",
L("inquiry", "logistics", "normal", "毛先生", None, None, "DD20240725066", "explanation"))

M("zh-Hans", "u", "q", "袁丹 <yuandan@outlook.com>", "会员自动续费",
"""你好，

我的会员上个月到期，这个月1号你们在没有任何提醒的情况下自动扣了我198元续费。
我开通的时候根本没注意到有自动续费这个选项，默认勾选也太坑了。
请把这次的续费退给我，并取消自动续费。

袁丹
会员编号：C20230601077""",
L("complaint", "billing", "normal", "袁丹", None, "C20230601077", "", "refund"))
# ---------------------------------------------------------------- zh-Hans, part 2
M("zh-Hans", "gb", "8", "杜鹃 <dujuan_xm@163.com>", "请问加湿净化一体机",
"""您好，想了解一下：
你们那款AH-500是加湿和净化二合一的吗？适用面积写的是60平，我家客厅加餐厅大概45平，够用吗？
噪音大不大，晚上开睡眠模式能听到吗？

杜鹃""",
L("inquiry", "product_info", "low", "杜鹃"))

M("zh-Hans", "u", "8", "常永胜 <changys@163.com>", "晾衣架的事",
"""你好，我也不知道该找谁，就发到这个邮箱了。

事情是这样的，我们家三月份装修完新房，在你们店里买了电动晾衣架，当时看评价挺好的，就买了最贵的那款，
安装的师傅也挺好，装得很快。用了差不多四个月，前天我老婆晾被子的时候，左边那根杆子突然从连接的地方断开了，
被子掉在地上倒是没什么，关键是那根铝杆差点砸到我女儿头上，她当时就在阳台玩。
我看了一下断口，里面那个塑料卡扣已经碎了，感觉就是质量不行，被子也就三四斤重，说明书上写的承重是35公斤。
我不是要闹，就是觉得这个东西质量有问题，希望你们给个说法，看是换一套还是怎么处理，另外那个卡扣是不是有批次问题，
别的买家会不会也遇到，你们最好也查一下。

订单号：DD20240318402
常永胜""",
L("complaint", "product_quality", "normal", "常永胜", None, None, "DD20240318402", "explanation exchange"))

M("zh-Hans", "gbk", "b", "柏女士 <bai_ns1962@126.com>", "被冒充你们客服的人骗了",
"""你好：

今天下午有人打电话给我，自称是你们的客服，号码显示的是95017开头，说我买的东西有质量问题要给我理赔，
让我下载了一个会议软件，开了屏幕共享，按他说的操作，结果我银行卡里被转走了5000元。
他知道我的名字、地址和买的什么东西，你们是不是泄露了我的信息？
我已经报警了。请你们马上查一下我的账号有没有被人动过，并且回电话给我：13651234567。

柏女士""",
L("emergency", "account_security", "urgent", "柏女士", "13651234567", None, "", "explanation callback"))

M("zh-Hans", "u", "q", "邵女士 <shao.ns@126.com>", "预约安装电视挂架",
"""你好，

昨天收到电视和挂架了（订单号：DD20240805219），想预约上门安装挂架，墙是承重墙。
这周末两天都可以，最好是上午。
联系电话：0086 138 0013 8000

谢谢
邵女士""",
L("after_sales", "installation", "normal", "邵女士", "13800138000", None, "DD20240805219", ""))

M("zh-Hans", "u", "8", "卢佳 <lujia@qq.com>", "能改收货地址吗",
"""刚下的单，订单号：DD20240808077，地址填成了公司的，想改成家里的：
杭州市西湖区文三路XX号XX室。还没发货的话麻烦帮我改一下，谢谢！

卢佳""",
L("inquiry", "order_status", "normal", "卢佳", None, None, "DD20240808077", ""))

M("zh-Hans", "u", "b", "田甜 <tiantian_cs@163.com>", "客服挺好，流程太长",
"""你好，

上周处理退货的时候，电话客服小王（工号1032）态度特别好，一直很耐心。这点要表扬。
不过整个流程太长了：先在App上申请，然后等审核，审核完还要再打电话确认一次，然后才能约快递。
建议能不能在App上一步搞定，或者审核通过后自动约上门取件。

就是一点反馈，不用回复。
田甜""",
L("suggestion", "feedback", "low", "田甜"))

M("zh-Hans", "g18", "q", "蔡志明 <caizm@tom.com>", "预售拖了一个月还不发货，第二次来问",
"""这是我第二次发邮件了。

你们的预售页写得清清楚楚“7月10日前发货”，现在是8月9号，一个月了，订单状态还是“待发货”。
第一次问，回复说“厂家排产中”，然后就没下文了。我付的是全款，不是定金。
订单号：DD20240620118

我今天就给个最后期限：明天下班前要么发货，要么全额退款加赔偿，不然我直接打12315。

蔡志明 159-0123-4567""",
L("complaint", "delivery_delay", "urgent", "蔡志明", "15901234567", None, "DD20240620118", "refund compensation"))

M("zh-Hans", "u", "q", "龚雪 <gongxue@qq.com>", "烘干机退货",
"""<p>你好：</p>
<p>我买的烘干机（订单号：DD20240810033）到了以后才发现尺寸太大，洗衣机上面的空间放不下。</p>
<p>已经拆了外包装，但机器没用过、配件都在。请问还能退吗？如果能，请帮我安排上门取件，谢谢&#12290;</p>
<p>龚雪<br>手机 139&nbsp;1234&nbsp;0000</p>""",
L("after_sales", "return", "normal", "龚雪", "13912340000", None, "DD20240810033", "return"), html=True)

M("zh-Hans", "u", "8", "范文博 <fanwb@jianzhu-design.com>", "云打印全部失败，下午3点要交标书",
"""你好，

我们公司用的是你们的云打印服务（企业版，客户编号 C20240212009），从上午9点开始所有打印任务都卡在“排队中”，
重启了打印机和路由器都没用，换电脑也一样，状态页也打不开。
我们下午3点前必须把投标文件打印装订送到招标中心，现在整个部门都停着。
麻烦立刻安排工程师远程处理！

范文博
电话 010-6234 5678 转 802""",
L("emergency", "system_outage", "urgent", "范文博", "01062345678", "C20240212009", "", ""))

M("zh-Hans", "gb", "8", "韦欣 <weixin_gl@163.com>", "退款收到了，谢谢",
"""你好，
昨天申请的退款今天上午就到账了，比我想的快多了，谢谢你们！

韦欣""",
L("other", "thanks", "low", "韦欣"))

M("zh-Hans", "u", "q", "严小峰 <yanxf@163.com>", "回复: 关于您的反馈",
"""你好，我不是要投诉，只是想问下怎么把家里的设备共享给我爸妈，让他们也能在自己手机上控制空调？
你们上次回复的内容我看不太懂。

严小峰

发件人: 优家客服中心 <support@example.com>
发送时间: 2024年8月12日 16:05
收件人: 严小峰 <yanxf@163.com>
主题: 关于您的反馈

严先生您好，感谢您的来信。如您对我们的服务不满意需要投诉，请拨打投诉专线 400-820-1234 转 3，
或在App“我的-意见反馈”中提交，我们将在24小时内处理。""",
L("inquiry", "how_to", "low", "严小峰"))

M("zh-Hans", "gbk", "8", "贺莉 <heli_wh@126.com>", "配件少发了",
"""客服你好，

我分两次下的单，订单号 DD20240815001 和 DD20240815002，第一单是吸尘器主机，第二单是加购的配件包。
主机收到了，但配件包里只有两个刷头，少了滤网和延长管，清单上明明写着有的。
请补发一下少的配件。

贺莉""",
L("complaint", "wrong_item", "normal", "贺莉", None, None, "DD20240815001 DD20240815002", ""))

M("zh-Hans", "u", "b", "汪先生 <wang_xs_hf@sina.com>", "冰箱不制冷",
"""您好：

家里的双开门冰箱最近两天冷藏室不太凉了，冷冻室还行。不是很急，里面东西不多，下周上门看看就行。
购买日期是2023年3月，应该还在整机保修期内吧。
地址：合肥市蜀山区XX路XX号
电话：0551-6543 2100（家里座机，白天有老人在）

汪先生""",
L("after_sales", "repair", "normal", "汪先生", "055165432100", None, "", "repair"))

M("zh-Hans", "u", "q", "方女士 <fang_ns@qq.com>", "吹风机漏电！",
"""你们的吹风机漏电！我女儿刚才用的时候手被电了一下，手上红了一块，现在还说手麻。
我已经把吹风机拔了，放在一边没敢再动。这是上个月在你们店买的，订单号：DD20240720288。
请立刻给我回电话，孩子要不要去医院你们也给个意见。13477776666""",
L("emergency", "safety", "urgent", "方女士", "13477776666", None, "DD20240720288", "callback explanation"))

M("zh-Hans", "g18", "b", "曲海涛 <quht@sohu.com>", "以旧换新怎么参加",
"""你好，

看到你们在做空调以旧换新，我家有一台用了12年的老空调（不是你们品牌的），请问可以参加吗？
旧机是你们上门拆还是我自己处理？补贴是直接抵扣吗？

曲海涛""",
L("inquiry", "policy", "low", "曲海涛"))

M("zh-Hans", "u", "8", "孟洁 <mengjie88@163.com>", "安装师傅在我家抽烟",
"""你好：

今天上午来装空调的王师傅，一进门就在客厅抽烟，我说家里有孕妇请不要抽，他说“马上就好”，结果又抽了一根。
装完以后地上的墙灰也没打扫，我问他能不能收拾一下，他说“这不是我的事”。
我对这次服务非常不满意，希望你们对这位师傅进行处理，并给我一个答复。

订单号：DD20240816145
孟洁""",
L("complaint", "service_attitude", "normal", "孟洁", None, None, "DD20240816145", "explanation"))

M("zh-Hans", "u", "8", "侯亮 <houliang@qq.com>", "价保申请",
"""你好，我8月1号买的扫地机器人3299元，今天看到同款降价到2899了，还在30天价保期内。
订单号：DD20240801376，麻烦把差价400元退给我。

侯亮""",
L("after_sales", "refund", "normal", "侯亮", None, None, "DD20240801376", "refund"))

M("zh-Hans", "gbk", "q", "姚远 <yaoyuan@126.com>", "App家庭成员权限",
"""你好：

希望你们的App能支持给家庭成员分别设置权限。比如我想让孩子只能开关自己房间的灯，不能动门锁和摄像头。
现在共享出去就是所有设备都能控制，不太放心。

姚远""",
L("suggestion", "feature_request", "low", "姚远"))

M("zh-Hans", "u", "b", "祝红梅 <zhuhm@163.com>", "账号里多了几个我没下的订单",
"""你好，

刚才打开App发现我的收货地址被人改成了深圳的一个地址，还用我绑定的卡下了两个订单：
DD20240820501、DD20240820502，都是手机，加起来一万多块。这两单不是我下的！
请马上拦截这两个订单不要发货，并且帮我冻结账户。

祝红梅
手机 153-3333-1234""",
L("emergency", "account_security", "urgent", "祝红梅", "15333331234", None, "DD20240820501 DD20240820502", ""))

M("zh-Hans", "u", "8", "ziyu2019@163.com", "电饭煲内胆",
"""IH电饭煲的内胆是什么涂层？孕妇用安全吗""",
L("inquiry", "product_info", "low"))

M("zh-Hans", "u", "b", "yangguang_sh@gmail.com", "Fwd: 净化器质量问题——第三次",
"""再转一次我之前的邮件，已经半个月了没有任何进展。

我这台净化器第三次出现同样的故障：开机十分钟自动关机。修了两次，每次修完用不了一周。
我现在要求退货退款，不接受第三次维修。
如果这周还没人处理，我会联系本地电视台的《消费者之声》栏目，把维修记录全部公开。

杨光

---------- Forwarded message ---------
发件人: 杨光 <yangguang_sh@gmail.com>
Date: 2024年8月5日周一 下午9:14
Subject: 净化器质量问题
To: <support@example.com>

你好，我的净化器（订单号：DD20240210066）又开始自动关机了，这已经是修过一次之后了，客户编号 C20240210021。""",
L("complaint", "product_quality", "urgent", "杨光", None, "C20240210021", "DD20240210066", "return refund"))

M("zh-Hans", "gb", "q", "熊丽丽 <xionglili@21cn.com>", "耳机换货",
"""你好，
上周买的降噪耳机左耳没有声音，右耳正常，已经重新配对和恢复出厂设置了，还是不行。
订单号：DD20240819212
请给我换一副新的。

熊丽丽""",
L("after_sales", "exchange", "normal", "熊丽丽", None, None, "DD20240819212", "exchange"))

M("zh-Hans", "u", "8", "白杨 <baiyang_xj@163.com>", "发新疆吗",
"""你好，请问你们能发货到新疆伊犁吗？一般几天能到？需要另外加运费吗？""",
L("inquiry", "logistics", "low", "白杨"))

M("zh-Hans", "gbk", "8", "秦风 <qinfeng@139.com>", "支付一直失败，活动今晚12点就结束了",
"""你好！

从晚上8点开始我在你们商城下单，付款页面一直转圈然后提示“系统繁忙，请稍后再试”，
微信、支付宝、银行卡都试过了，全部失败。我朋友那边也一样。
你们的满减活动今晚12点就结束了，购物车里是准备给公司采购的一批东西，求尽快修复！

秦风 18611223344""",
L("emergency", "system_outage", "urgent", "秦风", "18611223344", None, "", ""))

M("zh-Hans", "u", "q", "齐悦 <qiyue@foxmail.com>", "优惠券没生效",
"""你好：

我下单时明明勾选了满500减80的优惠券，订单页也显示了，可实际付款还是按原价扣的。
订单号：DD20240825633
现在券也显示“已使用”。请把这80元退给我，并解释一下为什么会这样。

齐悦""",
L("complaint", "billing", "normal", "齐悦", None, None, "DD20240825633", "refund explanation"))

M("zh-Hans", "u", "8", "江海 <jianghai@163.com>", "延保",
"""你好，我家的洗衣机还有一个月就过保了，想问一下能不能买延保？
另外最近脱水的时候声音有点大，在保修期结束前能不能先安排检查一次？

客户编号：C20220915066
江海""",
L("after_sales", "warranty", "normal", "江海", None, "C20220915066", "", "repair"))

M("zh-Hans", "u", "b", "李可 <like@starlight-mcn.com>", "合作邀约｜星光传媒",
"""您好！

我是星光传媒的商务李可。我们是一家专注家居品类的MCN机构，旗下有50+家居类达人，
想和贵品牌洽谈短视频带货合作，佣金比例和坑位费都可以谈。
方便的话可以加我微信 likemcn2024 详聊。

期待回复！
商务 李可""",
L("other", None, "low", "李可"))

M("zh-Hans", "u", "8", "单老师 <shan_teacher@126.com>", "说明书",
"""说明书的字太小了，我戴着老花镜都看不清。建议出一个大字版，或者在App里放个能放大的电子版。

单老师""",
L("suggestion", "feedback", "low", "单老师"))

M("zh-Hans", "gb", "b", "程晓 <chengxiao@jinghua-trade.com>", "发票抬头开错了",
"""你好：

订单号：DD20240828010 的发票抬头开成了个人，我们需要的是公司抬头：
京华商贸有限公司，税号 91110105MA01XXXX0X。
请问可以作废重开吗？大概需要几天？

程晓""",
L("inquiry", "billing", "normal", "程晓", None, None, "DD20240828010", ""))

M("zh-Hans", "u", "q", "吕明 <lvming@sina.com>", "净水器装完一直渗水",
"""你好，

上周六你们师傅来装的净水器，装完当天没问题，这两天发现进水接头那里一直在渗水，
柜子底板已经泡了一点。麻烦安排师傅再来一趟重新装一下。

订单号：DD20240824187
电话：177 0000 1122
吕明""",
L("after_sales", "installation", "normal", "吕明", "17700001122", None, "DD20240824187", "repair"))

M("zh-Hans", "u", "8", "鲁先生 <lu_xs@163.com>", "热水器有燃气味",
"""不是投诉啊，先说清楚。

刚才洗澡的时候闻到很明显的燃气味，就是你们去年装的那台燃气热水器，我已经关了燃气总阀，开窗通风了。
现在不敢再用，请问你们能不能今天派人来检查一下？

鲁先生 13800001234""",
L("emergency", "safety", "urgent", "鲁先生", "13800001234", None, "", "repair"))

M("zh-Hans", "u", "8", "sunny_li@163.com", "还没到？？？",
"""订单DD20240830777，说好昨天到，还没到？？？""",
L("complaint", "delivery_delay", "normal", None, None, None, "DD20240830777", ""))

M("zh-Hans", "gbk", "b", "尹春燕 <yincy@126.com>", "滤网复位",
"""你好，换完新滤网以后机器上“更换滤网”的灯还一直亮着，要怎么复位？

尹春燕""",
L("inquiry", "how_to", "low", "尹春燕"))

# ---------------------------------------------------------------- zh-Hant (Taiwan / Hong Kong)
M("zh-Hant", "b5", "b", "林小姐 <lin.yuting@gmail.com>", "除濕機漏水",
"""客服您好：

上個月在官網買的除濕機，這幾天早上起來發現機器底下整片都是水，水箱明明沒有滿。
已經照說明書檢查過水箱有放好，還是一樣會漏，木頭地板都泡到翹起來了。
訂單編號：DD20240902031

想請問這是機器的問題嗎？麻煩請人跟我聯絡，謝謝。
手機：0912-345-678
林小姐""",
L("complaint", "product_quality", "normal", "林小姐", "0912345678", None, "DD20240902031", "explanation callback"))

M("zh-Hant", "u", "8", "陳生 <chan.kw@yahoo.com.hk>", "空氣清新機",
"""你好，想問吓你哋AP-600部空氣清新機，大約30平方米嘅房用唔用得？
濾網幾耐要換一次？多謝。

陳生""",
L("inquiry", "product_info", "low", "陳生"))

M("zh-Hant", "b5", "q", "張家豪 <chiahao.chang@hotmail.com>", "帳號被盜用！！請立即處理",
"""您好，

我今天早上收到通知說我的帳號密碼已經被變更，但我根本沒有改過密碼，現在也登入不了。
帳號裡面有綁定信用卡，我很擔心被盜刷。會員編號 C20230718042。
請立刻幫我鎖定帳號，並回電給我：0933 222 111

張家豪

> 客服專線：0800-123-456（週一至週五 9:00-18:00）
> 本郵件為系統自動發送，請勿直接回覆。""",
L("emergency", "account_security", "urgent", "張家豪", "0933222111", "C20230718042", "", "callback"))

M("zh-Hant", "u", "b", "黃太 <wongtaitai@netvigator.com>", "洗衣機唔入水",
"""你好，

我屋企部前置式洗衣機由琴日開始唔入水，一開機就顯示E1，已經檢查過水喉開咗。
部機係舊年十月買嘅，應該仲喺保養期內，唔該安排師傅上門維修。

聯絡電話：9123 4567
黃太""",
L("after_sales", "repair", "normal", "黃太", "91234567", None, "", "repair"))

M("zh-Hant", "u", "8", "吳建宏 <wu.jianhong@gmail.com>", "建議新增 LINE Pay 付款",
"""你好，

很常在你們官網買東西，不過結帳只能用信用卡或ATM轉帳有點不方便，
建議可以新增 LINE Pay 或街口支付，應該會方便很多。

吳建宏""",
L("suggestion", "feature_request", "low", "吳建宏"))

M("zh-Hant", "b5", "8", "蔡宗翰 <tsai.th@pchome.com.tw>", "第二次詢問！訂單到底什麼時候出貨",
"""你好，

這是我第二次寫信來問了。我8月20日下單付款，網頁上寫3個工作天內出貨，到今天9月6日都還沒出貨。
上次回信說「倉庫作業中，請耐心等候」，之後就沒有下文。
訂單編號：DD20240820777

如果這禮拜再不出貨也不給交代，我會直接向消保官申訴，並且把整個過程寫出來給媒體爆料。

蔡宗翰""",
L("complaint", "delivery_delay", "urgent", "蔡宗翰", None, None, "DD20240820777", "explanation"))

M("zh-Hant", "u", "q", "vivian.kuo@gmail.com", "申請退貨",
"""您好，

我9月3日收到的吸塵器（單號 DD20240901588），使用後覺得吸力不如預期，
還在七天鑑賞期內，想申請退貨退款。外盒和配件都還在。
請問要怎麼安排收件？

郭怡君""",
L("after_sales", "return", "normal", "郭怡君", None, None, "DD20240901588", "return refund"))

M("zh-Hant", "u", "8", "mrs.ho.hk@gmail.com", "多謝李師傅",
"""你好，上星期四李師傅嚟我屋企整冷氣，好細心，又幫我清埋隔塵網，真係好專業。
佢留低咗個電話 6123 4567，話有問題可以直接搵佢。想寫封信多謝佢同你哋。

何太""",
L("other", "thanks", "low", "何太"))

M("zh-Hant", "u", "q", "kelvin.lau@gmail.com", "電暖爐冒煙！！",
"""你好，

頭先開咗你哋部電暖爐大約十分鐘，後面突然冒白煙，仲有燒焦味，我即刻熄咗掣拔咗插頭。
屋企有BB，好驚會起火。部機買咗唔夠兩個月，訂單號碼 DD20241103022。
請盡快打返俾我：6789 0123

劉家俊""",
L("emergency", "safety", "urgent", "劉家俊", "67890123", None, "DD20241103022", "callback"))

M("zh-Hant", "b5", "b", "許雅婷 <hsu.yating@yahoo.com.tw>", "請問何時出貨",
"""您好，

我9月10日訂購的電動牙刷，選擇超商取貨，訂單編號：DD20240910135，
目前顯示「處理中」，想請問大概什麼時候會寄出？謝謝。

許雅婷""",
L("inquiry", "order_status", "normal", "許雅婷", None, None, "DD20240910135", ""))

M("zh-Hant", "u", "b", "leung.mc@outlook.com", "客服態度",
"""你好，

今日下晝打去你哋熱線，接電話個客服叫Amy，我講咗兩句佢就話「你自己睇說明書啦」，然後就收線。
我只係想問點樣設定定時功能，使唔使咁嘅態度？希望你哋跟進，俾個解釋我。

梁小姐""",
L("complaint", "service_attitude", "normal", "梁小姐", None, None, "", "explanation"))

M("zh-Hant", "b5", "q", "王志明 <wang.cm@seed.net.tw>", "吹風機換貨",
"""您好，

收到的吹風機冷風檔沒有作用，只有熱風。訂單編號：DD20240915066。
想要換一台新的，請問是要寄回還是有人來收？

王志明
０９２８－１２３－４５６""",
L("after_sales", "exchange", "normal", "王志明", "0928123456", None, "DD20240915066", "exchange"))

M("zh-Hant", "u", "8", "irene.chou@gmail.com", "電子發票",
"""請問電子發票可以存到手機載具嗎？在哪裡設定？""",
L("inquiry", "policy", "low"))

M("zh-Hant", "u", "b", "李宗憲 <tsunghsien.lee@cafe-mori.tw>", "【緊急】門市POS系統全部當機",
"""您好，

我們門市使用貴公司的雲端POS系統，從下午兩點開始所有收銀機都顯示「無法連線伺服器」，
完全無法結帳，客人都在排隊，目前只能手寫單據。
商家編號：C20230505012
請立即派技術人員處理，謝謝！

森咖啡 店長 李宗憲
門市電話：(02)2345-6789""",
L("emergency", "system_outage", "urgent", "李宗憲", "0223456789", "C20230505012", "", ""))

M("zh-Hant", "u", "8", "Sandy Tse <sandytse@gmail.com>", "包裝意見",
"""你好，收到貨，產品冇問題，不過個紙箱大過件貨好多倍，入面塞滿晒膠袋。
建議可以用細啲嘅盒，環保啲。多謝！

Sandy""",
L("suggestion", "feedback", "low", "Sandy Tse"))

M("zh-Hant", "b5", "8", "周美玲 <chou.ml@ms15.hinet.net>", "寄錯顏色",
"""您好：

我訂的是粉紅色的果汁機，收到的是藍色的。訂單編號 DD20240918220。
這是要送給朋友的生日禮物，顏色是她指定的，麻煩盡快幫我換成粉紅色。

周美玲""",
L("complaint", "wrong_item", "normal", "周美玲", None, None, "DD20240918220", "exchange"))

M("zh-Hant", "u", "q", "tony.ng.hk@gmail.com", "保養問題",
"""你好，

我部抽濕機用咗一年半，最近壓縮機好嘈，抽濕效果都差咗。
買嘅時候店員話有兩年保養，想問下係咪可以免費維修？
單據編號 No. 20230321887
客戶編號 C20230321015

吳偉強
9876 5432""",
L("after_sales", "warranty", "normal", "吳偉強", "98765432", "C20230321015", "20230321887", "repair"))

M("zh-Hant", "u", "8", "cheungkaman@yahoo.com.hk", "收到假冒短訊，已經入咗信用卡資料",
"""你好，

我今朝收到一個短訊，話我喺你哋度買嘅嘢派送失敗，要撳條link補運費。
我撳咗入去仲輸入咗信用卡號碼同埋驗證碼，之後先發覺個網址唔係你哋官網。
而家我個帳戶有冇危險？係咪要即刻改密碼？我已經打咗俾銀行停卡。
請盡快回覆，電話 5432 1098。

張嘉雯""",
L("emergency", "account_security", "urgent", "張嘉雯", "54321098", None, "", "explanation"))

M("zh-Hant", "u", "b", "陳冠宇 <kuanyu.chen@gmail.com>", "掃地機器人禁區設定",
"""您好，請問掃地機器人要怎麼在App裡設定禁區？我想讓它不要進去小孩的遊戲區。
找了很久都沒看到選項。謝謝！

陳冠宇""",
L("inquiry", "how_to", "low", "陳冠宇"))

M("zh-Hant", "b5", "b", "劉先生 <liu.sir@gmail.com>", "冷氣安裝日期確認",
"""您好：

我訂購的分離式冷氣，安裝師傅陳師傅（0922-000-111）昨天打來說這週六上午會過來，
想跟你們確認一下是否有排進去，以及安裝當天需不需要先準備什麼，例如移開家具。
訂單編號：DD20240920301
我的手機：0955-666-777

劉先生""",
L("after_sales", "installation", "normal", "劉先生", "0955666777", None, "DD20240920301", ""))

M("zh-Hant", "u", "q", "洪雅惠 <hung.yahui@gmail.com>", "重複扣款三次！！",
"""你們的系統到底怎麼回事？

我只買了一台咖啡機，信用卡卻被扣了三次款，每次 NT$8,990，訂單編號 DD20240922018。
我上週已經打客服電話反映，說會處理，到現在一毛錢都沒退。
如果三天內沒有把多扣的錢退回來，我會請律師處理，也會向消基會申訴。

洪雅惠""",
L("complaint", "billing", "urgent", "洪雅惠", None, None, "DD20240922018", "refund"))

M("zh-Hant", "u", "8", "Mandy Chow <mandy.chow@gmail.com>", "RE: 退款申請",
"""你好，

兩個星期前你哋話已經批咗退款，話7至10個工作天會退返落我張信用卡，但係到而家都未收到。
訂單號碼 DD20240910456，麻煩幫我查下。

Mandy

From: Customer Service <support@example.com>
Sent: Tuesday, September 24, 2024 3:15 PM
To: Mandy Chow <mandy.chow@gmail.com>
Subject: 退款申請

周小姐你好，你的退款申請已獲批核，款項將於7至10個工作天內退回。如有查詢，請致電 2345 6789。""",
L("after_sales", "refund", "normal", "Mandy Chow", None, None, "DD20240910456", "refund"))

M("zh-Hant", "u", "b", "投資達人 <vip888@stock-club.top>", "恭喜您獲得免費加入VIP投資群組資格",
"""親愛的會員您好：

恭喜您！您已被選中免費加入我們的VIP飆股群組，老師每日提供明牌，保證月報酬30%以上。
名額有限，立即加入LINE：@vip888stock

本信件由系統自動發送""",
L("other", None, "low"))

M("zh-Hant", "u", "8", "Alan Wong <alanwong@gmail.com>", "順豐查唔到",
"""你好，我張單 DD20240925033 顯示已經寄出，順豐單號 SF9876543210，
但係順豐網站話查無此單，想問下係咪單號有錯？

Alan Wong""",
L("inquiry", "logistics", "normal", "Alan Wong", None, None, "DD20240925033", "explanation"))

M("zh-Hant", "b5", "q", "鄭淑芬 <cheng.sf@gmail.com>", "快煮壺底座燒焦",
"""您好，

剛才用快煮壺燒開水的時候，底座突然發出啪的一聲，插頭附近有火花，底座下面燒焦了一塊。
我已經拔掉插頭，還好沒有人受傷。家裡的插座也有點燻黑。
請問這該怎麼處理？希望盡快有人跟我聯絡。

鄭淑芬 0911-888-999""",
L("emergency", "safety", "urgent", "鄭淑芬", "0911888999", None, "", "callback"))

M("zh-Hant", "b5", "8", "楊佩珊 <yang.ps@gmail.com>", "說明書能不能出繁體版",
"""您好，

買了你們的烤箱，說明書只有簡體中文和英文，家裡長輩看不太懂。
建議之後可以附上繁體中文版說明書，或是在官網提供下載。謝謝。

楊佩珊""",
L("suggestion", "feature_request", "low", "楊佩珊"))

M("zh-Hant", "u", "b", "jasonlam@hotmail.com", "電飯煲內膽甩色",
"""你好，

我部電飯煲用咗三個月，內膽塗層已經一塊塊咁甩，煮出嚟嘅飯有黑色碎。
咁樣仲食唔食得？係咪質量有問題？
訂單號碼 DD20240615099

林志傑""",
L("complaint", "product_quality", "normal", "林志傑", None, None, "DD20240615099", "explanation"))

M("zh-Hant", "u", "8", "黃俊傑 <huang.cj@bistro-huang.tw>", "冷凍櫃不冷，今晚營業前一定要修好",
"""您好，

我們餐廳去年跟你們買的商用冷凍櫃，今天早上發現溫度升到零上5度，壓縮機不會啟動。
裡面有兩萬多塊的食材，晚上5點就要營業，拜託今天中午前一定要派人來修。
客戶編號：C20231012007

黃俊傑 0966-321-654""",
L("after_sales", "repair", "urgent", "黃俊傑", "0966321654", "C20231012007", "", "repair"))

M("zh-Hant", "u", "q", "chen.lily@gmail.com", "110V",
"""請問這台氣炸鍋在台灣110V可以直接用嗎？""",
L("inquiry", "product_info", "low"))

M("zh-Hant", "u", "b", "eric.ho@gmail.com", "App成個down咗，門鎖同警報都用唔到",
"""你好，

由今朝八點開始你哋個App一直顯示「網絡錯誤」，所有裝置都離線，
智能門鎖開唔到、家居警報系統都用唔到，我而家喺公司完全唔知屋企情況。
你哋熱線一直打唔通。請即刻處理！

何志豪
9012 3456""",
L("emergency", "system_outage", "urgent", "何志豪", "90123456", None, "", ""))

M("zh-Hant", "u", "8", "謝宜蓁 <hsieh.yc@gmail.com>", "紙箱被壓爛",
"""你好，

今天收到的貨，外箱整個被壓扁了，一角還破了一個洞，貨運司機丟下就走，我叫他也不理。
打開看裡面的電扇外殼有一條裂痕。請你們跟物流反映一下，也請處理這台電扇。
訂單編號：DD20240928412

謝宜蓁""",
L("complaint", "logistics", "normal", "謝宜蓁", None, None, "DD20240928412", ""))

M("zh-Hant", "u", "q", "michelle.yip@gmail.com", "退貨",
"""<html><body>
<p>你好，</p>
<p>我上星期買咗部暖風機（訂單號碼 DD20241001077），收到之後發覺太大聲，想退貨。</p>
<p>唔該話我知點樣安排退貨同退款。</p>
<p>葉美芝<br/>
Tel: 6111&nbsp;2222</p>
</body></html>""",
L("after_sales", "return", "normal", "葉美芝", "61112222", None, "DD20241001077", "return refund"), html=True)

M("zh-Hant", "b5", "b", "蘇怡安 <su.yian@gmail.com>", "客服很棒，但希望延長服務時間",
"""您好：

上次線上客服回覆得很快也很清楚，很感謝。
不過我下班都已經七點多了，線上客服六點就結束，建議可以延長到晚上九點，對上班族比較方便。

蘇怡安""",
L("suggestion", "feedback", "low", "蘇怡安"))

M("zh-Hant", "b5", "8", "簡明德 <chien.md@gmail.com>", "信用卡帳單上的扣款",
"""您好，

我的信用卡帳單上有一筆「EXAMPLE*SHOP」NT$1,290 的扣款，日期是9月28日，
我想不起來有在你們那邊買這個金額的東西。請幫我查一下是哪一筆訂單？
我的會員編號是 C20220808031。

簡明德""",
L("inquiry", "billing", "normal", "簡明德", None, "C20220808031", "", "explanation"))

M("zh-Hant", "u", "8", "賴俊宏 <lai.jh@gmail.com>", "密碼被改，點數被換光",
"""您好，

我今天登入時發現密碼錯誤，用忘記密碼重設後進去一看，累積的12,000點全部被兌換成禮券了，
兌換紀錄顯示是昨天半夜3點，不是我操作的。
會員編號 C20210406088，請盡快幫我凍結並調查。

賴俊宏""",
L("emergency", "account_security", "urgent", "賴俊宏", None, "C20210406088", "", "explanation"))

M("zh-Hant", "u", "q", "Winnie Fung <winnie.fung@gmail.com>", "想換大一碼",
"""你好，

我買咗件羽絨背心（訂單號碼 DD20241005061），著落有啲緊，想換大一個碼，M 換 L。
未剪牌，唔該。

Winnie""",
L("after_sales", "exchange", "normal", "Winnie Fung", None, None, "DD20241005061", "exchange"))

M("zh-Hant", "u", "b", "陳大文 <chantaiman@gmail.com>", "第三次投訴，再唔處理就搵傳媒",
"""你哋個售後到底有冇人理？

我部雪櫃壞咗三個星期，約咗兩次師傅，兩次都冇人上門，又冇電話通知，我請咗兩日假喺屋企白等。
打電話去問，職員仲話「可能師傅忙」。
我今次係第三次投訴，如果今個星期仲係咁，我會將所有對話記錄交俾報館同消委會，
到時大家睇吓你哋點做嘢。

陳大文 9333 4444""",
L("complaint", "service_attitude", "urgent", "陳大文", "93334444", None, "", "repair explanation"))

M("zh-Hant", "u", "8", "林雅琪 <lin.yachi@gmail.com>", "謝謝你們",
"""您好，只是想說謝謝。上次的退貨處理得很順利，客服小美很親切。祝你們工作順利！

林雅琪""",
L("other", "thanks", "low", "林雅琪"))

M("zh-Hant", "u", "8", "kenchan88@gmail.com", "個充電器溶咗",
"""你好，我部手提電話插住你哋個65W充電器過夜，今朝起身發覺個充電器外殼溶咗一忽，插頭仲好燙，
張枱都燶咗少少。好彩冇著火。你哋個產品好危險，請即刻聯絡我，電話 6555 7777。

陳健""",
L("emergency", "safety", "urgent", "陳健", "65557777", None, "", "callback"))

M("zh-Hant", "u", "b", "楊志偉 <yang.cw@gmail.com>", "保固期間",
"""您好，

我家的洗碗機去年11月購買，最近烘乾功能沒有作用。請問還在保固期內嗎？保固是一年還是兩年？
如果在保固內，希望安排維修。訂單編號：DD20231118052

楊志偉""",
L("after_sales", "warranty", "normal", "楊志偉", None, None, "DD20231118052", "repair"))

M("zh-Hant", "u", "8", "詹淑惠 <chan.shuhui@gmail.com>", "預購商品",
"""您好，我預購的新款掃地機（訂單編號 DD20241008009）原本說10月中出貨，請問目前進度如何？謝謝。

詹淑惠""",
L("inquiry", "order_status", "normal", "詹淑惠", None, None, "DD20241008009", ""))

# ---------------------------------------------------------------- English
M("en", "a", "7", "Mark Davies <mark.davies@btinternet.com>", "THIRD email about the broken kettle - final warning",
"""This is the third time I am writing about this.

The glass kettle I bought (order #A123456) cracked along the base after two weeks. Hot water leaked all over
my counter. I sent photos on the 3rd and again on the 10th. Both times I got an automated "we have received
your request" and nothing else.

I want a full refund and I want someone to explain why nobody has answered. If I don't hear back by Friday
my solicitor will be in touch, and I will be posting the photos and this whole thread on every review site
I can find.

Mark Davies""",
L("complaint", "product_quality", "urgent", "Mark Davies", None, None, "A123456", "refund explanation"))

M("en", "a", "7", "jt.hollis@gmail.com", "homekit?",
"""Does the X2 air purifier work with Apple HomeKit or only your own app?""",
L("inquiry", "product_info", "low"))

M("en", "u", "q", "Priya Raman <priya.raman@outlook.com>", "Re: Your verification code",
"""Hi,

I did NOT request this code. Over the last hour I got four of these emails and then a notice that my
password was changed. I can't log in anymore and my saved card is on that account.
Please lock the account right now. My customer ID is C20240311045.
You can call me on +86 139 1000 2000.

Priya

On Tue, 2 Apr 2024 at 07:41, Example Account Team <no-reply@example.com> wrote:
> Your verification code is 482913. It expires in 10 minutes.
> If you did not request this code, you can ignore this email. Questions? Call 400-820-1234.""",
L("emergency", "account_security", "urgent", "Priya Raman", "13910002000", "C20240311045", "", "callback"))

M("en", "u", "8", "Daniel Fischer <d.fischer@posteo.de>", "Robot vacuum - left wheel stuck",
"""Hello,

My robot vacuum (bought in March, order number DD20240315208) keeps spinning in circles.
The left wheel doesn't turn anymore - I cleaned out the hair around it, no change.
It's within warranty, so I'd like it repaired. I'm in Shanghai, happy to drop it off or ship it.

Thanks,
Daniel Fischer
Mobile: 186 2100 3344""",
L("after_sales", "repair", "normal", "Daniel Fischer", "18621003344", None, "DD20240315208", "repair"))

M("en", "u", "b", "Sofia Marquez <sofia.mqz@gmail.com>", "Suggestion: English version of the app",
"""Hi team,

Small suggestion - the app is only in Chinese, and for expats like me it's a bit of a struggle.
An English language option (even just the main menus) would make a big difference.
Not urgent at all, just something to consider.

Best,
Sofia""",
L("suggestion", "feature_request", "low", "Sofia Marquez"))

M("en", "a", "7", "Tom Becker <tbecker@mail.com>", "Where is my order??",
"""Hi,

Ordered a standing fan on May 28, order number DD20240528311. Your site said 3-5 days.
It's now June 12 and the tracking hasn't moved since it "left the warehouse" a week ago.
Can someone tell me what's going on? If it's lost, just refund me.

Tom""",
L("complaint", "delivery_delay", "normal", "Tom Becker", None, None, "DD20240528311", "explanation refund"))

M("en", "u", "8", "Hannah Lee <hannahlee@icloud.com>", "Return request - order #B204519",
"""Hello,

I'd like to return the hand mixer from order #B204519. It works fine, it's just much louder than I expected
and I don't think I'll use it. It's still in the original box. Could you send me a return label?
A refund to my card is fine.

Many thanks,
Hannah Lee""",
L("after_sales", "return", "normal", "Hannah Lee", None, None, "B204519", "return refund"))

M("en", "a", "7", "g.okafor@yahoo.com", "thank you",
"""Just wanted to say thanks - the replacement filter arrived this morning, a day earlier than promised. Great service.

Grace Okafor""",
L("other", "thanks", "low", "Grace Okafor"))

M("en", "u", "q", "Ryan Cole <ryan.cole@protonmail.com>", "Re: Thanks for your purchase!",
"""Not a thank-you, sorry.

The 100W charger I bought from you started smoking about ten minutes ago while charging my laptop.
There was a popping sound and the plug end is black. I unplugged it with a towel. Nobody's hurt but
the wall socket smells burnt. Is this a known issue? Should I be worried about the outlet?
Please get back to me today - 138-1234-5678.

Ryan

-----Original Message-----
From: Example Store <orders@example.com>
Sent: Monday, April 15, 2024 9:02 AM
To: Ryan Cole
Subject: Thanks for your purchase!

Thanks for shopping with us! Your order DD20240412077 has been delivered. Enjoy!""",
L("emergency", "safety", "urgent", "Ryan Cole", "13812345678", None, "", "callback explanation"))

M("en", "a", "7", "Olivia Grant <olivia.grant@hotmail.co.uk>", "order status",
"""Hi, could you tell me when order DD20240602144 will ship? It's been "processing" for five days.
Thanks, Olivia""",
L("inquiry", "order_status", "normal", "Olivia Grant", None, None, "DD20240602144", ""))

M("en", "u", "b", "Ahmed Nasser <ahmed.nasser@gmail.com>", "Very disappointed with your phone support",
"""Hello,

Yesterday I called your hotline about a billing question. The agent, who said his name was Kevin,
was openly rude - he sighed, talked over me, and finally told me to "read the FAQ like everyone else"
before hanging up. I've been a customer for three years and have never been treated like this.

I'd like an apology and for someone to actually answer my question about the invoice.

Ahmed Nasser
Customer ID C20210519008""",
L("complaint", "service_attitude", "normal", "Ahmed Nasser", None, "C20210519008", "", "apology explanation"))

M("en", "u", "q", "Laura Bianchi <laura.bianchi@libero.it>", "RE: Refund for order No. 55120934",
"""Hello again,

It has been 15 days since you confirmed the refund below and I still haven't received anything on my card.
Could you check what happened, please?

Regards,
Laura Bianchi
Tel. (021) 6888-1234

-----Original Message-----
From: Customer Support <support@example.com>
Sent: Friday, June 21, 2024 4:10 PM
To: laura.bianchi@libero.it
Subject: Refund for order No. 55120934

Dear customer, your refund has been approved and will reach you in 5-7 business days.
URGENT SECURITY NOTICE: we will never ask for your password. For help call 95188.""",
L("after_sales", "refund", "normal", "Laura Bianchi", "02168881234", None, "55120934", "refund explanation"))

M("en", "a", "7", "Chris Wong <chris.wong@gmail.com>", "Return policy question (not urgent)",
"""Hi there,

Not urgent - just planning ahead. If I buy the air fryer as a gift and the person doesn't want it,
can they return it without the receipt? And is the return window 7 days or 30 days?

Cheers,
Chris""",
L("inquiry", "policy", "low", "Chris Wong"))

M("en", "u", "8", "Martin Novak <m.novak@brightlogix.com>", "URGENT: API returning 500 - our warehouse is stopped",
"""Hi support,

Since 06:30 this morning every call to your device-management API returns HTTP 500. Our warehouse scanners
depend on it, so picking and packing has completely stopped - about 40 people standing around.
Status page says "all systems operational", which is clearly wrong.

Account: C20230117002
Please escalate to your engineering team immediately and call me on 0086 186 0000 1111.

Martin Novak
Operations Manager, BrightLogix""",
L("emergency", "system_outage", "urgent", "Martin Novak", "18600001111", "C20230117002", "", "callback"))

M("en", "u", "b", "Emily Carter <emily.carter@gmail.com>", "Feedback on the new packaging",
"""Hello,

Just a bit of feedback: the new recyclable packaging looks great, but the cardboard inserts tore when I
took the blender out, and little bits of paper ended up inside the jug. Maybe a slightly thicker insert?
Otherwise very happy with the blender.

Emily""",
L("suggestion", "feedback", "low", "Emily Carter"))

M("en", "a", "7", "Ben Thompson <ben.t@fastmail.com>", "Wrong item received",
"""Hello,

I ordered the 2L rice cooker (Order No. 40018822) and received a 1L model instead.
Please send the correct one and tell me how to send this one back.

Ben Thompson""",
L("complaint", "wrong_item", "normal", "Ben Thompson", None, None, "40018822", "exchange"))

M("en", "u", "q", "Yuki Tanaka <yuki.tanaka@gmail.com>", "Exchange for a different colour?",
"""Hello,

The toaster I received (order DD20240709033) has a big dent on the side - probably from shipping.
Could I exchange it for a new one? If possible in white instead of grey, but either is fine.

Thank you,
Yuki Tanaka
+86 150 2100 8899""",
L("after_sales", "exchange", "normal", "Yuki Tanaka", "15021008899", None, "DD20240709033", "exchange"))

M("en", "a", "7", "noah.b@gmail.com", "how to reset",
"""how do i factory reset the smart plug? button doesnt seem to do anything""",
L("inquiry", "how_to", "low"))

M("en", "u", "8", "Rachel Green <rachel.green@gmail.com>", "Charges I didn't make",
"""Hi,

I just got three payment notifications from my bank for purchases on your site - 1,299, 1,299 and 2,450 RMB -
within five minutes. I didn't make any of them and I'm not even logged in on any device right now.
Order numbers in the emails: DD20240716501, DD20240716502, DD20240716503.

Please cancel them before they ship and secure my account. I've already called my bank.

Rachel Green
139 1771 0022""",
L("emergency", "account_security", "urgent", "Rachel Green", "13917710022", None, "DD20240716501 DD20240716502 DD20240716503", ""))

M("en", "a", "7", "SEO Expert <rank1@seo-boost.biz>", "Your website ranking",
"""Hello,

I was looking at your website and noticed it is not ranking on the first page of Google for important keywords.
We can get you to Page 1 in 30 days, guaranteed. Reply with "YES" for a free audit.

Regards,
Jack
SEO Boost Team""",
L("other", None, "low"))

M("en", "u", "b", "Peter Walsh <peter.walsh@gmail.com>", "Dishwasher installation",
"""Hi,

My dishwasher was delivered yesterday (order DD20240722190) and the booking said installation is included.
Nobody has contacted me yet to schedule it. I'm free any weekday after 4pm.
Please ring me on 131 2020 3030.

Peter Walsh""",
L("after_sales", "installation", "normal", "Peter Walsh", "13120203030", None, "DD20240722190", "callback"))

M("en", "u", "8", "Julia Schmidt <julia.schmidt@web.de>", "Charged for shipping that was supposed to be free",
"""Hello,

Your website clearly says free shipping on orders over 199 RMB. My order (DD20240725018) was 356 RMB and I was
still charged 25 RMB for shipping. Please refund the shipping fee.

Julia Schmidt""",
L("complaint", "billing", "normal", "Julia Schmidt", None, None, "DD20240725018", "refund"))

M("en", "l1", "q", "Lucía Fernández <lucia.fernandez@telefonica.net>", "Shipping to Spain - customs",
"""Hello,

I placed order DD20240801062 to be shipped to Madrid. Will I have to pay import duties when it arrives,
or are they included? And which courier do you use for Spain?

Gracias,
Lucía Fernández""",
L("inquiry", "logistics", "normal", "Lucía Fernández", None, None, "DD20240801062", ""))

M("en", "u", "q", "Sarah O'Neill <sarah.oneill@gmail.com>", "Space heater sparked - my son burned his hand",
"""<html><body>
<p>Hello,</p>
<p>About twenty minutes ago the space heater we bought from you <b>sparked</b> at the power cord when my son
touched the switch. He has a small burn on his fingers &ndash; we've put it under cold water and are watching it.</p>
<p>The heater is unplugged and outside now. Please contact me <u>as soon as possible</u> &ndash; I need to know
whether this model is safe and what to do next.</p>
<p>Sarah O&#39;Neill<br>
Phone: 135&nbsp;8888&nbsp;2222<br>
Order: DD20241120301</p>
</body></html>""",
L("emergency", "safety", "urgent", "Sarah O'Neill", "13588882222", None, "DD20241120301", "callback explanation"), html=True)

M("en", "a", "7", "Kevin Zhang <kevin.zhang@gmail.com>", "Warranty claim - air conditioner",
"""Hello,

The outdoor unit of my air conditioner is making a loud rattling noise. It was installed 14 months ago and
the sales rep told me there's a 3-year warranty on the compressor. Could you confirm and arrange an inspection?

Customer ID: C20230605019
Order No. 71230045

Kevin Zhang
Tel: 139-0177-5566""",
L("after_sales", "warranty", "normal", "Kevin Zhang", "13901775566", "C20230605019", "71230045", "repair"))

M("en", "u", "8", "Anna Kowalski <anna.kowalski@gmail.com>", "Humidifier leaking (not urgent)",
"""Hi,

Not urgent and nothing dangerous - no smoke, no sparks - but my humidifier is leaking from the bottom
after only three weeks. I've checked the tank is seated properly. Is this a known defect?
Order DD20240805145. I'd like a replacement or a fix.

Anna""",
L("complaint", "product_quality", "normal", "Anna Kowalski", None, None, "DD20240805145", "explanation exchange repair"))

M("en", "u", "b", "Jessica Liu <jessica.liu@dragonfly-design.com>", "Fapiao for company purchase",
"""Hi,

We bought 12 desk lamps last week (order DD20240808020). Could you issue a VAT special invoice (fapiao) to
our company? Company name: Dragonfly Design (Shanghai) Co., Ltd. How long will it take?

Jessica Liu
Office Manager
(021) 5466-7788""",
L("inquiry", "billing", "normal", "Jessica Liu", "02154667788", None, "DD20240808020", ""))

M("en", "u", "q", "Omar Haddad <omar@haddadcoffee.cn>", "Checkout down on our shop - losing sales",
"""Hi,

Our online shop runs on your merchant platform (merchant ID C20240120011). Since about 7pm every customer
who tries to pay gets "Payment gateway unavailable". We have a promotion running tonight and we're losing
every order. This is blocking our whole business.

Please fix asap and call me: 176 1234 0000.

Omar Haddad
Haddad Coffee""",
L("emergency", "system_outage", "urgent", "Omar Haddad", "17612340000", "C20240120011", "", "callback"))

M("en", "a", "7", "Liam Murphy <liam.murphy@gmail.com>", "feature request",
"""Would love a way to schedule the purifier by day of week (e.g. off on weekends) instead of the same timer every day. Thanks!""",
L("suggestion", "feature_request", "low", "Liam Murphy"))

M("en", "u", "8", "Wei Chen <wei.chen.cv@gmail.com>", "Application for Marketing Assistant position",
"""Dear Hiring Manager,

Please find attached my CV for the Marketing Assistant position I saw advertised on LinkedIn.
I have two years of experience in e-commerce marketing and would welcome the chance to interview.

Kind regards,
Wei Chen
Tel: 188 0000 7788""",
L("other", None, "low", "Wei Chen", "18800007788"))

M("en", "u", "b", "David Huang <david.huang@sunrise-foods.com>", "Packaging line stopped - sealing machine E07",
"""Hello,

Our heat sealing machine (purchased from you last year, order DD20230912004, customer ID C20230912001)
stopped this morning with error E07 and will not restart. This is our only sealer, so the whole packaging
line is down and we have a shipment due out tomorrow morning.

We need an engineer on site today. Please confirm ASAP.

David Huang
Production Supervisor, Sunrise Foods
Mobile: 137 7000 8000""",
L("after_sales", "repair", "urgent", "David Huang", "13770008000", "C20230912001", "DD20230912004", "repair"))

M("en", "u", "q", "Nicole Adams <nicole.adams@gmail.com>", "Your courier threw my parcel over the gate",
"""Second time this month. Your courier threw my parcel over my gate AGAIN - the box was soaked and the
blender jug inside is cracked. I complained last week and got a "sorry" and nothing else.

Order DD20240815090. I want a replacement and compensation for this mess, and I want you to stop using
this courier in my area. If I don't hear back by tomorrow I'm taking it to the local news and social media
with the doorbell video.

Nicole Adams""",
L("complaint", "logistics", "urgent", "Nicole Adams", None, None, "DD20240815090", "exchange compensation"))

M("en", "a", "7", "Sam Patel <sam.patel@gmail.com>", "Question about the K7 blender",
"""Hi,

Is the K7 blender jug BPA-free, and can it crush ice? Also, is it dishwasher safe?

Thanks,
Sam""",
L("inquiry", "product_info", "low", "Sam Patel"))

M("en", "u", "8", "Isabelle Moreau <isabelle.moreau@orange.fr>", "Someone changed the email on my account",
"""Hello,

I just received a notice that the email address on my account was changed to one I've never seen
(xkq8812@mail.ru). I did not do this. I still have access for now but I'm afraid I'll be locked out.
Customer ID C20220702031. Please block any changes and call me back at 0086-135-0101-0202.

Isabelle Moreau""",
L("emergency", "account_security", "urgent", "Isabelle Moreau", "13501010202", "C20220702031", "", "callback"))

M("en", "u", "b", "George Miller <g.miller@gmail.com>", "Return - changed my mind",
"""Hi,

I'd like to return the electric toothbrush from order DD20240820411. Unopened. Please let me know how.

George""",
L("after_sales", "return", "normal", "George Miller", None, None, "DD20240820411", "return"))

M("en", "u", "q", "Mei Tan <mei.tan@gmail.com>", "Re: Your order has shipped",
"""Hi,

Your email below says my order would arrive yesterday. It didn't. I'm getting married TOMORROW morning and
these are the table lamps for the venue. The tracking has said "out for delivery" since yesterday at 8am.
I need a real answer in the next few hours - where is it and will it arrive today?

Order DD20240902555
Mei Tan, 158 2233 6677

On Mon, Sep 2, 2024 at 10:15 AM Example Store <orders@example.com> wrote:
> Good news! Your order has shipped and will arrive by Tuesday.
> Questions? Our hotline 400-820-1234 is open 9am-9pm.""",
L("complaint", "delivery_delay", "urgent", "Mei Tan", "15822336677", None, "DD20240902555", "explanation"))

M("en", "a", "7", "Harold Jenkins <h.jenkins@aol.com>", "Thanks to your technician",
"""Dear Sir or Madam,

I would like to commend your technician Mr. Zhou, who came to fix our washing machine on Tuesday.
He was punctual, polite and explained everything clearly. Please pass on my thanks.

Yours faithfully,
Harold Jenkins""",
L("other", "thanks", "low", "Harold Jenkins"))

M("en", "u", "8", "zoe.k@gmail.com", "Can I use the vacuum without wifi?",
"""Hi, can I run the robot vacuum without connecting it to wifi / the app? I'd rather not put it on my network.

Zoe""",
L("inquiry", "how_to", "low", "Zoe"))

M("en", "u", "b", "Michael Brown <m.brown@gmail.com>", "Burning smell from dehumidifier",
"""Hi,

My dehumidifier started giving off a strong burning-plastic smell about an hour ago. No smoke or flames that
I can see, but the back panel is very hot. I've switched it off and unplugged it. It's in my daughter's room.
Is it safe to use again? What should I do?

Order DD20240905120
Michael Brown
Mobile: +86-132-0000-4545""",
L("emergency", "safety", "urgent", "Michael Brown", "13200004545", None, "DD20240905120", "explanation"))

M("en", "a", "7", "Jennifer Scott <jen.scott@gmail.com>", "Refund not received",
"""Hello,

You collected the returned coffee grinder on Sept 2 (order DD20240825300). The app shows "refund completed"
but the money isn't on my card. Could you send me the transaction reference so I can check with my bank?

Thanks,
Jennifer Scott""",
L("after_sales", "refund", "normal", "Jennifer Scott", None, None, "DD20240825300", "refund explanation"))

M("en", "u", "q", "Paul Kim <paul.kim@gmail.com>", "Some feedback after a month",
"""Hi,

A month in with the X2 purifier. Overall great. A few notes, no reply needed:
- the air quality light is too bright at night even in sleep mode
- the app's filter life estimate seems way off (says 20% left after a month)
- the remote would be nice to have as an option

Paul""",
L("suggestion", "feedback", "low", "Paul Kim"))

M("en", "u", "8", "Steve Rogers <steve.rogers@gmail.com>", "Your installer - formal complaint",
"""I am writing to make a formal complaint about the installer who came today to fit my water heater.

He arrived two hours late, was on his phone the whole time, left a hole in my bathroom wall and when I
pointed it out he swore at me and left. When I called your hotline the agent laughed.

I've already reported this to 12315 and if I don't get a call from a manager by end of today I'll be
contacting a lawyer about the damage. I expect an apology and compensation for the wall repair.

Steve Rogers
Tel 138 0000 9999
Order DD20240910600""",
L("complaint", "service_attitude", "urgent", "Steve Rogers", "13800009999", None, "DD20240910600", "apology compensation callback"))

M("en", "a", "7", "Ella Wright <ella.wright@gmail.com>", "Will my order arrive by 5pm today?",
"""Hi,

My order DD20240912042 (a birthday present) shows "out for delivery". The party starts at 6pm today.
Can you tell me if it will definitely arrive before 5pm? If not I need to buy something else this afternoon.

Thanks,
Ella
152 0011 2233""",
L("inquiry", "order_status", "urgent", "Ella Wright", "15200112233", None, "DD20240912042", ""))

M("en", "u", "b", "Andrew Clarke <andrew.clarke@gmail.com>", "Smart lock offline - my father is locked out",
"""Hello,

Your app has shown all my devices as offline since about 2pm. My elderly father is standing outside the
house and the smart lock won't open - the app can't reach it and the keypad isn't responding either.
He has no key because we rely on the lock. Please help urgently.

Andrew Clarke
+86 139 8888 0101""",
L("emergency", "system_outage", "urgent", "Andrew Clarke", "13988880101", None, "", ""))

M("en", "u", "8", "Fatima Khan <fatima.khan@gmail.com>", "Exchange - wrong plug type",
"""Hi, the hair straightener I bought (order #C552013) came with a UK plug, but I'm in Shenzhen.
Can I exchange it for the China-plug version? Thanks, Fatima Khan""",
L("after_sales", "exchange", "normal", "Fatima Khan", None, None, "C552013", "exchange"))

M("en", "a", "7", "Robert Lang <robert.lang@lang-partners.com>", "Automatic reply: Re: Quote request",
"""Thank you for your email. I am out of the office until Monday 16 September with limited access to email.
For urgent matters please contact my colleague Susan Ma on 139 2222 3333.

Robert Lang""",
L("other", None, "low", "Robert Lang"))

M("en", "u", "q", "Chloe Evans <chloe.evans@gmail.com>", "Double charge on subscription",
"""Hi,

I was charged twice for my monthly filter subscription (two charges of 89 RMB on Sept 1). My customer ID is
C20230815044. This is the second month in a row - please refund the duplicate and fix it.

Chloe Evans""",
L("complaint", "billing", "normal", "Chloe Evans", None, "C20230815044", "", "refund"))

M("en", "a", "7", "Brian Foster <brian.foster@gmail.com>", "price match?",
"""Do you price match if I find the same model cheaper on another site? Just curious, haven't bought yet.""",
L("inquiry", "policy", "low", "Brian Foster"))

M("en", "u", "b", "Linda Hayes <linda.hayes@gmail.com>", "Is this WeChat account really you?",
"""Hello,

A WeChat account called "Example Official Service" messaged me saying my order had a problem and asking me
to pay a 300 RMB "re-delivery deposit" by transfer. I paid it before I realised it might be a scam. Now they
are asking for another 2,000 RMB. Is this your account? How did they know my order number (DD20240918009)?

Please tell me urgently whether my account data has been leaked.

Linda Hayes
135 6600 7711""",
L("emergency", "account_security", "urgent", "Linda Hayes", "13566007711", None, "DD20240918009", "explanation"))

M("en", "u", "8", "Carlos Rivera <carlos.rivera@gmail.com>", "Warranty - do I need the receipt?",
"""Hello,

My blender's motor stopped working after 10 months. I've lost the paper receipt but I have the order
confirmation email (order No. 61020077). Is that enough for the warranty repair?

Carlos Rivera""",
L("after_sales", "warranty", "normal", "Carlos Rivera", None, None, "61020077", "repair"))

M("en", "u", "q", "Megan Price <megan.price@gmail.com>", "Idea: family sharing for the app",
"""Hi!

It'd be great if the app had proper family sharing - right now my husband and I share one login, which
means we both get every notification. Separate accounts for the same home would be ideal.

Megan""",
L("suggestion", "feature_request", "low", "Megan Price"))

M("en", "a", "7", "James Turner <james.turner@gmail.com>", "Received someone else's order",
"""Hi,

The box I received today (addressed to me, order DD20240920215) contains a pair of women's running shoes
and a phone case - I ordered a desk fan. Looks like a packing mix-up. What do I do with these, and when
will I get my fan?

James Turner
Phone 186 5555 4444""",
L("complaint", "wrong_item", "normal", "James Turner", "18655554444", None, "DD20240920215", "exchange explanation"))

M("en", "u", "8", "Amelia Ross <amelia.ross@gmail.com>", "Tracking not updating",
"""Hi, my tracking for order DD20240922101 hasn't updated in four days - last scan in Hangzhou.
Is it stuck? Thanks, Amelia Ross""",
L("inquiry", "logistics", "normal", "Amelia Ross", None, None, "DD20240922101", ""))

M("en", "u", "b", "Victor Lim <victor.lim@gmail.com>", "Water heater leaking onto the power socket",
"""Hi,

Water is dripping from the bottom of the electric water heater you installed last month, straight onto the
power socket underneath. The socket is wet and I got a small shock when I touched the tap. I've switched off
the breaker for the bathroom. Please send someone today - this is dangerous.

Victor Lim
Tel: 159 9000 1212
Order DD20240825777""",
L("emergency", "safety", "urgent", "Victor Lim", "15990001212", None, "DD20240825777", "repair"))

M("en", "a", "7", "Grace Hall <grace.hall@gmail.com>", "Wall mount installation for the TV",
"""Hello, I bought the 65" TV with the wall-mount installation service (order DD20240924033).
Could someone come on Saturday morning? The wall is concrete. Thanks, Grace Hall - 150 1111 0000""",
L("after_sales", "installation", "normal", "Grace Hall", "15011110000", None, "DD20240924033", ""))

M("en", "u", "q", "Oliver Bennett <oliver.bennett@gmail.com>", "Re: Complaint ref 202409-118",
"""Hi Jenny,

Just closing the loop - the replacement arrived and everything works. Thanks for sorting it out so quickly,
much appreciated.

Oliver

On Thu, Sep 26, 2024 at 3:40 PM Jenny (Customer Care) <support@example.com> wrote:
> Dear Mr Bennett, we are sorry about the faulty product and the delay. A replacement has been dispatched.
> If you have any further complaint, please call 400-820-1234.""",
L("other", "thanks", "low", "Oliver Bennett"))

M("en", "u", "8", "Nathan Ellis <nathan.ellis@cloudnest.io>", "All cameras offline across 12 sites",
"""Hi,

Since 09:10 all 180 cameras on our enterprise account (customer ID C20240301006) show "offline" in the
dashboard and the recording service returns "service unavailable". We run security for 12 retail sites, so
right now we have no monitoring at all.

Please treat as P1. Call me on 0755-8666-1234.

Nathan Ellis
CloudNest Security""",
L("emergency", "system_outage", "urgent", "Nathan Ellis", "075586661234", "C20240301006", "", "callback"))

M("en", "u", "b", "Rebecca Young <rebecca.young@gmail.com>", "Screen scratches after 3 days",
"""Hello,

The display on the smart speaker I bought (order DD20240928066) has developed scratches after just three
days, and I've only wiped it with a soft cloth. I'd expect the screen to hold up better than this.
Can you explain what it's made of, and replace it?

Rebecca Young""",
L("complaint", "product_quality", "normal", "Rebecca Young", None, None, "DD20240928066", "explanation exchange"))


if __name__ == "__main__":
    main()
