import ShangjiaCore

/// A `Statement` as a Word document (Office Open XML, ISO/IEC 29500), written by hand: the
/// office edits it, prints it on its letterhead and signs it. Laid out as Chinese government
/// documents are (GB/T 9704): A4, margins 37/26/35/28 mm, body in 仿宋 三号 (16 pt) on a fixed
/// 28.95 pt line, title in 黑体 二号 (22 pt). The same statement gives the same bytes.
public enum StatementDocument {
    public static func docx(_ statement: Statement) -> [UInt8] {
        var archive = ZipArchive()
        archive.add("[Content_Types].xml", contentTypes)
        archive.add("_rels/.rels", packageRelationships)
        archive.add("word/_rels/document.xml.rels", documentRelationships)
        archive.add("word/document.xml", document(statement))
        archive.add("word/styles.xml", styles(statement.language))
        archive.add("word/fontTable.xml", fontTable)
        return archive.finish()
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
        </Types>
        """

    static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(officeDocument)/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(officeDocument)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(officeDocument)/fontTable" Target="fontTable.xml"/>\
        </Relationships>
        """

    /// Where 仿宋 or 黑体 is not installed, the alternative names and families let Word, WPS and
    /// LibreOffice substitute a serif (仿宋) or sans-serif (黑体) CJK face.
    static let fontTable = declaration + """
        <w:fonts xmlns:w="\(wordNamespace)">\
        <w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
        <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
        <w:font w:name="Times New Roman"><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>\
        </w:fonts>
        """

    /// Sizes in half-points; lengths in twentieths of a point (twips).
    private enum Layout {
        static let bodySize = 32 // 三号, 16 pt
        static let titleSize = 44 // 二号, 22 pt
        static let line = 579 // 28.95 pt: 22 lines on the type area
        static let pageWidth = 11906, pageHeight = 16838 // A4
        static let top = 2098, bottom = 1984, left = 1587, right = 1474 // 37, 35, 28, 26 mm
    }

    static func styles(_ language: Language) -> String {
        let lang = language == .zh ? "zh-CN" : "en-US"
        return declaration + """
            <w:styles xmlns:w="\(wordNamespace)">\
            <w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/>\
            <w:sz w:val="\(Layout.bodySize)"/><w:szCs w:val="\(Layout.bodySize)"/><w:lang w:val="\(lang)" w:eastAsia="zh-CN"/>\
            </w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="\(Layout.line)" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>\
            </w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="0" w:after="\(Layout.line)" w:line="\(Layout.line + 120)" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>\
            <w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="\(Layout.titleSize)"/><w:szCs w:val="\(Layout.titleSize)"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:ind w:firstLineChars="200" w:firstLine="\(2 * Layout.bodySize * 10)"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:ind w:right="\(4 * Layout.bodySize * 10)"/><w:jc w:val="right"/></w:pPr></w:style>\
            <w:style w:type="character" w:styleId="Heading"><w:name w:val="Heading Run"/>\
            <w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:style>\
            </w:styles>
            """
    }

    static func document(_ statement: Statement) -> String {
        var body = paragraph("Title", [run(statement.title)])
        body += paragraph(nil, [run(statement.greeting)])
        body += paragraph("BodyText", [run(statement.introduction)])
        for (offset, item) in statement.items.enumerated() {
            let heading = statement.number(offset + 1) + statement.heading(of: item)
            body += paragraph("BodyText", [run(heading, style: "Heading"), run(statement.body(of: item))])
        }
        body += paragraph("BodyText", [run(statement.closing)])
        if !statement.signOff.isEmpty { body += paragraph("BodyText", [run(statement.signOff)]) }
        body += paragraph(nil, []) + paragraph(nil, [])
        body += paragraph("Signature", [run(statement.unitLine)])
        body += paragraph("Signature", [run(statement.dateLine)])
        return declaration + """
            <w:document xmlns:w="\(wordNamespace)" xmlns:r="\(officeDocument)"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="\(Layout.pageWidth)" w:h="\(Layout.pageHeight)"/>\
            <w:pgMar w:top="\(Layout.top)" w:right="\(Layout.right)" w:bottom="\(Layout.bottom)" w:left="\(Layout.left)" \
            w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="\(Layout.line)"/></w:sectPr>\
            </w:body></w:document>
            """
    }

    private static func paragraph(_ style: String?, _ runs: [String]) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>" + properties + runs.joined() + "</w:p>"
    }

    private static func run(_ text: String, style: String? = nil) -> String {
        let properties = style.map { "<w:rPr><w:rStyle w:val=\"\($0)\"/></w:rPr>" } ?? ""
        return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(Markup.escape(text))</w:t></w:r>"
    }
}
