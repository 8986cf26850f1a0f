extension Manifest {
    /// The application's name as people know it: the catalog's, a release's, or else the file.
    public var applicationName: String {
        for path in ["/application/name", "/service/name", "/governance/name", "/shanghai/name"] {
            if let name = string(path), !name.isBlank { return name }
        }
        return file
    }
}
