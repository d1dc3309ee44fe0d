@testable import LintConfig

/// SQL with numbered markers (1️⃣ 2️⃣ …) where locations must land, as swift-format's tests
/// write them: the markers are removed and their line and column (in Unicode scalars, as
/// `Location` counts) remembered, so a test reads like the file it checks.
struct MarkedText {
    let text: String
    let markers: [Int: Location]

    init(_ marked: String, path: String = "m.sql") {
        var text = String.UnicodeScalarView()
        var markers: [Int: Location] = [:]
        var line = 1, column = 1
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar.properties.numericType != nil, scalar.isASCII, i + 2 < scalars.count,
               scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                markers[Int(String(scalar))!] = Location(path: path, line: line, column: column)
                i += 3
                continue
            }
            text.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        self.text = String(text)
        self.markers = markers
    }

    subscript(_ marker: Int) -> Location { markers[marker]! }
}

/// Parses marked SQL; one statement expected unless said otherwise.
func parseMarked(_ marked: String) throws -> (MarkedText, [SQLStatement]) {
    let text = MarkedText(marked)
    return (text, try SQLParser().parse(text.text, path: "m.sql"))
}

func tokenAt(_ source: SQLSource, _ location: Location) -> Int? {
    source.tokens.indices.first { source.location($0) == location }
}
