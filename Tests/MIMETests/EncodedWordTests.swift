import Testing

@testable import MIME

/// RFC 2047 encoded words in Subject fixtures: split characters, padding, mixed charsets, broken words.
@Suite("Encoded words")
struct EncodedWordTests {
    @Test(arguments: [
        ("split-utf8-b", "你好"),
        ("split-gbk-q-folded", "订单号"),
        ("after-padding", "中a文"),
        ("mixed-plain", "Re: 订单 已发货"),
        ("two-charsets", "简体繁體"),
        ("q-underscore", "hello world!"),
        ("unknown-charset", "你好"),
        ("unterminated", "=?utf-8?B?broken"),
        ("rfc2231-language", "语言标签"),
        ("spaces-kept", "a b c"),
        ("padding-then-fold", "订单DD202）"),
        ("split-across-gb-labels", "订单"),
    ])
    func subjectDecodes(_ fixture: String, _ expected: String) throws {
        #expect(try Fixture.message("words/\(fixture).eml").subject == expected)
    }

    @Test(arguments: [
        ("=?utf-8?Q?caf=C3=A9?=", "café"),
        ("=?UTF-8?b?5Lit5paH?=", "中文"),
        ("=?utf-8?B?5Lit?=  \t =?utf-8?B?5paH?= x", "中文 x"),
        ("x =?utf-8?B?5Lit?=y", "x 中y"),
        ("=?utf-8?B??=", ""),
        ("=??B?abc?=", "=??B?abc?="),
        ("=?utf-8?X?abc?=", "=?utf-8?X?abc?="),
        ("=?gb2312?Q?=C4=E3=BA=C3?=", "你好"),
    ])
    func headerTextDecodes(_ input: String, _ expected: String) {
        #expect(EncodedWords.decode(input) == expected)
    }
}
