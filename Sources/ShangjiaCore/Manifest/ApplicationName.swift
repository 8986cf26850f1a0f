import ShangjiaJSON

extension Manifest {
    /// The application's name as people know it: the catalog's, a release's, or else the file.
    public var applicationName: String {
        for pointer in [JSONPointer.applicationName, .serviceName, .governanceName, .shanghaiName] {
            if let name = string(pointer), !name.isBlank { return name }
        }
        return file
    }
}
