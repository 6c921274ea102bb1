import Testing

@testable import MIME

/// Every client's reply style: `newText` keeps only what the customer wrote.
@Suite("Reply styles")
struct ReplyStyleTests {
    @Test(arguments: [
        ("gmail-en", "Thanks, that works."),
        ("gmail-wrapped", "Still waiting."),
        ("gmail-zh", "好的，谢谢！"),
        ("apple-zh", "收到。"),
        ("apple-en", "Order 12345."),
        ("outlook-en", "Please cancel it."),
        ("outlook-web", "Any update?"),
        ("outlook-zh", "请尽快处理。"),
        ("outlook-zh-separator", "谢谢"),
        ("outlook-zh-hant", "請盡快處理。"),
        ("outlook-zh-hant-separator", "謝謝"),
        ("qq", "我的手机号是13812345678"),
        ("qq-hant", "收到"),
        ("qq-html", "手机号13812345678，麻烦回电。"),
        ("foxmail-en", "OK"),
        ("netease", "已经重启了，还是不行。"),
        ("netease-hant", "已經重啟了。"),
        ("netease-mobile", "好的"),
        ("signature", "The printer is broken."),
        ("interleaved", "The X200.\n\nSince Monday."),
        ("mobile-zh", "我在路上"),
        ("no-quote", "第一行\n\n第二行，没有引用。"),
        ("html-blockquote", "新的回复，请看附件。"),
        ("gmail-zh-hant", "已收到，謝謝。"),
        ("outlook-express", "See below."),
        ("outlook-web-zh", "麻烦再确认一下。"),
        ("yahoo", "Done, thanks."),
        ("bottom-post", "No, it still does not start."),
        (
            "gmail-forward-zh",
            "再转一次之前的邮件，还是没人处理。\n\n---------- Forwarded message ---------\n发件人: 客户 <c@example.com>\n"
                + "Date: 2024年8月5日周一 下午9:14\nSubject: 净化器故障\nTo: <support@intake.example>\n\n"
                + "订单号 DD20240210066，开机十分钟自动关机。"
        ),
        (
            "apple-forward",
            "FYI, see below.\n\nBegin forwarded message:\n\nFrom: Me <me@example.com>\nSubject: Broken\n"
                + "Date: 1 May 2024\nTo: support@intake.example\n\nOrder 12345 arrived broken."
        ),
        (
            "thunderbird-flowed",
            "This paragraph was written as one long line and the mail client wrapped it with soft breaks.\n From here a stuffed line."
        ),
    ])
    func newTextIsWhatTheCustomerWrote(_ fixture: String, _ expected: String) throws {
        let message = try Fixture.message("reply/\(fixture).eml")
        #expect(message.newText == expected)
        // The full text keeps the history.
        #expect(message.text.count > expected.count || fixture == "no-quote")
    }

    @Test func blockquotesRenderAsQuotedLines() throws {
        let m = try Fixture.message("reply/html-blockquote.eml")
        #expect(m.text == "新的回复，请看附件。\n\n> 旧的内容\n\n>> 更旧的内容")
    }

    @Test func flowedTextIsUnflowed() throws {
        let m = try Fixture.message("reply/thunderbird-flowed.eml")
        #expect(m.text.contains("> Please send the serial number.\n"))
        #expect(m.text.hasSuffix("\n-- \nJohn\n"))
        #expect(FlowedText.unflow("a \nb\n", delSp: true) == "ab\n")
        #expect(FlowedText.unflow("a \nb", delSp: false) == "a b")
    }

    @Test(arguments: [
        "From the start, this has been slow.\nSubject to your reply, I will wait.",
        "From: Shanghai\nTo: Beijing\nThe parcel has been stuck for a week.",
        "发件人: 我自己\n收件人地址写错了，请改成北京市朝阳区。",
        "The word wrote: appears here.\n-----\nAnd a rule of dashes.",
    ])
    func customerTextWithoutMarkersIsKept(_ text: String) {
        #expect(QuoteSplitter.newText(text) == text)
    }
}
