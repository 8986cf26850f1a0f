import ShangjiaInspect

/// Files shared by many rule examples.
enum ExampleFiles {
    static let pdf = ExampleFile("PDF", Array("%PDF-1.4\n%%EOF\n".utf8))
}
