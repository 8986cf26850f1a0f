import ShangjiaCore
import ShangjiaJSON

// The report's forms and sheets still name fields by pointer strings (PortalForms' rows, the HTML's
// tables). These overloads live here, outside ShangjiaCore, so that a rule can only name a field by
// its constant (FieldPointers.swift) and a misspelt one does not compile.
extension Manifest {
    subscript(pointer: String) -> JSONValue? { self[JSONPointer(code: pointer)] }

    func string(_ pointer: String) -> String? { self[pointer]?.stringValue }

    func bool(_ pointer: String) -> Bool? { self[pointer]?.boolValue }
}
