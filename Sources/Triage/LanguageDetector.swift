/// Tells Simplified Chinese, Traditional Chinese and English apart, so replies use the customer's language.
public enum LanguageDetector {
    /// Characters common in Traditional text whose Simplified form differs.
    static let traditionalOnly: Set<UInt32> = Set(
        "們這個來對說會為國時與裡後過還發給問題麼嗎謝請讓號買貨換錢無關單據應該經聯絡機處電話網碼帳戶賬務實現幫滿臺灣產質壞退訂運費顧體驗態聽寫讀條點開關"
            .unicodeScalars.map(\.value))
    /// Their Simplified counterparts (and other Simplified-only characters).
    static let simplifiedOnly: Set<UInt32> = Set(
        "们这个来对说会为国时与里后过还发给问题么吗谢请让号买货换钱无关单据应该经联络机处电话网码账户务实现帮满台湾产质坏退订运费顾体验态听写读条点开关"
            .unicodeScalars.map(\.value))

    /// `zh-Hans`, `zh-Hant` or `en`.
    public static func detect(_ text: String) -> String {
        var han = 0
        var latin = 0
        var traditional = 0
        var simplified = 0
        for scalar in text.unicodeScalars.prefix(4000) {
            let v = scalar.value
            switch v {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF:
                han += 1
                if traditionalOnly.contains(v) || (v != 0x8457 && TextNormalizer.traditionalToSimplified[v] != nil) {
                    traditional += 1
                }
                if simplifiedOnly.contains(v) { simplified += 1 }
            case 0x41...0x5A, 0x61...0x7A:
                latin += 1
            default:
                break
            }
        }
        // A few Chinese characters in an English mail (a name, a city) do not make it Chinese.
        if han == 0 || (han * 4 < latin && han < 10) { return "en" }
        return traditional > simplified ? "zh-Hant" : "zh-Hans"
    }
}
