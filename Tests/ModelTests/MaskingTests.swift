import Testing

@testable import Model

@Suite("Masking")
struct MaskingTests {
    @Test(
        "phone numbers keep the first three and last four digits",
        arguments: [
            ("13812345678", "138****5678"),
            ("138 1234 5678", "138****5678"),
            ("+8613812345678", "+86****5678"), ("010-6234-5678", "010****5678"),
        ])
    func phone(input: String, expected: String) {
        #expect(Masking.phone(input) == expected)
    }

    @Test(
        "short numbers keep only their last two digits",
        arguments: [
            ("1234567", "*****67"), ("110", "*10"), ("12", "12"), ("", ""),
        ])
    func shortPhone(input: String, expected: String) {
        #expect(Masking.phone(input) == expected)
    }

    /// The doc says numbers shorter than the 11-digit example keep only their last two digits. An 8-digit landline
    /// comes out as `623****5678`: seven of its eight digits shown, and longer than the input.
    @Test("an 8-digit landline is not revealed almost whole")
    func eightDigitLandline() {
        let masked = Masking.phone("62345678")
        #expect(masked == "******78")
        #expect(masked.filter(\.isNumber).count <= 4)
    }

    @Test(
        "names",
        arguments: [
            ("张三", "张*"), ("司马光", "司**"), ("王女士", "*女士"), ("李先生", "*先生"), ("欧阳小姐", "**小姐"),
            ("张老师", "*老师"), ("女士", "女*"), ("  张三  ", "张*"), ("Li Na", "L* N*"), ("Bob", "B**"), ("A", "A*"),
            ("Mary  Ann", "M*** A**"), ("", ""), ("   ", ""),
        ])
    func name(input: String, expected: String) {
        #expect(Masking.name(input) == expected)
    }

    @Test(
        "e-mail addresses keep the first character and the domain",
        arguments: [
            ("zhang.san@example.com", "z***@example.com"), ("a@b", "a***@b"), ("@example.com", "***"), ("no-at", "***"),
            ("", "***"), ("李@例子.测试", "李***@例子.测试"),
        ])
    func email(input: String, expected: String) {
        #expect(Masking.email(input) == expected)
    }
}
