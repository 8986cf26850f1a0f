import Dispatch

/// `transform` applied to every element on up to `jobs` threads; the results keep the
/// elements' order, so the outcome does not depend on `jobs`.
public func parallelMap<Element: Sendable, Mapped: Sendable>(_ elements: [Element], jobs: Int, _ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
    let workers = max(1, min(jobs, elements.count))
    guard workers > 1 else { return elements.map(transform) }
    let slots = UnsafeMutableBufferPointer<Mapped>.allocate(capacity: elements.count)
    defer { slots.deinitialize().deallocate() }
    nonisolated(unsafe) let shared = slots
    // Each index is written by exactly one worker, so the slots need no lock.
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for index in stride(from: worker, to: elements.count, by: workers) {
            (shared.baseAddress! + index).initialize(to: transform(elements[index]))
        }
    }
    return Array(slots)
}
