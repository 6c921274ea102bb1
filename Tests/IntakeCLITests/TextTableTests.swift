import Testing

@testable import IntakeCLI

@Suite struct TextTableTests {
    @Test(
        "display width counts Chinese and full-width characters as two columns",
        arguments: [("abc", 3), ("王女士", 6), ("１３８", 6), ("A王", 3), ("", 0), ("e\u{301}", 1), ("【紧急】", 8)])
    func width(text: String, columns: Int) {
        #expect(TextTable.width(text) == columns)
    }

    @Test func columnsLineUpWithMixedScripts() {
        var table = TextTable(["subject", "status"])
        table.add(["退款申请", "new"])
        table.add(["Where is my order?", "assigned"])
        table.add(["詢問保固", "closed"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        // The status column starts at the same display column on every line.
        let statusColumn = lines.map { line -> Int in
            let words = ["status", "new", "assigned", "closed"]
            let word = words.first { line.hasSuffix($0) }!
            return TextTable.width(String(line.dropLast(word.count)))
        }
        #expect(Set(statusColumn).count == 1, "\(lines)")
    }

    @Test func longCellsAreCutAtADisplayWidthAndLineBreaksRemoved() {
        var table = TextTable(["subject"])
        table.add([String(repeating: "长", count: 40) + "\nnext line"])
        let line = table.render(maxWidth: 10).split(separator: "\n").map(String.init)[1]
        #expect(line == "长长长长…")
        #expect(TextTable.width(line) <= 10)
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        var table = TextTable(["a", "b"])
        table.add(["x,y", "say \"hi\""])
        #expect(table.csv() == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n")
    }
}
