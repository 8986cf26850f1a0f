import ShangjiaJSON

/// `body` for each item of `items` with the item's index pushed on `path` (a pointer's tokens)
/// meanwhile: how the walks over the manifest descend into arrays.
func forEachItem(of items: [JSONValue], at path: inout [String], _ body: (JSONValue, inout [String]) -> Void) {
    for (index, item) in items.enumerated() {
        path.append(String(index))
        body(item, &path)
        path.removeLast()
    }
}
