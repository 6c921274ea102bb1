import Testing

@testable import MIME

/// One fixture per charset: the subject (an encoded word in that charset) and the body must decode exactly.
@Suite("Charsets")
struct CharsetFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let fixture: String
        let subject: String
        let text: String
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "utf8-base64", subject: "订单查询", text: "您好，我的订单还没有发货，请帮忙查询。"),
        Case(fixture: "gb2312-qp", subject: "退款申请", text: "我要申请退款，谢谢。"),
        Case(fixture: "gb2312-label-gbk-char", subject: "朱镕基", text: "联系人：朱镕基先生"),
        Case(fixture: "gbk-8bit", subject: "发票问题", text: "请开具增值税发票。"),
        Case(fixture: "x-gbk", subject: "物流", text: "物流单号是多少？"),
        Case(fixture: "cp936", subject: "售后", text: "售后服务电话"),
        Case(fixture: "gb18030-4byte", subject: "生僻字𠀀", text: "生僻字：𠀀，欧元€"),
        Case(fixture: "big5-hkscs", subject: "保固查詢", text: "你好，我嘅手機保固到幾時？"),
        Case(fixture: "iso-2022-jp", subject: "お問い合わせ", text: "注文の確認をお願いします。"),
        Case(fixture: "shift_jis", subject: "返品", text: "返品の手続きについて"),
        Case(fixture: "euc-kr", subject: "주문 문의", text: "주문 상태를 알려주세요."),
        Case(fixture: "koi8-r", subject: "Заказ", text: "Где мой заказ?"),
        Case(fixture: "windows-1251", subject: "Счёт", text: "Пришлите счёт, пожалуйста."),
        Case(fixture: "latin1-as-1252", subject: "Café", text: "Prix : 12 € – merci"),
        Case(fixture: "iso-8859-2", subject: "Zamówienie", text: "Dziękuję bardzo"),
        Case(fixture: "utf-7", subject: "Hello", text: "Hi 你好"),
        Case(fixture: "utf-16-bom", subject: "UTF-16 body", text: "你好 world\nline two"),
        Case(fixture: "undeclared-utf8", subject: "无编码声明", text: "没有声明字符集的正文"),
        Case(fixture: "undeclared-gbk", subject: "无编码声明", text: "没有声明字符集的正文"),
        Case(fixture: "utf8-label-gbk-bytes", subject: "mislabelled", text: "标注为UTF-8的GBK正文"),
        Case(fixture: "gb2312-label-utf8-bytes", subject: "mislabelled", text: "标注为GB2312的UTF-8正文"),
        Case(fixture: "unknown-charset", subject: "未知字符集", text: "未知字符集的正文"),
        Case(fixture: "gb2312-invalid-byte", subject: "bad byte", text: "前面\u{FFFD}后面"),
        Case(fixture: "utf8-one-bad-byte", subject: "damaged", text: "您好，订单\u{FFFD}已经发货了吗？"),
        Case(fixture: "undeclared-utf8-truncated", subject: "truncated", text: "最后一个字被截断\u{FFFD}"),
        Case(fixture: "raw-8bit-headers", subject: "原始8位主题", text: "正文"),
        Case(fixture: "raw-gbk-headers", subject: "原始GBK主题", text: "正文"),
        Case(fixture: "raw-big5-headers", subject: "保固查詢", text: "手機保固"),
    ]

    @Test(arguments: cases)
    func decodesSubjectAndBody(_ c: Case) throws {
        let message = try Fixture.message("charset/\(c.fixture).eml")
        #expect(message.subject == c.subject)
        #expect(message.text.trimmingTrailingNewlines == c.text)
        #expect(!message.text.contains("\r"))
        #expect(message.attachments.isEmpty)
    }

    @Test func rawEightBitDisplayNamesAreDetected() throws {
        #expect(
            try Fixture.message("charset/raw-8bit-headers.eml").from
                == Address(name: "张三", address: "zhangsan@example.com"))
        #expect(
            try Fixture.message("charset/raw-gbk-headers.eml").from == Address(name: "李四", address: "lisi@example.com"))
        let big5 = try Fixture.message("charset/raw-big5-headers.eml")
        #expect(big5.from == Address(name: "陳志明", address: "chen@example.com.tw"))
        // Obsolete route syntax (RFC 5322 §4.4) reduces to the address.
        #expect(big5.to == [Address(name: nil, address: "support@intake.example")])
    }

    @Test func lossyDecodingIsReported() throws {
        let bad = try Fixture.message("charset/gb2312-invalid-byte.eml")
        #expect(bad.warnings.contains { $0.contains("not valid gb2312") })
        let good = try Fixture.message("charset/gb2312-qp.eml")
        #expect(good.warnings.isEmpty)
    }

    @Test(arguments: [
        ("gb2312", "GB18030"), ("GBK", "GB18030"), ("x-gbk", "GB18030"), ("cp936", "GB18030"), ("GB18030", "GB18030"),
        ("big5", "BIG5-HKSCS"), ("\"UTF-8\"", "UTF-8"), ("iso-8859-1", "WINDOWS-1252"), ("ks_c_5601-1987", "CP949"),
        ("Shift_JIS", "CP932"), ("koi8-r", "KOI8-R"), ("", "US-ASCII"),
    ])
    func labelsMapLikeWHATWG(_ label: String, _ expected: String) {
        #expect(Charset.canonicalName(label) == expected)
    }

    @Test func everyMappedCharsetIsKnownToIconv() {
        for label in [
            "gb2312", "big5", "iso-2022-jp", "shift_jis", "euc-kr", "windows-1252", "koi8-r", "utf-7", "utf-16",
        ] {
            #expect(Charset.isSupported(label), "\(label)")
        }
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
